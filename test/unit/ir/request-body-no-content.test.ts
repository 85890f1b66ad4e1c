/**
 * A requestBody that lists no media type (no `content`, or `content: {}`) says nothing about what
 * to send: the IR has no body for the operation, and a warning says so and how to fix it. (Found
 * by the mutation fuzzer: the TypeScript target used to crash on the empty body.)
 */
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../generator/ir/build/build-model.js';
import { plainLoadedSpec } from '../../helpers/plain-loaded-spec.js';

test.each([
  ['no content', {}],
  ['an empty content', { content: {} }],
])('a requestBody with %s: no body, one warning', (_, requestBody) => {
  const diagnostics = new Diagnostics();
  const api = buildModel(
    plainLoadedSpec({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: { '/users': { post: { operationId: 'createUser', requestBody, responses: { '204': { description: 'Created' } } } } },
    }),
    diagnostics,
  );
  expect(api.operations[0].requestBody).toBeUndefined();
  expect(diagnostics.warnings.map((d) => [d.code, d.pointer])).toEqual([['request-body-no-content', '#/paths/~1users/post/requestBody']]);
  expect(diagnostics.warnings[0].message).toMatch(/add e\.g\. `content:/);
});

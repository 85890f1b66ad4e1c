/**
 * The fallbacks of the recoverable faults in generator/validate/README.md, as the IR builds them:
 * an undeclared `{name}` of a path template becomes a required string path parameter, a declared
 * path parameter the template lacks is dropped, an undeclared server variable is still offered
 * (with its placeholder as the value), an unknown schema type reads as any and `file` as binary.
 */
import { buildModel } from '../../../generator/ir/build/build-model.js';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import type { ApiModel } from '../../../generator/ir/model.js';
import { plainLoadedSpec } from '../../helpers/plain-loaded-spec.js';

function build(): ApiModel {
  return buildModel(
    plainLoadedSpec({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      servers: [{ url: 'https://{region}.example.com/{ver}', variables: { ver: { default: 'v1' } } }],
      paths: {
        '/users/{userId}/posts/{postId}': {
          get: {
            operationId: 'getPost',
            parameters: [
              { name: 'userId', in: 'path', required: true, schema: { type: 'integer' } },
              { name: 'ghost', in: 'path', required: true, schema: { type: 'string' } },
              { name: 'q', in: 'query', schema: { type: 'string' } },
            ],
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
          },
        },
      },
      components: {
        schemas: {
          Thing: { type: 'object', properties: { odd: { type: 'wibble' }, upload: { type: 'file' } } },
        },
      },
    }),
    new Diagnostics(),
  );
}

test('path parameters are made to fit the template', () => {
  const op = build().operations.find((o) => o.id === 'getPost')!;
  expect(op.parameters.map((p) => [p.name, p.in, p.required, p.type.kind])).toEqual([
    ['userId', 'path', true, 'integer'],
    ['q', 'query', false, 'string'],
    ['postId', 'path', true, 'string'],
  ]);
});

test('an undeclared server variable is offered, its value the placeholder itself', () => {
  const [server] = build().servers;
  expect(server.variables.map((v) => [v.name, v.default])).toEqual([
    ['ver', 'v1'],
    ['region', '{region}'],
  ]);
});

test('an unknown schema type reads as any, and file as a binary string', () => {
  const thing = build().models.find((m) => m.id === '#/components/schemas/Thing')!;
  expect(thing.shape.kind).toBe('object');
  const props = thing.shape.kind === 'object' ? thing.shape.properties : [];
  expect(props.map((p) => [p.wireName, p.type])).toEqual([
    ['odd', { kind: 'any' }],
    ['upload', { kind: 'string', format: 'binary' }],
  ]);
});

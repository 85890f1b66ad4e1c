/**
 * Scalar value rules reach the IR (`TypeRef.constraints`), 3.0's boolean exclusive bounds in
 * the 3.1 number form; a schema without rules has none, so nothing else changes.
 */
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../generator/ir/build/build-model.js';
import type { TypeRef } from '../../../generator/ir/model.js';
import { plainLoadedSpec } from '../../helpers/plain-loaded-spec.js';

function parameterTypes(openapi: string, parameters: Record<string, unknown>[]): Map<string, TypeRef> {
  const document = { openapi, info: { title: 't', version: '1' }, paths: { '/x': { get: { operationId: 'getX', parameters, responses: { '204': { description: 'none' } } } } } };
  const api = buildModel(plainLoadedSpec(document), new Diagnostics());
  return new Map(api.operations[0].parameters.map((p) => [p.name, p.type]));
}

test('pattern, lengths, bounds and multipleOf are kept; 3.0 exclusive bounds become numbers', () => {
  const types = parameterTypes('3.0.3', [
    { name: 'id', in: 'query', schema: { type: 'string', pattern: '^[0-9]+$', minLength: 2, maxLength: 20 } },
    { name: 'page', in: 'query', schema: { type: 'integer', minimum: 0, exclusiveMinimum: true, maximum: 100, multipleOf: 5 } },
    { name: 'plain', in: 'query', schema: { type: 'string', format: 'uuid' } },
  ]);
  expect(types.get('id')).toEqual({ kind: 'string', constraints: { pattern: '^[0-9]+$', minLength: 2, maxLength: 20 } });
  expect(types.get('page')).toEqual({ kind: 'integer', constraints: { exclusiveMinimum: 0, maximum: 100, multipleOf: 5 } });
  expect(types.get('plain')).toEqual({ kind: 'string', format: 'uuid' });
});

test('3.1 numeric exclusive bounds are kept as written; ill-typed rules are left out', () => {
  const types = parameterTypes('3.1.0', [
    { name: 'ratio', in: 'query', schema: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 } },
    { name: 'bad', in: 'query', schema: { type: 'string', maxLength: 'ten', pattern: 7 } },
  ]);
  expect(types.get('ratio')).toEqual({ kind: 'number', constraints: { exclusiveMinimum: 0, exclusiveMaximum: 1 } });
  expect(types.get('bad')).toEqual({ kind: 'string' });
});

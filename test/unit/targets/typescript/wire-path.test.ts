import type { Model, Operation, Parameter } from '../../../../generator/ir/model.js';
import { wireTypePath } from '../../../../generator/targets/typescript/wire-path.js';

const source = {
  paths: {
    '/users/{id}': {
      post: {
        parameters: [{ $ref: '#/components/parameters/Id' }, { name: 'mode', in: 'query', schema: { type: 'string', enum: ['a'] } }],
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { kind: { type: 'string', enum: ['x'] } } } } } },
        responses: {
          '200': { content: { 'application/json': { schema: { type: 'array', items: { type: 'object' } } } } },
          '4XX': { $ref: '#/components/responses/Problem' },
        },
      },
    },
  },
  components: {
    parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } },
    responses: { Problem: { content: { 'application/json': { schema: { type: 'object', properties: { code: { type: 'string', enum: ['e'] } } } } } } },
    schemas: {
      User: {
        type: 'object',
        required: ['address'],
        properties: {
          address: { type: 'object', properties: { geo: { type: 'object', nullable: true } } },
          tags: { type: 'array', items: { type: 'object' } },
          extras: { type: 'object', additionalProperties: { type: 'object' } },
          mixed: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'object' } },
          choice: { oneOf: [{ type: 'object' }, { type: 'string' }] },
          copied: { type: 'object', oneOf: [{ $ref: '#/components/schemas/Nullable' }, { $ref: '#/components/schemas/Derived' }] },
          wrapped: { type: 'object', nullable: false, allOf: [{ $ref: '#/components/schemas/Client' }] },
        },
      },
      Client: { type: 'object', nullable: true, required: ['id'], properties: { id: { type: 'string' } } },
      Nullable: { type: 'object', nullable: true, properties: {} },
      Derived: { allOf: [{ $ref: '#/components/schemas/User' }, { type: 'object', required: ['own'], properties: { own: { type: 'object' } } }] },
    },
  },
};

const parameter = (name: string, location: Parameter['in'], required: boolean): Parameter => ({
  name,
  in: location,
  required,
  deprecated: false,
  style: 'simple',
  explode: false,
  allowReserved: false,
  type: { kind: 'string' },
});
const operation = { path: '/users/{id}', method: 'post', parameters: [parameter('id', 'path', true), parameter('mode', 'query', false)] } as Operation;

function path(id: string): string | undefined {
  const model = { id, name: 'X', nameCandidates: [], namespace: 'components', origin: 'inline', deprecated: false, shape: { kind: 'object', properties: [] } } as Model;
  return wireTypePath(model, source, (p, m) => (p === operation.path && m === operation.method ? operation : undefined));
}

describe('wireTypePath', () => {
  test.each([
    ['#/components/schemas/User', 'wire.components["schemas"]["User"]'],
    ['#/components/schemas/Nullable', 'NonNullable<wire.components["schemas"]["Nullable"]>'],
    ['#/components/schemas/User/properties/address', 'wire.components["schemas"]["User"]["address"]'],
    ['#/components/schemas/User/properties/address/properties/geo', 'NonNullable<wire.components["schemas"]["User"]["address"]["geo"]>'],
    ['#/components/schemas/User/properties/tags/items', 'NonNullable<wire.components["schemas"]["User"]["tags"]>[number]'],
    ['#/components/schemas/User/properties/extras/additionalProperties', 'NonNullable<wire.components["schemas"]["User"]["extras"]>[string]'],
    ['#/components/schemas/Derived/allOf/1/properties/own', 'wire.components["schemas"]["Derived"]["own"]'],
    ['#/paths/~1users~1{id}/post/parameters/1/schema', 'NonNullable<NonNullable<wire.paths["/users/{id}"]["post"]["parameters"]["query"]>["mode"]>'],
    ['#/paths/~1users~1{id}/post/parameters/0/schema', 'NonNullable<wire.paths["/users/{id}"]["post"]["parameters"]["path"]>["id"]'],
    ['#/paths/~1users~1{id}/post/requestBody/content/application~1json/schema/properties/kind', 'NonNullable<NonNullable<wire.paths["/users/{id}"]["post"]["requestBody"]>["content"]["application/json"]["kind"]>'],
    ['#/paths/~1users~1{id}/post/responses/200/content/application~1json/schema/items', 'wire.paths["/users/{id}"]["post"]["responses"]["200"]["content"]["application/json"][number]'],
    ['#/components/responses/Problem/content/application~1json/schema/properties/code', 'NonNullable<wire.components["responses"]["Problem"]["content"]["application/json"]["code"]>'],
    // A member written as a `$ref` (here copied into the union, as `type: object` makes the IR do) is the component.
    ['#/components/schemas/User/properties/copied/oneOf/0', 'NonNullable<wire.components["schemas"]["Nullable"]>'],
    ['#/components/schemas/User/properties/copied/oneOf/1/allOf/1/properties/own', 'wire.components["schemas"]["Derived"]["own"]'],
    // An allOf part that is nullable keeps its `| null` in the composed type.
    ['#/components/schemas/User/properties/wrapped/allOf/0/properties/id', 'NonNullable<wire.components["schemas"]["User"]["wrapped"]>["id"]'],
  ])('%s', (id, expected) => {
    expect(path(id)).toBe(expected);
  });

  test.each([
    // An inline union member has no index in openapi-typescript's output.
    '#/components/schemas/User/properties/choice/oneOf/0',
    // Named properties next to additionalProperties: an intersection, `[string]` is not the value type.
    '#/components/schemas/User/properties/mixed/additionalProperties',
    'op:createUser:request',
    '#/webhooks/x/post/requestBody/content/application~1json/schema',
    '#/paths/~1users~1{id}/post/parameters/7/schema',
  ])('%s has no indexed path', (id) => {
    expect(path(id)).toBeUndefined();
  });
});

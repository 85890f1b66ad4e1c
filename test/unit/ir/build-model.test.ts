import { buildModel } from '../../../generator/ir/build/build-model.js';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import type { ApiModel, Model } from '../../../generator/ir/model.js';
import { plainLoadedSpec } from '../../helpers/plain-loaded-spec.js';

const SPEC = `
openapi: 3.0.3
info: { title: Shapes, version: '1' }
paths:
  /a:
    get:
      operationId: listA
      x-speakeasy-group: things
      x-speakeasy-name-override: list
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [on, off] } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } }
        '400': { description: bad, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
  /b:
    get:
      operationId: ListB
      tags: [Bees]
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [x] } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object, properties: { n: { type: integer } } } } } }
  /c/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
    post:
      operationId: ListC
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [y] } }
      requestBody:
        required: true
        description: Body of C
        content:
          application/json:
            schema:
              type: object
              required: [when]
              properties:
                when: { type: string, format: date-time }
                kind: { type: string, enum: [a, b], nullable: true }
      responses:
        '204': { description: done }
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: { type: string, description: The name., example: Rex }
        object: { type: string, enum: [pet] }
        tags: { type: object, additionalProperties: { type: string } }
        owner: { $ref: '#/components/schemas/Owner' }
        shape:
          oneOf:
            - $ref: '#/components/schemas/Owner'
            - { type: object, title: Other, properties: { z: { type: number } } }
          discriminator: { propertyName: kind }
    Owner:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          properties:
            object: { type: string, enum: [owner] }
            pet: { $ref: '#/components/schemas/Pet' }
    Base:
      type: object
      required: [id]
      properties:
        id: { type: string }
    Problem:
      type: object
      properties:
        meta: { type: object }
`;

function build(): ApiModel {
  return buildModel(plainLoadedSpec(SPEC), new Diagnostics());
}

function named(api: ApiModel, name: string): Model {
  const model = api.models.find((m) => m.name === name);
  if (!model) throw new Error(`no model ${name}; have ${api.models.map((m) => m.name).join(', ')}`);
  return model;
}

describe('buildModel', () => {
  const api = build();

  test('operations keep spec order, ids, groups and method names', () => {
    expect(api.operations.map((o) => [o.id, o.method, o.group, o.methodName])).toEqual([
      ['listA', 'get', 'things', 'list'],
      ['ListB', 'get', 'Bees', 'ListB'],
      ['ListC', 'post', undefined, 'ListC'],
    ]);
    expect(api.groups.map((g) => [g.name, g.operationIds])).toEqual([
      ['things', ['listA']],
      ['Bees', ['ListB']],
    ]);
  });

  test('parameter enums take Status, then QueryParamStatus, then <Op>QueryParamStatus', () => {
    const enumNames = api.operations.map((op) => {
      const type = op.parameters.find((p) => p.name === 'status')!.type;
      return type.kind === 'model' ? api.models.find((m) => m.id === type.id)!.name : type.kind;
    });
    expect(enumNames).toEqual(['Status', 'QueryParamStatus', 'ListCQueryParamStatus']);
  });

  test('inline property schemas are named after the property, the parent prepended on collision', () => {
    expect(named(api, 'Object').id).toBe('#/components/schemas/Pet/properties/object');
    expect(named(api, 'OwnerObject').id).toBe('#/components/schemas/Owner/properties/object');
  });

  test('request wrapper lists path-level then operation parameters, then the body', () => {
    const request = named(api, 'ListCRequest');
    expect(request.origin).toBe('request');
    expect(request.shape.kind === 'object' && request.shape.properties.map((p) => [p.wireName, p.location, p.required])).toEqual([
      ['id', 'path', true],
      ['status', 'query', false],
      ['RequestBody', 'body', true],
    ]);
    const body = named(api, 'ListCRequestBody');
    expect(body.namespace).toBe('operations');
    const kind = body.shape.kind === 'object' ? body.shape.properties[1].type : undefined;
    expect(kind).toMatchObject({ kind: 'model', nullable: true });
    expect(body.shape.kind === 'object' && body.shape.properties[0].type).toEqual({ kind: 'string', format: 'date-time' });
  });

  test('inline response bodies are <Op>ResponseBody; wrappers name their body field (a list of a component: <Model>List)', () => {
    expect(named(api, 'ListBResponseBody').namespace).toBe('operations');
    const wrapper = named(api, 'ListAResponse');
    expect(wrapper.shape.kind === 'object' && wrapper.shape.properties.map((p) => p.wireName)).toEqual(['PetList']);
    const b = named(api, 'ListBResponse');
    expect(b.shape.kind === 'object' && b.shape.properties.map((p) => p.wireName)).toEqual(['object']);
  });

  test('allOf is merged, maps and examples are kept', () => {
    const owner = named(api, 'Owner');
    expect(owner.shape.kind === 'object' && owner.shape.properties.map((p) => [p.wireName, p.required])).toEqual([
      ['id', true],
      ['object', false],
      ['pet', false],
    ]);
    const pet = named(api, 'Pet');
    if (pet.shape.kind !== 'object') throw new Error('Pet is an object');
    expect(pet.shape.properties[0]).toMatchObject({ wireName: 'name', required: true, description: 'The name.', example: { value: 'Rex' } });
    expect(pet.shape.properties[2].type).toEqual({ kind: 'map', values: { kind: 'string' } });
  });

  test('unions keep members, titles and the discriminator', () => {
    const shape = named(api, 'Shape').shape;
    if (shape.kind !== 'union') throw new Error('Shape is a union');
    expect(shape.members).toEqual([
      { kind: 'model', id: '#/components/schemas/Owner' },
      { kind: 'model', id: '#/components/schemas/Pet/properties/shape/oneOf/1' },
    ]);
    expect(named(api, 'Other').shape.kind).toBe('object');
    expect(shape.discriminator).toEqual({ propertyName: 'kind', mapping: [{ value: 'Owner', modelId: '#/components/schemas/Owner' }] });
  });

  test('error bodies and their inline parts move to the errors namespace', () => {
    expect(named(api, 'Problem').namespace).toBe('errors');
    expect(named(api, 'Meta').namespace).toBe('errors');
    expect(named(api, 'Pet').namespace).toBe('components');
    expect(api.operations[0].responses.map((r) => [r.statusCode, r.isError])).toEqual([
      ['200', false],
      ['400', true],
    ]);
  });

  test('names are unique case-insensitively within a namespace and stable between runs', () => {
    const names = api.models.map((m) => `${m.namespace}/${m.name.toLowerCase()}`);
    expect(new Set(names).size).toBe(names.length);
    expect(build().models.map((m) => m.name)).toEqual(api.models.map((m) => m.name));
  });
});

describe('buildModel edge shapes', () => {
  const api = buildModel(
    plainLoadedSpec(`
openapi: 3.1.0
info: { title: Edge, version: '1' }
paths:
  /x:
    get:
      operationId: getX
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  maybe: { $ref: '#/components/schemas/Maybe' }
                  mixed: { type: [object, string, 'null'], properties: { a: { type: string } } }
components:
  schemas:
    Maybe: { type: [object, 'null'], properties: { b: { type: integer } } }
`),
    new Diagnostics(),
  );

  test('a reference to a nullable component is nullable', () => {
    const body = named(api, 'GetXResponseBody');
    if (body.shape.kind !== 'object') throw new Error('object expected');
    expect(body.shape.properties[0].type).toEqual({ kind: 'model', id: '#/components/schemas/Maybe', nullable: true });
  });

  test('a type array becomes a union whose members are not the union itself', () => {
    const union = named(api, 'Mixed');
    if (union.shape.kind !== 'union') throw new Error('union expected');
    expect(union.shape.members.map((m) => m.kind)).toEqual(['model', 'string']);
    expect(union.shape.members[0]).not.toEqual({ kind: 'model', id: union.id });
  });
});

describe('nullability through allOf (issue 13)', () => {
  // Operations are converted before the components: `Wrapped` is first met through the
  // reference in /first (followed while converting it) and again, already a model, in /second.
  const api = buildModel(
    plainLoadedSpec(`
openapi: 3.0.3
info: { title: Nulls, version: '1' }
paths:
  /first:
    get:
      operationId: getFirst
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Wrapped' } } } }
  /second:
    get:
      operationId: getSecond
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  many: { type: array, items: { $ref: '#/components/schemas/Wrapped' } }
                  either: { oneOf: [{ $ref: '#/components/schemas/Wrapped' }, { type: string }] }
components:
  schemas:
    Profile: { type: object, nullable: true, properties: { email: { type: string } } }
    Wrapped:
      allOf:
        - $ref: '#/components/schemas/Profile'
        - description: A profile that may be null
`),
    new Diagnostics(),
  );

  test('a component whose allOf parts all admit null is nullable, and so is every reference to it', () => {
    const wrapped = api.models.find((m) => m.id === '#/components/schemas/Wrapped')!;
    expect(wrapped.nullable).toBe(true);
    const ref = { kind: 'model', id: wrapped.id, nullable: true };
    expect(api.operations[0].responses[0].contents[0].type).toEqual(ref);
    const body = named(api, 'GetSecondResponseBody');
    if (body.shape.kind !== 'object') throw new Error('object expected');
    expect(body.shape.properties[0].type).toEqual({ kind: 'array', items: ref });
    const either = named(api, 'Either');
    if (either.shape.kind !== 'union') throw new Error('union expected');
    expect(either.shape.members[0]).toEqual(ref);
  });
});

describe('boolean enums', () => {
  const api = buildModel(
    plainLoadedSpec(`
openapi: 3.0.3
info: { title: Flags, version: '1' }
paths: {}
components:
  schemas:
    Domain:
      type: object
      x-speakeasy-include: true
      properties:
        satellite: { type: boolean, enum: [true] }
        revoked: { type: boolean, enum: [true], nullable: true }
        either: { enum: [true, false] }
        label: { type: string, enum: ['true'] }
`),
    new Diagnostics(),
  );

  test('enum [true] is typed boolean (the reference types it so), nullability kept; string enums stay enums', () => {
    const domain = named(api, 'Domain');
    if (domain.shape.kind !== 'object') throw new Error('Domain is an object');
    const types = Object.fromEntries(domain.shape.properties.map((p) => [p.wireName, p.type]));
    expect(types.satellite).toEqual({ kind: 'boolean' });
    expect(types.revoked).toEqual({ kind: 'boolean', nullable: true });
    expect(types.either).toEqual({ kind: 'boolean' });
    expect(types.label.kind).toBe('model');
    expect(api.models.some((m) => m.shape.kind === 'enum' && m.shape.valueType === 'boolean')).toBe(false);
  });
});

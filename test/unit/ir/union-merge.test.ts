/**
 * One reading of unions that share object keywords (issue 12, union-merge.ts): properties beside
 * a oneOf, and an allOf with a union part, are unions whose members are merged with what is
 * shared; a discriminator's required property is kept though no schema declares it.
 */
import { buildModel } from '../../../generator/ir/build/build-model.js';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import type { ApiModel, Model, TypeRef } from '../../../generator/ir/model.js';
import { plainLoadedSpec } from '../../helpers/plain-loaded-spec.js';

/** The IR of `schemas`, every one reached from one operation (so the passes keep them). */
function build(schemas: Record<string, unknown>): { api: ApiModel; diagnostics: Diagnostics } {
  const diagnostics = new Diagnostics();
  const properties = Object.fromEntries(Object.keys(schemas).map((k) => [k, { $ref: `#/components/schemas/${k}` }]));
  const api = buildModel(
    plainLoadedSpec({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: { '/all': { get: { operationId: 'getAll', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties } } } } } } } },
      components: { schemas },
    }),
    diagnostics,
  );
  return { api, diagnostics };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function byId(api: ApiModel, id: string): Model {
  const found = api.models.find((m) => m.id === id);
  if (!found) throw new Error(`no model ${id}: ${api.models.map((m) => m.id).join(', ')}`);
  return found;
}

/** `name?: type` for every property, types as model names or kinds. */
function fields(api: ApiModel, model: Model): string[] {
  if (model.shape.kind !== 'object') throw new Error(`${model.name} is a ${model.shape.kind}`);
  return model.shape.properties.map((p) => `${p.wireName}${p.required ? '' : '?'}: ${typeName(api, p.type)}`);
}

function typeName(api: ApiModel, t: TypeRef): string {
  if (t.kind !== 'model') return t.kind;
  const m = byId(api, t.id);
  return m.shape.kind === 'enum' ? m.shape.values.map((v) => v.value).join('|') : m.name;
}

function members(api: ApiModel, model: Model): Model[] {
  if (model.shape.kind !== 'union') throw new Error(`${model.name} is a ${model.shape.kind}`);
  return model.shape.members.map((t) => (t.kind === 'model' ? byId(api, t.id) : undefined)).filter((m): m is Model => m !== undefined);
}

describe('properties beside a oneOf are merged into every member', () => {
  const { api, diagnostics } = build({
    Pet: {
      type: 'object',
      required: ['id', 'kind'],
      properties: { id: { type: 'integer' }, kind: { type: 'string', enum: ['dog', 'cat'] } },
      oneOf: [ref('Dog'), { title: 'Cat', type: 'object', properties: { purrs: { type: 'boolean' } } }],
      discriminator: { propertyName: 'kind' },
    },
    Dog: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' }, barks: { type: 'boolean' } } },
  });
  const pet = byId(api, '#/components/schemas/Pet');

  test('each member has the shared properties first, required as the parent says', () => {
    expect(members(api, pet).map((m) => [m.name, fields(api, m)])).toEqual([
      ['PetDog', ['id: integer', 'kind: dog|cat', 'barks?: boolean']],
      ['Cat', ['id: integer', 'kind: dog|cat', 'purrs?: boolean']],
    ]);
    expect(diagnostics.items).toEqual([]);
  });

  test("the parent's enum on a property the member types as plain string stays the enum", () => {
    const [dog] = members(api, pet);
    expect(fields(api, dog)).toContain('kind: dog|cat');
  });

  test('a merged $ref member keeps the implicit discriminator value of its component', () => {
    expect(pet.shape.kind === 'union' && pet.shape.discriminator?.mapping.map((e) => [e.value, byId(api, e.modelId).name])).toEqual([['Dog', 'PetDog']]);
  });
});

test('a member that already extends the parent by allOf stays the component (inheritance)', () => {
  const { api } = build({
    // No `type` beside the oneOf: with one, members are copies whatever they are (the reference generator's reading).
    Pet: { required: ['kind'], properties: { kind: { type: 'string' } }, discriminator: { propertyName: 'kind' }, oneOf: [ref('Dog'), ref('Cat')] },
    Dog: { allOf: [ref('Pet'), { type: 'object', properties: { barks: { type: 'boolean' } } }] },
    Cat: { allOf: [ref('Pet'), { type: 'object', properties: { purrs: { type: 'boolean' } } }] },
  });
  const pet = byId(api, '#/components/schemas/Pet');
  expect(pet.shape.kind === 'union' && pet.shape.members).toEqual([
    { kind: 'model', id: '#/components/schemas/Dog' },
    { kind: 'model', id: '#/components/schemas/Cat' },
  ]);
  // Dog's allOf part Pet is a union listing Dog: inheritance, so Dog is an object, not a union.
  expect(fields(api, byId(api, '#/components/schemas/Dog'))).toEqual(['kind: string', 'barks?: boolean']);
});

test('a member with properties beside a oneOf of its own is merged at both levels', () => {
  const { api } = build({
    Pet: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } }, oneOf: [ref('Dog')] },
    Dog: { type: 'object', properties: { barks: { type: 'boolean' } }, oneOf: [ref('Small'), ref('Large')] },
    Small: { type: 'object', properties: { lap: { type: 'boolean' } } },
    Large: { type: 'object', properties: { yard: { type: 'string' } } },
  });
  const [dog] = members(api, byId(api, '#/components/schemas/Pet'));
  expect(members(api, dog).map((m) => fields(api, m))).toEqual([
    ['id: integer', 'barks?: boolean', 'lap?: boolean'],
    ['id: integer', 'barks?: boolean', 'yard?: string'],
  ]);
});

test('unions that list each other beside shared properties end', () => {
  const { api } = build({
    A: { type: 'object', properties: { a: { type: 'string' } }, oneOf: [ref('B')] },
    B: { type: 'object', properties: { b: { type: 'string' } }, oneOf: [ref('A')] },
  });
  const [b] = members(api, byId(api, '#/components/schemas/A'));
  const [a] = members(api, b);
  expect(fields(api, a)).toEqual(['a?: string', 'b?: string']);
});

describe('an allOf with a union part is a union of the other parts merged with each member', () => {
  const { api, diagnostics } = build({
    Base: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    Big: { type: 'object', required: ['kind', 'size'], properties: { kind: { type: 'string', enum: ['big'] }, size: { type: 'integer' } } },
    Red: { type: 'object', required: ['kind', 'color'], properties: { kind: { type: 'string', enum: ['red'] }, color: { type: 'string' } } },
    Variant: { oneOf: [ref('Big'), ref('Red')], discriminator: { propertyName: 'kind', mapping: { big: '#/components/schemas/Big', red: '#/components/schemas/Red' } } },
    Thing: { allOf: [ref('Base'), ref('Variant'), { type: 'object', properties: { note: { type: 'string' } } }] },
    Nested: { allOf: [ref('Thing'), { type: 'object', required: ['extra'], properties: { extra: { type: 'boolean' } } }] },
  });

  test('the parts keep their order around the member', () => {
    const thing = byId(api, '#/components/schemas/Thing');
    expect(members(api, thing).map((m) => [m.name, fields(api, m)])).toEqual([
      ['ThingBig', ['id: string', 'kind: big', 'size: integer', 'note?: string']],
      ['ThingRed', ['id: string', 'kind: red', 'color: string', 'note?: string']],
    ]);
    expect(diagnostics.items).toEqual([]);
  });

  test("the union part's discriminator selects the merged members", () => {
    const thing = byId(api, '#/components/schemas/Thing');
    expect(thing.shape.kind === 'union' && thing.shape.discriminator?.mapping.map((e) => [e.value, byId(api, e.modelId).name])).toEqual([
      ['big', 'ThingBig'],
      ['red', 'ThingRed'],
    ]);
  });

  test('through an allOf part that is itself such an allOf', () => {
    const nested = byId(api, '#/components/schemas/Nested');
    expect(members(api, nested).map((m) => fields(api, m))).toEqual([
      ['id: string', 'kind: big', 'size: integer', 'note?: string', 'extra: boolean'],
      ['id: string', 'kind: red', 'color: string', 'note?: string', 'extra: boolean'],
    ]);
  });
});

describe('a required name that no schema declares', () => {
  const { api } = build({
    Base: { type: 'object', required: ['$type', 'name'], properties: { name: { type: 'string' } }, discriminator: { propertyName: '$type' } },
    Derived: { allOf: [ref('Base'), { type: 'object', properties: { size: { type: 'integer' } } }] },
    Slip: { type: 'object', required: ['id', 'Id'], properties: { id: { type: 'string' } } },
  });

  test('is a required property of any type when a discriminator names it', () => {
    expect(fields(api, byId(api, '#/components/schemas/Base'))).toEqual(['name: string', '$type: any']);
    expect(fields(api, byId(api, '#/components/schemas/Derived'))).toEqual(['name: string', 'size?: integer', '$type: any']);
  });

  test('is left out otherwise, as both reference generators read it', () => {
    expect(fields(api, byId(api, '#/components/schemas/Slip'))).toEqual(['id: string']);
  });
});

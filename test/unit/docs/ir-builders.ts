/** Small constructors for hand-built IR in the docs tests. */
import type { ApiModel, EnumValue, Model, ModelNamespace, Property, TypeRef } from '../../../generator/ir/model.js';

export const t = {
  string: (format?: string): TypeRef => ({ kind: 'string', ...(format ? { format } : {}) }),
  integer: (format?: string): TypeRef => ({ kind: 'integer', ...(format ? { format } : {}) }),
  number: (format?: string): TypeRef => ({ kind: 'number', ...(format ? { format } : {}) }),
  boolean: (): TypeRef => ({ kind: 'boolean' }),
  any: (): TypeRef => ({ kind: 'any' }),
  literal: (value: string | number | boolean): TypeRef => ({ kind: 'literal', value }),
  array: (items: TypeRef): TypeRef => ({ kind: 'array', items }),
  map: (values: TypeRef): TypeRef => ({ kind: 'map', values }),
  model: (id: string): TypeRef => ({ kind: 'model', id }),
};

export function prop(wireName: string, type: TypeRef, more: Partial<Property> = {}): Property {
  return { wireName, type, required: false, deprecated: false, readOnly: false, writeOnly: false, ...more };
}

interface ModelBase {
  id?: string;
  namespace?: ModelNamespace;
  origin?: Model['origin'];
  description?: string;
  deprecated?: boolean;
}

function base(name: string, more: ModelBase): Omit<Model, 'shape'> {
  return {
    id: more.id ?? name,
    name,
    namespace: more.namespace ?? 'components',
    origin: more.origin ?? 'component',
    deprecated: more.deprecated ?? false,
    ...(more.description !== undefined ? { description: more.description } : {}),
  };
}

export function objectModel(name: string, properties: Property[], more: ModelBase = {}): Model {
  return { ...base(name, more), shape: { kind: 'object', properties } };
}

export function enumModel(name: string, values: (string | number | boolean)[], more: ModelBase & { open?: boolean } = {}): Model {
  const enumValues: EnumValue[] = values.map((value) => ({ value }));
  const valueType = typeof values[0] === 'number' ? 'integer' : typeof values[0] === 'boolean' ? 'boolean' : 'string';
  return { ...base(name, more), shape: { kind: 'enum', valueType, values: enumValues, open: more.open ?? false } };
}

export function unionModel(name: string, members: TypeRef[], more: ModelBase = {}): Model {
  return { ...base(name, more), shape: { kind: 'union', combinator: 'oneOf', members } };
}

export function api(models: Model[], groups: string[] = []): ApiModel {
  return {
    info: { title: 'Test', version: '1' },
    servers: [],
    securitySchemes: [],
    security: [],
    models,
    operations: [],
    groups: groups.map((name) => ({ name, operationIds: [] })),
  };
}

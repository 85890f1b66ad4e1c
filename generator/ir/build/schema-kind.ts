import { isObject, type JsonObject } from './context.js';

/** Facts about a Schema Object's `type`, across 3.0 (`nullable`) and 3.1 (type arrays). */
export function declaredTypes(schema: JsonObject): string[] {
  const type = schema.type;
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return typeof type === 'string' ? [type] : [];
}

export function isNullSchema(node: unknown): boolean {
  if (!isObject(node)) return false;
  const types = declaredTypes(node);
  if (types.length === 1 && types[0] === 'null') return true;
  return Array.isArray(node.enum) && node.enum.length === 1 && node.enum[0] === null;
}

export function isNullable(schema: JsonObject): boolean {
  if (schema.nullable === true || schema['x-nullable'] === true) return true;
  if (declaredTypes(schema).includes('null')) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const members = schema[key];
    if (Array.isArray(members) && members.some(isNullSchema)) return true;
  }
  return false;
}

/** Keywords that say what type a value has; a schema with none of them admits any value, null too. */
const TYPE_KEYWORDS = ['$ref', 'type', 'properties', 'additionalProperties', 'items', 'enum', 'const', 'allOf', 'oneOf', 'anyOf', 'not'];

/**
 * An `allOf` admits null when every part does: a part marked nullable, one that is itself such
 * an allOf, or one that constrains no type (`{ description }`). Authors write
 * `allOf: [{ $ref: Nullable }, { description }]` and expect null to pass.
 */
export function allOfAdmitsNull(schema: JsonObject, deref: (node: unknown) => unknown, depth = 0): boolean {
  const parts = schema.allOf;
  if (!Array.isArray(parts) || parts.length === 0 || depth > 16) return false;
  return parts.every((node) => {
    const part = deref(node);
    if (!isObject(part)) return false;
    if (isNullable(part) || allOfAdmitsNull(part, deref, depth + 1)) return true;
    return !TYPE_KEYWORDS.some((key) => key in part);
  });
}

/**
 * The non-null types. An untyped schema counts as an object only when it has properties or an
 * additionalProperties schema, and never as an array: the same reading openapi-typescript has,
 * so the wire types it writes and the models agree.
 */
export function effectiveTypes(schema: JsonObject): string[] {
  const types = declaredTypes(schema).filter((t) => t !== 'null');
  if (types.length > 0) return types;
  if (isObject(schema.properties) || isObject(schema.additionalProperties) || schema.additionalProperties === true) return ['object'];
  return [];
}

/** Whether a schema describes an object (so an allOf of it can merge properties). */
export function isObjectLike(schema: JsonObject): boolean {
  return effectiveTypes(schema).includes('object') || Array.isArray(schema.allOf) || Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf);
}

export function exampleOf(schema: JsonObject): { value: unknown } | undefined {
  if ('example' in schema) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { value: schema.examples[0] };
  // A boolean enum is typed boolean (the enum is gone from the type), so its one allowed value is the example.
  const allowed = Array.isArray(schema.enum) ? schema.enum.filter((v) => v !== null) : [];
  if (allowed.length === 1 && typeof allowed[0] === 'boolean') return { value: allowed[0] };
  return undefined;
}

/** Keywords that only constrain which properties an object has, without adding any. */
const PRESENCE_KEYWORDS = new Set(['required', 'minProperties', 'maxProperties', 'description', 'title']);

/**
 * A oneOf/anyOf whose members only require properties (`anyOf: [{required: [name]},
 * {required: [company]}]` beside `properties`): a validation rule on the object, not a union of
 * types. Every member is then the object itself.
 */
export function isPresenceRule(members: unknown): boolean {
  return (
    Array.isArray(members) && members.length > 0 && members.every((m) => isObject(m) && Object.keys(m).length > 0 && Object.keys(m).every((k) => PRESENCE_KEYWORDS.has(k)) && Array.isArray(m.required))
  );
}

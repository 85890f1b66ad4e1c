/**
 * allOf shapes that openapi-typescript types differently from the IR, rewritten in the wire
 * copy of the document so that the wire types read them as the models do.
 */
import { effectiveTypes, isObjectLike, isPresenceRule } from '../../ir/build/schema-kind.js';
import { setOwn } from '../../resolve/set-member.js';
import { deref, isObject } from './wire-json.js';

type JsonObject = Record<string, unknown>;

/** Rewrites `schema` (a schema of the wire copy) in place. */
export function rewriteAllOf(schema: JsonObject, document: JsonObject): void {
  if (!Array.isArray(schema.allOf)) return;
  const chosen = conflictingScalarPart(schema, document);
  if (chosen !== undefined) schema.allOf = [chosen];
  if (mergesParts(schema)) schema.allOf = (schema.allOf as unknown[]).filter((part) => !isUnionOnly(part, document));
  const requiring = requiringPart(schema, document);
  if (requiring !== undefined) (schema.allOf as unknown[]).push(requiring);
  if (wrapsDiscriminated(schema, document)) {
    schema.oneOf = schema.allOf;
    delete schema.allOf;
  }
}

/**
 * An allOf of scalars: the IR takes its most specific part (the named one, else the first typed
 * one); openapi-typescript intersects the parts. Where the two differ, the wire copy keeps only
 * the IR's part: when the types disagree (`[{type: string}, {type: integer}]` admits no value,
 * openapi-typescript writes `never`), or when another part narrows it with values
 * (`[{$ref: a string}, {enum: [x]}]`, written `"x"`, while the model is a string).
 */
function conflictingScalarPart(schema: JsonObject, document: JsonObject): unknown {
  const parts = schema.allOf;
  if (!Array.isArray(parts) || (isObject(schema.properties) && Object.keys(schema.properties).length > 0)) return undefined;
  const resolved = parts.map((part) => deref(part, document)).filter(isObject);
  if (resolved.length === 0 || resolved.some((part) => isObjectLike(part) || effectiveTypes(part).length > 1)) return undefined;
  const named = parts.find((part) => isObject(part) && typeof part.$ref === 'string');
  const chosen = named ?? parts.find((part) => isObject(part) && effectiveTypes(part).length > 0) ?? parts[0];
  const types = new Set(resolved.flatMap((part) => effectiveTypes(part).map((t) => (t === 'integer' ? 'number' : t))));
  const values = (node: unknown) => isObject(node) && (Array.isArray(node.enum) || 'const' in node);
  const narrowed = !values(deref(chosen, document)) && parts.some((part) => part !== chosen && values(deref(part, document)));
  return types.size > 1 || narrowed ? chosen : undefined;
}

/**
 * An allOf the IR merges into one object (more than one part, or properties beside it) takes
 * properties from its parts; a part that is only a oneOf/anyOf adds none (the IR has no type for
 * "this object and one of those"), and its keys travel as unknown keys. openapi-typescript
 * intersects the union in, so the wire type would require properties the model does not have;
 * the wire copy leaves such parts out.
 */
function mergesParts(schema: JsonObject): boolean {
  const parts = schema.allOf as unknown[];
  return parts.length > 1 || (isObject(schema.properties) && Object.keys(schema.properties).length > 0);
}

function isUnionOnly(part: unknown, document: JsonObject): boolean {
  const schema = deref(part, document);
  if (!isObject(schema) || isObject(schema.properties) || Array.isArray(schema.allOf)) return false;
  return ['oneOf', 'anyOf'].some((key) => Array.isArray(schema[key]) && !isPresenceRule(schema[key]));
}

/**
 * In an allOf, a `required` list applies to the whole object, also to properties another part
 * declares (`allOf: [{$ref: base}, {required: [name]}]`), and the IR reads it so.
 * openapi-typescript applies it only to properties declared beside it (or, from the schema
 * holding the allOf, to the direct properties of its parts), so such a property stays optional
 * on the wire. An added part `{required: [name], properties: {name: ...}}` makes it required.
 */
function requiringPart(schema: JsonObject, document: JsonObject): JsonObject | undefined {
  if (!Array.isArray(schema.allOf)) return undefined;
  const declared = new Map<string, { node: unknown; required: boolean }>();
  const all = new Set<string>();
  const visit = (node: unknown, passed: string[], depth: number): void => {
    const value = deref(node, document);
    if (!isObject(value) || depth > 32) return;
    const own = Array.isArray(value.required) ? value.required.filter((k): k is string => typeof k === 'string') : [];
    own.forEach((k) => all.add(k));
    const applies = new Set([...own, ...passed]);
    if (isObject(value.properties)) {
      for (const [key, property] of Object.entries(value.properties)) {
        const seen = declared.get(key);
        declared.set(key, { node: property, required: (seen?.required ?? false) || applies.has(key) });
      }
    }
    // Inline parts inherit the list of the schema they are in; a referenced schema is read alone.
    const down = isObject(node) && typeof node.$ref === 'string' ? own : [...applies];
    if (Array.isArray(value.allOf)) value.allOf.forEach((part) => visit(part, down, depth + 1));
  };
  visit(schema, [], 0);
  const missing = [...all].filter((key) => declared.has(key) && !declared.get(key)!.required);
  if (missing.length === 0) return undefined;
  const properties: JsonObject = {};
  for (const key of missing) setOwn(properties, key, declared.get(key)!.node);
  return { type: 'object', required: missing, properties };
}

/**
 * `{allOf: [{$ref: X}], description: ...}`, a wrapper that only annotates X, is X for the IR.
 * When X is discriminated, openapi-typescript reads the allOf as inheritance and writes
 * `Omit<X, "kind">`, which is not X (and over a union, not even a union). As the only member of
 * a oneOf, X is written as X.
 */
function wrapsDiscriminated(schema: JsonObject, document: JsonObject): boolean {
  if (!Array.isArray(schema.allOf) || schema.allOf.length !== 1 || schema.oneOf !== undefined || schema.anyOf !== undefined) return false;
  if (isObject(schema.properties) && Object.keys(schema.properties).length > 0) return false;
  const part = schema.allOf[0];
  return isObject(part) && typeof part.$ref === 'string' && isDiscriminated(part, document, 0);
}

/** Has a discriminator, or extends (allOf) a schema that has one. */
function isDiscriminated(node: unknown, document: JsonObject, depth: number): boolean {
  const schema = deref(node, document);
  if (!isObject(schema) || depth > 16) return false;
  if (isObject(schema.discriminator)) return true;
  return Array.isArray(schema.allOf) && schema.allOf.some((part) => isObject(part) && typeof part.$ref === 'string' && isDiscriminated(part, document, depth + 1));
}

/**
 * TypeRef → TypeScript type text, on both sides of the mapping:
 * - model side: what users see (`Date` for date-time, `any` for free-form values);
 * - wire side: the JSON shape of every `X$Wire` type (`unknown` for free-form, `string` for
 *   dates), spelled out from the IR so the mappers are typed against our own reading.
 */
import type { TypeRef } from '../../ir/model.js';
import { isIdentifier } from './names.js';
import type { ModuleScope } from './scope.js';

export type Side = 'model' | 'wire';

export function typeText(t: TypeRef, side: Side, scope: ModuleScope): string {
  const core = coreText(t, side, scope);
  return isNullable(t, scope) && t.kind !== 'null' && t.kind !== 'any' ? `${core} | null` : core;
}

/** Whether a value of this type may be null: marked so, or a reference to a nullable component. */
export function isNullable(t: TypeRef, scope: ModuleScope): boolean {
  return t.nullable === true || (t.kind === 'model' && scope.info(t.id).nullable);
}

function coreText(t: TypeRef, side: Side, scope: ModuleScope): string {
  switch (t.kind) {
    case 'string':
      return side === 'model' && isDateTime(t) ? 'Date' : 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'any':
      return side === 'model' ? 'any' : 'unknown';
    case 'null':
      return 'null';
    case 'literal':
      return JSON.stringify(t.value);
    case 'array':
      if (t.prefixItems)
        return tupleOf(
          t.prefixItems.map((p) => typeText(p, side, scope)),
          typeText(t.items, side, scope),
          t.minItems,
          t.maxItems,
        );
      return arrayOf(typeText(t.items, side, scope));
    case 'map':
      return dictionaryOf(typeText(t.values, side, scope));
    case 'model': {
      const info = scope.info(t.id);
      // Wrappers have no wire form; a reference to one can only come from another wrapper.
      return side === 'wire' && info.hasWire ? scope.wireType(t.id) : scope.type(t.id);
    }
  }
}

/**
 * `{ [k: string]: T }` rather than `Record<string, T>`: an object type literal is resolved
 * lazily, so a union may contain a dictionary of itself (`type V = string | { [k: string]: V }`),
 * which `Record`, a type alias, would reject as circular.
 */
export function dictionaryOf(values: string): string {
  return `{ [k: string]: ${values} }`;
}

/**
 * A tuple type: the leading positions (those past `minItems` optional, since a shorter array is
 * valid too), then any number of the rest, unless `maxItems` says there can be no more.
 */
export function tupleOf(positions: string[], rest: string, minItems = 0, maxItems = Infinity): string {
  const shown = positions.slice(0, Math.max(maxItems, 0)).map((p, i) => (i < minItems ? p : `${p}?`));
  return `[${(maxItems > positions.length ? [...shown, `...${arrayOf(rest)}`] : shown).join(', ')}]`;
}

export function arrayOf(element: string): string {
  return /^[\w$.]+$/.test(element) ? `${element}[]` : `Array<${element}>`;
}

export function isDateTime(t: TypeRef): boolean {
  return t.kind === 'string' && t.format === 'date-time';
}

/** A `format: date` string: typed `string` in the model (see RFCDate in src/types). */
export function isDate(t: TypeRef): boolean {
  return t.kind === 'string' && t.format === 'date';
}

/** Property key as written in a type or object literal: bare when it is an identifier. */
export function propertyKey(name: string): string {
  return isIdentifier(name) && name !== '__proto__' ? name : JSON.stringify(name);
}

/** Property access on an expression (`w.id`, `w["x-api-key"]`). */
export function access(target: string, name: string): string {
  return isIdentifier(name) && name !== '__proto__' ? `${target}.${name}` : `${target}[${JSON.stringify(name)}]`;
}

/** Key of an object literal that creates an own property, even for `__proto__`. */
export function literalKey(name: string): string {
  return name === '__proto__' ? `[${JSON.stringify(name)}]` : propertyKey(name);
}

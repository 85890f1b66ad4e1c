/**
 * TypeRef → TypeScript type text, on both sides of the mapping:
 * - model side: what users see (`Date` for date-time, `any` for free-form values);
 * - wire side: the JSON shape of every `X$Wire` type (`unknown` for free-form, `string` for
 *   dates), spelled out from the IR so the mappers are typed against our own reading.
 */
import type { TypeRef } from '../../ir/model.js';
import { arrayOf, dictionaryOf, tupleOf } from '../../surface/typescript/spelling.js';
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

export function isDateTime(t: TypeRef): boolean {
  return t.kind === 'string' && t.format === 'date-time';
}

/** A `format: date` string: typed `string` in the model (see RFCDate in src/types). */
export function isDate(t: TypeRef): boolean {
  return t.kind === 'string' && t.format === 'date';
}

/**
 * Expressions that carry one value across the wire boundary: `in` reads a wire value into the
 * model, `out` writes a model value to the wire.
 *
 * Only what differs between the two sides costs code: renamed keys (nested models), dates,
 * and the containers around them. Everything else passes through unchanged, and an open enum
 * going out only needs a cast (its `Unrecognized<string>` branch is a plain string on the wire).
 */
import type { TypeRef } from '../../ir/model.js';
import type { ModuleScope } from './scope.js';
import { isDate, isDateTime, isNullable, typeText } from './type-text.js';
import { elementTypes } from '../../ir/array-element.js';

export type Direction = 'in' | 'out';
export type ConversionKind = 'none' | 'cast' | 'code';

/** What converting a value of this type takes. */
export function conversionKind(t: TypeRef, dir: Direction, scope: ModuleScope): ConversionKind {
  switch (t.kind) {
    case 'string':
      // A `format: date` string stays a string in the model; going out, an `RFCDate` is accepted too.
      return isDateTime(t) || (dir === 'out' && isDate(t)) ? 'code' : 'none';
    case 'array': {
      const kinds = elementTypes(t).map((e) => conversionKind(e, dir, scope));
      return kinds.includes('code') || (t.prefixItems && kinds.includes('cast')) ? 'code' : kinds.includes('cast') ? 'cast' : 'none';
    }
    case 'map':
      return conversionKind(t.values, dir, scope);
    case 'model': {
      const info = scope.info(t.id);
      if (!info.hasWire) return 'none';
      const shape = info.model.shape;
      if (shape.kind !== 'enum') return 'code';
      return shape.open && dir === 'out' ? 'cast' : 'none';
    }
    default:
      return 'none';
  }
}

/** Type of a value before conversion: the wire type going in, the model type going out. */
export function sourceType(t: TypeRef, dir: Direction, scope: ModuleScope): string {
  return typeText(t, dir === 'in' ? 'wire' : 'model', scope);
}

export function targetType(t: TypeRef, dir: Direction, scope: ModuleScope): string {
  return typeText(t, dir === 'in' ? 'model' : 'wire', scope);
}

/**
 * Converts `expr` (a side-effect-free access path or parameter). `optional` adds `undefined`
 * to the values it may hold. Null and undefined pass through untouched, unless `nonNull` says
 * the caller has ruled them out.
 *
 * Nothing here trusts the value to have its declared shape (with validation off it may not):
 * the helpers and the mappers return a value they cannot convert (a string where an array was
 * declared, null where an object was) as it is, rather than throw.
 */
export function convertExpr(t: TypeRef, expr: string, dir: Direction, scope: ModuleScope, optional = false, nonNull = false): string {
  const kind = conversionKind(t, dir, scope);
  if (kind === 'none') return expr;
  if (kind === 'cast') {
    const target = targetType(t, dir, scope) + (optional ? ' | undefined' : '');
    return `(${expr} as ${target})`;
  }
  const core = coreConversion(t, expr, dir, scope, 0);
  return !nonNull && (optional || isNullable(t, scope)) ? `${expr} == null ? ${expr} : ${core}` : core;
}

/** Conversion of a non-null value whose conversion kind is `code`. */
function coreConversion(t: TypeRef, expr: string, dir: Direction, scope: ModuleScope, depth: number): string {
  switch (t.kind) {
    case 'string':
      return `${scope.helper(dateHelper(t, dir))}(${argument(expr)})`;
    case 'array':
      if (t.prefixItems) {
        // Each position its own conversion; `undefined` keeps an element as it is.
        const position = (e: TypeRef) => (conversionKind(e, dir, scope) === 'none' ? 'undefined' : elementFunction(e, dir, scope, depth));
        return `${scope.helper('mapTuple')}<${targetType(t, dir, scope)}>(${argument(expr)}, [${t.prefixItems.map(position).join(', ')}], ${position(t.items)})`;
      }
      return `${scope.helper('mapArray')}(${argument(expr)}, ${elementFunction(t.items, dir, scope, depth)})`;
    case 'map':
      return `${scope.helper('mapRecord')}(${argument(expr)}, ${elementFunction(t.values, dir, scope, depth)})`;
    case 'model':
      return `${mapperName(t.id, dir, scope)}(${argument(expr)})`;
    default:
      throw new Error(`typescript target: no conversion for ${t.kind}`);
  }
}

/** A function converting one element: the mapper itself when that is all it takes. */
function elementFunction(t: TypeRef, dir: Direction, scope: ModuleScope, depth: number): string {
  const kind = conversionKind(t, dir, scope);
  if (kind === 'code' && t.kind === 'model' && !isNullable(t, scope)) return mapperName(t.id, dir, scope);
  if (kind === 'code' && t.kind === 'string' && !isNullable(t, scope)) return scope.helper(dateHelper(t, dir));
  const x = `x${depth}`;
  if (kind === 'cast') return `(${x}) => ${x} as ${targetType(t, dir, scope)}`;
  const core = coreConversion(t, x, dir, scope, depth + 1);
  return `(${x}) => ${isNullable(t, scope) ? `${x} === null ? null : ${core}` : core}`;
}

/** The wire helper converting a date-time (`parseDate` / `formatDate`) or, going out, a date (`formatDay`). */
function dateHelper(t: TypeRef, dir: Direction): 'parseDate' | 'formatDate' | 'formatDay' {
  return dir === 'in' ? 'parseDate' : isDate(t) ? 'formatDay' : 'formatDate';
}

export function mapperName(id: string, dir: Direction, scope: ModuleScope): string {
  return dir === 'in' ? scope.fromWire(id) : scope.toWire(id);
}

/** An expression as a call argument: a parenthesized cast needs no parentheses there. */
function argument(expr: string): string {
  return /^\([^()]*\)$/.test(expr) ? expr.slice(1, -1) : expr;
}

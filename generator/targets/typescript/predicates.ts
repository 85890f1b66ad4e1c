/**
 * Runtime checks that tell which member of an undiscriminated union a value is.
 *
 * Kept minimal: the JS type of the value, and for objects the required keys with a cheap check
 * of their values (primitive type, literal, closed enum value). That separates the members real
 * specs use (a string or an object; `Otp` vs `Admin` by their `strategy` values) without
 * validating whole documents. Nested values are checked one level deep only.
 *
 * `strict` checks open enums against their known values too; the union mappers try every
 * member strictly first and loosely after, so a known value picks its member even when another
 * member's open enum would also take it.
 */
import type { Model, TypeRef } from '../../ir/model.js';
import type { Direction } from './convert.js';
import type { ModuleScope } from './scope.js';
import { isDateTime, isNullable } from './type-text.js';

export interface CheckMode {
  dir: Direction;
  strict: boolean;
}

/** Boolean expression over `v` (typed `unknown`), or undefined when any value matches. */
export function predicate(t: TypeRef, v: string, mode: CheckMode, scope: ModuleScope, depth = 0): string | undefined {
  return predicateTerms(t, v, mode, scope, depth)?.join(' && ');
}

/** The same check as conditions that must all hold, so a caller can lay them out one per line. */
export function predicateTerms(t: TypeRef, v: string, mode: CheckMode, scope: ModuleScope, depth = 0): string[] | undefined {
  const terms = t.kind === 'model' ? modelTerms(scope.info(t.id).model, v, mode, scope, depth) : scalarTerm(t, v, mode, scope);
  if (terms === undefined) return undefined;
  if (!isNullable(t, scope)) return terms;
  return [`(${v} === null || ${terms.length === 1 ? terms[0] : `(${terms.join(' && ')})`})`];
}

function scalarTerm(t: TypeRef, v: string, mode: CheckMode, scope: ModuleScope): string[] | undefined {
  switch (t.kind) {
    case 'string':
      return [mode.dir === 'out' && isDateTime(t) ? `${v} instanceof Date` : `typeof ${v} === "string"`];
    case 'integer':
      return [`Number.isInteger(${v})`];
    case 'number':
      return [`typeof ${v} === "number"`];
    case 'boolean':
      return [`typeof ${v} === "boolean"`];
    case 'null':
      return [`${v} === null`];
    case 'literal':
      return [`${v} === ${JSON.stringify(t.value)}`];
    case 'array':
      return [`Array.isArray(${v})`];
    case 'map':
      return [`${scope.helper('isRecord')}(${v})`];
    default:
      return undefined;
  }
}

function modelTerms(model: Model, v: string, mode: CheckMode, scope: ModuleScope, depth: number): string[] | undefined {
  const shape = model.shape;
  if (shape.kind === 'enum') {
    if (shape.open && !mode.strict) return [`typeof ${v} === ${JSON.stringify(shape.valueType === 'integer' ? 'number' : shape.valueType)}`];
    const values = shape.values.map((e) => JSON.stringify(e.value));
    if (values.length === 1) return [`${v} === ${values[0]}`];
    return [values.length <= 3 ? `(${values.map((value) => `${v} === ${value}`).join(' || ')})` : `[${values.join(', ')}].includes(${v} as never)`];
  }
  if (shape.kind === 'union') {
    if (depth > 0) return undefined;
    const parts = shape.members.map((m) => predicate(m, v, mode, scope, depth + 1));
    return parts.some((p) => p === undefined) ? undefined : [`(${parts.join(' || ')})`];
  }
  const isRecord = `${scope.helper('isRecord')}(${v})`;
  if (depth > 0) return [isRecord];
  const names = scope.info(model.id).propertyNames;
  const checks = shape.properties.flatMap((p, i) => {
    if (!p.required) return [];
    const key = JSON.stringify(mode.dir === 'in' ? p.wireName : names[i]);
    return [predicate(p.type, `${v}[${key}]`, mode, scope, depth + 1) ?? `${key} in ${v}`];
  });
  return [isRecord, ...checks];
}

/**
 * Order in which members are tried: objects with more required keys first (the most specific
 * match wins), then other objects and containers, then scalars, and free-form values last.
 */
export function memberRank(t: TypeRef, scope: ModuleScope): number {
  if (t.kind === 'any') return 1000;
  if (t.kind !== 'model') return t.kind === 'map' ? 500 : t.kind === 'integer' ? 100 : 101;
  const shape = scope.info(t.id).model.shape;
  if (shape.kind === 'object') return -shape.properties.filter((p) => p.required).length;
  return shape.kind === 'union' ? 200 : 102;
}

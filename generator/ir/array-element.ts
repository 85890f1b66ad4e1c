import type { TypeRef } from './model.js';

type ArrayType = Extract<TypeRef, { kind: 'array' }>;

/**
 * The one type every element of an array has: its `items`, or, for a tuple whose positions
 * have other types, any. For targets and docs that have no tuple type: what they promise about
 * each element then holds for all of them.
 */
export function arrayElement(t: ArrayType): TypeRef {
  if (!t.prefixItems) return t.items;
  const same = (a: TypeRef) => JSON.stringify(a) === JSON.stringify(t.items);
  return t.prefixItems.every(same) ? t.items : { kind: 'any' };
}

/** Every type an array's elements may have: the tuple positions, then the rest. */
export function elementTypes(t: ArrayType): TypeRef[] {
  return [...(t.prefixItems ?? []), t.items];
}

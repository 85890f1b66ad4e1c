/**
 * How TypeScript spells a type or a key: shared by the target, which writes the code, and the
 * docs, which show the same types.
 */
import { isIdentifier } from './names.js';

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

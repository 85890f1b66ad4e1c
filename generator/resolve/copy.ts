import type { Provenance } from '../load/provenance.js';
import { setOwn } from './set-member.js';

/**
 * Deep copy of plain data (iteratively, so depth cannot overflow the stack); every copied object
 * keeps the origin of the object it copies, so it is located where it was written.
 */
export function copyWithOrigins<T>(value: T, provenance: Provenance): T {
  if (value === null || typeof value !== 'object') return value;
  const rootCopy = emptyLike(value as object);
  provenance.inherit(rootCopy, value as object);
  const pending: Array<[object, object]> = [[value as object, rootCopy]];
  while (pending.length > 0) {
    const [from, to] = pending.pop()!;
    const source = from as Record<string, unknown>;
    const target = to as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      const child = source[key];
      if (child !== null && typeof child === 'object') {
        const copy = emptyLike(child);
        provenance.inherit(copy, child);
        setOwn(target, key, copy);
        pending.push([child, copy]);
      } else {
        setOwn(target, key, child);
      }
    }
  }
  return rootCopy as T;
}

function emptyLike(value: object): object {
  return Array.isArray(value) ? new Array(value.length) : {};
}

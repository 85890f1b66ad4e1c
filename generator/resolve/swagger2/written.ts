import type { Provenance } from '../../load/provenance.js';
import { setOwn } from '../set-member.js';
import type { Json } from './context.js';

/**
 * A copy of a 2.0 document as written, made before the upgrade (which rewrites some of its
 * objects in place: `$ref`s, `x-nullable`, `type: file`), so that validation reads what the
 * authors wrote. Every copy keeps the origin of what it copies; an object reached twice (a YAML
 * alias) is copied once, so a cycle ends.
 */
export function copyAsWritten(document: Json, provenance: Provenance): Json {
  const copies = new Map<object, object>();
  const copyOf = (value: object): object => {
    let copy = copies.get(value);
    if (!copy) {
      copy = Array.isArray(value) ? new Array(value.length) : {};
      copies.set(value, copy);
      provenance.inherit(copy, value);
      pending.push(value);
    }
    return copy;
  };
  const pending: object[] = [];
  const root = copyOf(document);
  while (pending.length > 0) {
    const from = pending.pop()! as Record<string, unknown>;
    const to = copies.get(from)! as Record<string, unknown>;
    for (const key of Object.keys(from)) {
      const child = from[key];
      const value = child !== null && typeof child === 'object' ? copyOf(child) : child;
      setOwn(to, key, value);
    }
  }
  return root as Json;
}

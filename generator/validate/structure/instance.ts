import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { LoadedSpec } from '../../load/types.js';
import { at } from '../helpers.js';

/** A place in the validated document, as ajv's `instancePath` names it. */
export interface Instance {
  /** Decoded pointer segments (`['paths', '/users', 'get']`); array indices are numbers. */
  segments: Array<string | number>;
  /** The object or array holding the value, and the value's key in it (none for the root). */
  parent: object | undefined;
  key: string | number | undefined;
}

export function instanceAt(document: object, instancePath: string): Instance {
  const segments: Array<string | number> = [];
  let parent: object | undefined;
  let node: unknown = document;
  for (const raw of instancePath === '' ? [] : instancePath.slice(1).split('/')) {
    const text = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) && /^\d+$/.test(text) ? Number(text) : text;
    segments.push(key);
    parent = typeof node === 'object' && node !== null ? node : undefined;
    node = parent ? (parent as Record<string, unknown>)[key as string] : undefined;
  }
  return { segments, parent, key: segments.length > 0 ? segments[segments.length - 1] : undefined };
}

/** The document and each value down to the instance. */
export function valuesAlong(document: object, instance: Instance): unknown[] {
  const values: unknown[] = [document];
  let node: unknown = document;
  for (const key of instance.segments) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key as string] : undefined;
    values.push(node);
  }
  return values;
}

/** The value at the instance (the object itself for the root). */
export function valueAt(document: object, instance: Instance): unknown {
  if (instance.parent === undefined) return instance.segments.length === 0 ? document : undefined;
  return (instance.parent as Record<string, unknown>)[instance.key as string];
}

/** Where the instance was written: its member's name, or, with `member`, that member of it. */
export function locateInstance(loaded: LoadedSpec, document: object, instance: Instance, member?: string): Partial<Diagnostic> {
  if (member !== undefined) {
    const value = valueAt(document, instance);
    if (typeof value === 'object' && value !== null) return at(loaded, value, member);
  }
  if (instance.parent === undefined) return at(loaded, document);
  return at(loaded, instance.parent, instance.key);
}

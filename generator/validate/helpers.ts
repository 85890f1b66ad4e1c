import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isPlainObject } from '../load/describe.js';
import { getAtPointer, parseFragment } from '../load/pointer.js';
import type { LoadedSpec } from '../load/types.js';

export type Json = Record<string, unknown>;

/** Where to report a problem about `node` (or its member `key`). */
export function at(loaded: LoadedSpec, node: object, key?: string | number): Partial<Diagnostic> {
  return loaded.locate(node, key) ?? {};
}

/**
 * The object a value stands for, following local `$ref`s (a few hops at most); undefined when a
 * ref leads nowhere, which the local-refs rule reports.
 */
export function resolveLocal(document: unknown, value: unknown): Json | undefined {
  let current = value;
  for (let hops = 0; hops < 32; hops++) {
    if (!isPlainObject(current)) return undefined;
    if (typeof current.$ref !== 'string') return current;
    if (!current.$ref.startsWith('#')) return undefined;
    const pointer = parseFragment(current.$ref.slice(1));
    if (!pointer.ok) return undefined;
    const target = getAtPointer(document, pointer.segments);
    if (!target.found) return undefined;
    current = target.value;
  }
  return undefined;
}

/** The closing words of a fix: an overlay makes the change when the spec is not the user's to edit. */
export const OVERLAY_HINT = 'or, when the spec cannot be edited, make that change with an overlay (--overlay)';

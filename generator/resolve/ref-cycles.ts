import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { getAtPointer, parseFragment } from '../load/pointer.js';
import type { Provenance } from '../load/provenance.js';
import { isRefOnly } from './ref-only.js';
import { walkStructure } from './walk.js';

/**
 * Reports `$ref` chains inside the document that lead back to themselves without ever reaching
 * a definition (A → B → A with nothing but `$ref`): later stages could only loop on them.
 * Recursive schemas (a definition that contains a ref to itself) are fine and not reported.
 * Such a chain names nothing, so it is recoverable: a warning, and the IR reads it as any type
 * (its converter and `deref` stop on the cycle).
 */
export function reportRefCycles(document: Record<string, unknown>, provenance: Provenance, diagnostics: Diagnostics): void {
  const starts: Array<{ $ref: string }> = [];
  walkStructure(document, 'root', (node) => {
    if (isRefOnly(node) && node.$ref.startsWith('#')) starts.push(node);
  });
  const settled = new WeakSet<object>();
  for (const start of starts) {
    if (settled.has(start)) continue;
    const chain: Array<{ $ref: string }> = [];
    const position = new Map<object, number>();
    let cycleStart: number | undefined;
    let node: unknown = start;
    while (isRefOnly(node) && node.$ref.startsWith('#') && !settled.has(node)) {
      cycleStart = position.get(node);
      if (cycleStart !== undefined) break;
      position.set(node, chain.length);
      chain.push(node);
      const pointer = parseFragment(node.$ref.slice(1));
      if (!pointer.ok) break;
      const at = getAtPointer(document, pointer.segments);
      if (!at.found) break;
      node = at.value;
    }
    if (cycleStart !== undefined) {
      const cycle = chain.slice(cycleStart);
      // The last ref of the cycle names its first member, so this reads A → B → A.
      const refs = [cycle[cycle.length - 1], ...cycle].map((n) => n.$ref).join(' → ');
      diagnostics.warning('ref-cycle', aliasCycleMessage(refs), provenance.locate(cycle[0], '$ref'));
    }
    for (const n of chain) settled.add(n);
  }
}

/** The warning for an alias chain with no definition at its end, with the fallback and the fix. */
export function aliasCycleMessage(refs: string): string {
  return (
    `the $ref chain ${refs} only refers to itself and never reaches a definition; a schema in it is read as any type (unknown), and a parameter, response or other object in it is left out. ` +
    'To fix: make one member of the chain a definition instead of a $ref, or, when the spec cannot be edited, replace it with an overlay (--overlay)'
  );
}

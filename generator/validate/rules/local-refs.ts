import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { getAtPointer, parseFragment } from '../../load/pointer.js';
import type { LoadedSpec } from '../../load/types.js';
import { describeMiss } from '../../resolve/describe-miss.js';
import { walkStructure } from '../../resolve/walk.js';
import { at } from '../helpers.js';

/**
 * `$ref`s inside the final document must point at something. Refs into other files were
 * resolved (or reported) while loading; refs in example payloads are data and not looked at.
 */
export function checkLocalRefs(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  const { document } = loaded;
  walkStructure(document, 'root', (node) => {
    if (Array.isArray(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#')) return;
    const ref = node.$ref;
    const pointer = parseFragment(ref.slice(1));
    if (!pointer.ok) {
      diagnostics.error('ref-invalid', `$ref '${ref}' cannot be used: ${pointer.problem}`, at(loaded, node, '$ref'));
      return;
    }
    const target = getAtPointer(document, pointer.segments);
    if (target.found && target.value !== undefined) return;
    diagnostics.error('ref-not-found', `$ref '${ref}' points to nothing: expected ${ref} in the document, but ${describeMiss(document, pointer.segments)}`, at(loaded, node, '$ref'));
  });
}

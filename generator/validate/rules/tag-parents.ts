import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/describe.js';
import { isOpenApi32 } from '../../load/path-item-operations.js';
import type { LoadedSpec } from '../../load/types.js';
import { at, OVERLAY_HINT } from '../helpers.js';

/**
 * 3.2 tag `parent` nests one group in another (in the docs). A parent that names no tag, or
 * that makes a tag its own ancestor, is dropped by the IR (ir/build/groups.ts): the group is
 * then a top-level one.
 */
export function checkTagParents(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  const tags = loaded.document.tags;
  if (!isOpenApi32(loaded.sourceVersion) || !Array.isArray(tags)) return;
  const parents = new Map<string, string | undefined>();
  for (const tag of tags) if (isPlainObject(tag) && typeof tag.name === 'string') parents.set(tag.name, typeof tag.parent === 'string' ? tag.parent : undefined);
  for (const tag of tags) {
    if (!isPlainObject(tag) || typeof tag.name !== 'string' || typeof tag.parent !== 'string') continue;
    const where = at(loaded, tag, 'parent');
    if (!parents.has(tag.parent)) {
      diagnostics.warning(
        'tag-parent-invalid',
        `tag '${tag.name}' has the parent '${tag.parent}', which no tag is named; the docs show '${tag.name}' as a group of its own. To fix: add a tag '${tag.parent}', or correct the name, ${OVERLAY_HINT}`,
        where,
      );
      continue;
    }
    // As ir/build/groups.ts decides: walking up from the parent comes back to the tag.
    const chain = [tag.name];
    for (let next: string | undefined = tag.parent; next !== undefined && !chain.slice(1).includes(next); next = parents.get(next)) {
      chain.push(next);
      if (next !== tag.name) continue;
      diagnostics.warning(
        'tag-parent-invalid',
        `tag '${tag.name}' is its own ancestor (${chain.join(' → ')}); the docs show it as a group of its own. To fix: break the cycle by removing one 'parent', ${OVERLAY_HINT}`,
        where,
      );
      break;
    }
  }
}

import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { describeValue } from '../../load/describe.js';
import type { Provenance } from '../../load/provenance.js';
import { evaluateJsonPath } from './jsonpath.js';
import { mergeUpdate } from './merge.js';
import type { Overlay, OverlayAction } from './read-overlay.js';

type Path = Array<string | number>;

/** Applies the actions of one overlay to `document`, in order, each seeing the previous ones' result. */
export function applyOverlay(document: Record<string, unknown>, overlay: Overlay, provenance: Provenance, diagnostics: Diagnostics): void {
  for (const action of overlay.actions) {
    const result = evaluateJsonPath(document, action.target);
    if (!result.ok) {
      const at = result.offset !== undefined ? ` (at character ${result.offset + 1})` : '';
      diagnostics.error('overlay-bad-jsonpath', `expected 'target' to be an RFC 9535 JSONPath, found '${action.target}': ${result.message}${at}`, provenance.locateValue(action.node, 'target'));
      continue;
    }
    const paths = unique(result.paths);
    if (paths.length === 0) {
      diagnostics.warning(
        'overlay-no-match',
        `action #${action.index + 1} of overlay ${overlay.file.path} changes nothing: expected its target ${action.target} to match at least one node, found none`,
        provenance.locate(action.node),
      );
      continue;
    }
    if (action.remove) removeMatches(document, paths, action, provenance, diagnostics);
    else updateMatches(document, paths, action, provenance, diagnostics);
  }
}

function updateMatches(document: unknown, paths: Path[], action: OverlayAction, provenance: Provenance, diagnostics: Diagnostics): void {
  const done = new Set<unknown>();
  const updateOrigin = provenance.memberOrigin(action.node, 'update');
  for (const path of paths) {
    const node = valueAt(document, path);
    if (isScalar(node) && isScalar(action.update) && path.length > 0) {
      // Outside the letter of Overlay 1.0 (targets are objects or arrays), but overlays in the
      // wild update descriptions this way and the common tools replace the value.
      const parent = valueAt(document, path.slice(0, -1)) as Record<string, unknown>;
      const key = path[path.length - 1];
      parent[key as string] = action.update;
      provenance.setMemberOrigin(parent, key, updateOrigin);
      continue;
    }
    // Shared YAML anchors can make two paths select one object; update it once.
    if (done.has(node)) continue;
    done.add(node);
    if (!mergeUpdate(node, action.update, updateOrigin, provenance)) {
      diagnostics.warning(
        'overlay-bad-target',
        `action #${action.index + 1} cannot update ${normalized(path)}: expected an object (updated with a mapping), an array, or a scalar (replaced by a scalar), found ${describeValue(node)} to be updated with ${describeValue(action.update)}`,
        provenance.locate(action.node, 'update'),
      );
    }
  }
}

function removeMatches(document: unknown, paths: Path[], action: OverlayAction, provenance: Provenance, diagnostics: Diagnostics): void {
  // Parents are found before anything is removed, so every path still means what it matched.
  const byParent = new Map<object, Array<string | number>>();
  for (const path of paths) {
    if (path.length === 0) {
      diagnostics.warning('overlay-bad-target', `action #${action.index + 1} cannot remove the document root`, provenance.locate(action.node, 'target'));
      continue;
    }
    const parent = valueAt(document, path.slice(0, -1));
    if (parent === null || typeof parent !== 'object') continue;
    const keys = byParent.get(parent) ?? [];
    keys.push(path[path.length - 1]);
    byParent.set(parent, keys);
  }
  for (const [parent, keys] of byParent) {
    if (Array.isArray(parent)) {
      // From the highest index down, so earlier removals do not shift later ones.
      const indices = keys.filter((k): k is number => typeof k === 'number').sort((a, b) => b - a);
      for (const index of indices) parent.splice(index, 1);
    } else {
      for (const key of keys) delete (parent as Record<string, unknown>)[String(key)];
    }
  }
}

function isScalar(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && value !== undefined);
}

function valueAt(document: unknown, path: Path): unknown {
  let node = document;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg as string];
  }
  return node;
}

function unique(paths: Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function normalized(path: Path): string {
  return '$' + path.map((s) => (typeof s === 'number' ? `[${s}]` : `['${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`)).join('');
}

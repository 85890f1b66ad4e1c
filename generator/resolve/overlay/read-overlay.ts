import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { describeValue, isPlainObject } from '../../load/describe.js';
import type { Provenance } from '../../load/provenance.js';
import type { SourceFile } from '../../load/source-file.js';

export interface OverlayAction {
  /** The action object as written, for locating it. */
  node: Record<string, unknown>;
  index: number;
  target: string;
  update: unknown;
  hasUpdate: boolean;
  remove: boolean;
}

export interface Overlay {
  file: SourceFile;
  actions: OverlayAction[];
}

/**
 * Checks a parsed file against the Overlay 1.x shape (`overlay: 1.x.y`, `actions: [...]` whose
 * items have a string `target`). Broken actions are reported and left out; a broken overlay
 * as a whole gives undefined.
 */
export function readOverlay(file: SourceFile, provenance: Provenance, diagnostics: Diagnostics): Overlay | undefined {
  const root = file.value;
  const at = { file: file.path, line: 1, column: 1, pointer: '#' };
  if (!isPlainObject(root)) {
    diagnostics.error('overlay-invalid', `expected an overlay document (a mapping with 'overlay' and 'actions'), found ${describeValue(root)}`, at);
    return undefined;
  }
  const version = root.overlay;
  if (typeof version !== 'string' || !/^1\.\d+(\.\d+)?$/.test(version)) {
    diagnostics.error('overlay-invalid', `expected 'overlay' to be a version string 1.x.y, found ${describeValue(version)}`, 'overlay' in root ? provenance.locateValue(root, 'overlay') : at);
    return undefined;
  }
  const list = root.actions;
  if (!Array.isArray(list)) {
    diagnostics.error('overlay-invalid', `expected 'actions' to be a sequence of actions, found ${describeValue(list)}`, 'actions' in root ? provenance.locateValue(root, 'actions') : at);
    return undefined;
  }
  const actions: OverlayAction[] = [];
  list.forEach((node, index) => {
    if (!isPlainObject(node)) {
      diagnostics.error('overlay-invalid', `expected action #${index + 1} to be a mapping with a 'target', found ${describeValue(node)}`, provenance.locate(list, index));
      return;
    }
    if (typeof node.target !== 'string') {
      diagnostics.error(
        'overlay-invalid',
        `expected action #${index + 1} to have a 'target' JSONPath string, found ${describeValue(node.target)}`,
        provenance.locate(node, 'target') ?? provenance.locate(node),
      );
      return;
    }
    if ('remove' in node && typeof node.remove !== 'boolean') {
      diagnostics.error('overlay-invalid', `expected 'remove' to be true or false, found ${describeValue(node.remove)}`, provenance.locateValue(node, 'remove'));
      return;
    }
    const remove = node.remove === true;
    const hasUpdate = 'update' in node;
    if (!remove && !hasUpdate) {
      diagnostics.warning('overlay-empty-action', `action #${index + 1} has neither 'update' nor 'remove: true', so it changes nothing`, provenance.locate(node));
      return;
    }
    actions.push({ node, index, target: node.target, update: node.update, hasUpdate, remove });
  });
  return { file, actions };
}

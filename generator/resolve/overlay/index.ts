import type { NetworkPolicy } from '../../load/fetch-source.js';
import { absoluteLocation } from '../../load/location.js';
import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import type { InputLog } from '../../load/input-log.js';
import { parseSource } from '../../load/parse-source.js';
import type { Provenance } from '../../load/provenance.js';
import { readSource } from '../../load/read-source.js';
import { applyOverlay } from './apply-overlay.js';
import { readOverlay } from './read-overlay.js';

/**
 * Reads each overlay file (as given, parsed like any input) and applies its actions to
 * `document`, overlays in the order given. Returns the overlay files that could be read.
 */
export async function applyOverlays(
  document: Record<string, unknown>,
  overlayPaths: readonly string[],
  provenance: Provenance,
  diagnostics: Diagnostics,
  inputLog?: InputLog,
  network?: NetworkPolicy,
): Promise<string[]> {
  const read: string[] = [];
  for (const file of overlayPaths) {
    const absPath = absoluteLocation(file);
    const text = await readSource(absPath, inputLog, network);
    if (!text.ok) {
      if (text.code === 'file-unreadable') diagnostics.error(text.code, `cannot read overlay ${file}: ${text.reason}`, { file });
      else diagnostics.error(text.code, text.reason, { file, line: text.line, column: text.column });
      continue;
    }
    read.push(file);
    const source = parseSource({ absPath, displayPath: file, text: text.text }, provenance, diagnostics);
    if (!source) continue;
    const overlay = readOverlay(source, provenance, diagnostics);
    if (overlay) applyOverlay(document, overlay, provenance, diagnostics);
  }
  return read;
}

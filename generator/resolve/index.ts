import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { bundle } from './bundle.js';
import { selfRebase } from './self-base.js';
import { applyOverlays } from './overlay/index.js';
import { reportRefCycles } from './ref-cycles.js';
import { FileCache } from '../load/file-cache.js';
import { absoluteLocation, stdinLocation } from '../load/location.js';
import { InputLog } from '../load/input-log.js';
import { Provenance } from '../load/provenance.js';
import { upgradeSwagger2 } from './swagger2/upgrade.js';
import { copyAsWritten } from './swagger2/written.js';
import type { LoadedSpec, LoadInput } from '../load/types.js';
import { checkVersion } from '../load/version.js';

export type { LoadedSpec, LoadInput, LoadSpec, SourceLocation } from '../load/types.js';
export type { InputDigest } from '../load/input-log.js';

/**
 * The whole of reading a spec: load/ reads the entry document (and each file a `$ref` reaches),
 * and this stage joins them into one document.
 *
 * Reads the entry document and every file it reaches by `$ref`, joins them into one document,
 * applies the overlays, and upgrades Swagger 2.0 to the 3.0 shape (in that order, so overlays
 * for a 2.0 document target what its authors wrote). Returns undefined when the entry document
 * itself is unusable; problems further in (a missing `$ref` target, an overlay action that does
 * not parse) are reported and the document is still returned, so validation can add its own.
 */
export async function loadSpec(input: LoadInput, diagnostics: Diagnostics): Promise<LoadedSpec | undefined> {
  const provenance = new Provenance();
  const inputLog = new InputLog();
  const entryLocation = input.stdin !== undefined ? stdinLocation(input.stdin.cwd) : absoluteLocation(input.spec);
  const preset = input.stdin !== undefined ? new Map([[entryLocation, input.stdin.bytes]]) : undefined;
  const files = new FileCache(input.spec, provenance, diagnostics, inputLog, input.network, preset);
  const entry = await files.load(entryLocation);
  if (!entry.ok) {
    if (!entry.reported) diagnostics.error('file-unreadable', entry.reason, { file: input.spec });
    return undefined;
  }
  const root = entry.source;
  const version = checkVersion(root, provenance, diagnostics);
  if (!version) return undefined;

  let document = root.value as Record<string, unknown>;
  if (root.hasExternalRefs) {
    const schemasPath = version.family === '2.0' ? ['definitions'] : ['components', 'schemas'];
    const self = version.family === '3.2' ? (document as { $self?: unknown }).$self : undefined;
    const rebase = typeof self === 'string' ? selfRebase(self, root.absPath) : undefined;
    document = await bundle({ root, files, provenance, diagnostics, schemasPath, ...(rebase ? { rebase } : {}) });
  }
  const overlayFiles = await applyOverlays(document, input.overlays, provenance, diagnostics, inputLog, input.network);
  let written: Record<string, unknown> | undefined;
  if (version.family === '2.0') {
    written = copyAsWritten(document, provenance);
    document = upgradeSwagger2(document, provenance);
  }
  reportRefCycles(document, provenance, diagnostics);

  return {
    document,
    ...(written ? { written } : {}),
    sourceVersion: version.version,
    files: [...files.files, ...overlayFiles],
    inputs: inputLog.entries,
    locate: (node, key) => provenance.locate(node, key),
  };
}

import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { bundle } from './bundle.js';
import { selfRebase } from './self-base.js';
import { applyOverlays } from './overlay/index.js';
import { reportRefCycles } from './ref-cycles.js';
import { readSpec, type ReadSpec } from '../load/read-spec.js';
import { upgradeSwagger2 } from './swagger2/upgrade.js';
import { copyAsWritten } from './swagger2/written.js';
import type { LoadedSpec, LoadInput } from '../load/types.js';

export type { LoadedSpec, LoadInput, LoadSpec, SourceLocation } from '../load/types.js';
export type { ReadSpec } from '../load/read-spec.js';
export type { InputDigest } from '../load/input-log.js';

/**
 * The whole of reading a spec, both stages: load/ reads the entry document (readSpec), then this
 * stage joins it with every file it reaches by `$ref` (resolveSpec). For callers that want the
 * document in one call; the pipeline runs and times the two stages apart.
 */
export async function loadSpec(input: LoadInput, diagnostics: Diagnostics): Promise<LoadedSpec | undefined> {
  const read = await readSpec(input, diagnostics);
  return read === undefined ? undefined : resolveSpec(read, diagnostics);
}

/**
 * The resolve stage: joins the entry document and every file it reaches by `$ref` into one
 * document, applies the overlays, and upgrades Swagger 2.0 to the 3.0 shape (in that order, so
 * overlays for a 2.0 document target what its authors wrote). Problems found here (a missing
 * `$ref` target, an overlay action that does not parse) are reported and the document is still
 * returned, so validation can add its own.
 */
export async function resolveSpec(read: ReadSpec, diagnostics: Diagnostics): Promise<LoadedSpec> {
  const { input, root, version, files, provenance, inputLog } = read;
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

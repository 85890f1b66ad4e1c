/** Loads a spec (plus overlays) with the project loader and builds the IR, for tests on real inputs. */
import { Diagnostics } from '../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../generator/ir/model.js';
import { loadSpec } from '../../generator/resolve/index.js';

export async function loadApi(spec: string, overlays: string[]): Promise<ApiModel> {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec, overlays }, diagnostics);
  if (!loaded || diagnostics.hasErrors) throw new Error('loader failed: ' + diagnostics.errors.map((d) => d.message).join('\n'));
  return buildModel(loaded, diagnostics);
}

/**
 * One spec, generated in-process as the CLI would (load → validate → IR → TypeScript package),
 * plus openapi-typescript's companion file. Nothing is written to disk.
 */
import { openapiTypesFiles } from '../../generator/companions/openapi-types.js';
import { Diagnostics } from '../../generator/diagnostics/diagnostic.js';
import { emitPackage } from '../../generator/emit-package.js';
import { buildModel } from '../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../generator/ir/model.js';
import { loadSpec } from '../../generator/resolve/index.js';
import { typescriptTarget } from '../../generator/targets/typescript/index.js';
import { validateSpec } from '../../generator/validate/index.js';

export interface GeneratedPackage {
  api: ApiModel;
  /** The loaded document (references joined, Swagger 2.0 upgraded): what both generators read. */
  document: Record<string, unknown>;
  /** Package-relative path → contents (src/openapi-types.ts included when openapi-typescript read the document). */
  files: Map<string, string>;
}

/** The package, or the reason there is none (the spec has errors, as the CLI would report). */
export async function generatePackage(spec: string): Promise<GeneratedPackage | { skipped: string }> {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec, overlays: [] }, diagnostics);
  if (!loaded || diagnostics.hasErrors) return { skipped: `load: ${firstError(diagnostics)}` };
  validateSpec(loaded, diagnostics);
  if (diagnostics.hasErrors) return { skipped: `validate: ${firstError(diagnostics)}` };
  const api = buildModel(loaded, diagnostics);
  if (diagnostics.hasErrors) return { skipped: `ir: ${firstError(diagnostics)}` };
  const sdk = await emitPackage(typescriptTarget, api, { packageName: 'differential-check', sdkClassName: 'SDK' });
  const companions = await openapiTypesFiles(loaded.document, diagnostics);
  const files = new Map<string, string>();
  for (const file of [...sdk, ...companions]) if (file.path.endsWith('.ts')) files.set(file.path, String(file.contents));
  return { api, document: loaded.document, files };
}

function firstError(diagnostics: Diagnostics): string {
  const [first] = diagnostics.errors;
  return first ? `${first.code}: ${first.message}`.split('\n')[0] : 'no document';
}

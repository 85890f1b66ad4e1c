/**
 * Companion files: what a package carries beside the SDK, made by another tool straight from the
 * loaded document. The SDK never imports them, so another tool's reading of the spec cannot
 * break the SDK; targets themselves read only the IR.
 */
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { TargetId } from '../options.js';
import type { EmittedFile } from '../write/emitted-file.js';

export async function companionFiles(target: TargetId, document: Record<string, unknown>, diagnostics: Diagnostics): Promise<EmittedFile[]> {
  if (target !== 'typescript') return [];
  const { openapiTypesFiles } = await import('./openapi-types.js');
  return openapiTypesFiles(document, diagnostics);
}

/**
 * README.md and USAGE.md of the generated package. The docs renderer writes them
 * (docs/readme/typescript-readme.ts) so that their examples share the operation docs' code.
 */
import { typescriptPackageDocs } from '../../../docs/readme/typescript-readme.js';
import type { ApiModel } from '../../../ir/model.js';
import type { EmittedFile } from '../../../write/emitted-file.js';
import type { TargetOptions } from '../../target.js';

/**
 * Both files, flagged user-editable: a user's text outside their section markers survives
 * regeneration. `retries` is the API description's own `x-speakeasy-retries`.
 */
export function packageReadmeFiles(api: ApiModel, options: TargetOptions, retries?: Record<string, unknown>): EmittedFile[] {
  return typescriptPackageDocs(api, options, retries);
}

/** The README text alone (for callers that add the file themselves). */
export function packageReadme(api: ApiModel, options: TargetOptions, retries?: Record<string, unknown>): string {
  return packageReadmeFiles(api, options, retries).find((f) => f.path === 'README.md')!.contents;
}

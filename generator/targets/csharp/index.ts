/**
 * The C# target: a .NET 8 class library (models, runtime, client) and its docs, in the
 * namespace given by `--package-name`. Pure: the same IR always gives the same bytes.
 */
import { renderModelDocs } from '../../docs/index.js';
import { csharpPackageDocs } from '../../docs/readme/csharp-readme.js';
import type { ApiModel } from '../../ir/model.js';
import type { EmittedFile } from '../../write/emitted-file.js';
import type { Target, TargetOptions } from '../target.js';
import { groupFile } from './client/group-class.js';
import { sdkFile } from './client/sdk-class.js';
import { CsContext } from './context.js';
import { modelFile } from './model-files.js';
import { csprojFile } from './project-files.js';
import { runtimeFiles } from './runtime-files.js';
import { withUniquePaths } from './unique-paths.js';

export const csharpTarget: Target = {
  id: 'csharp',
  async emit(model: ApiModel, options: TargetOptions): Promise<EmittedFile[]> {
    return emitCsharp(model, options);
  },
};

export function emitCsharp(model: ApiModel, options: TargetOptions): EmittedFile[] {
  const ctx = new CsContext(model, options);
  // In order of precedence when two paths meet: see withUniquePaths.
  const files: EmittedFile[] = withUniquePaths([
    csprojFile(ctx),
    ...model.models.map((m) => modelFile(ctx, m)),
    ...runtimeFiles(ctx),
    sdkFile(ctx),
    ...ctx.surface.groups.map((g) => groupFile(ctx, g)),
    ...docsFiles(model, options),
    // README.md and USAGE.md: user-editable, merged with the files on disk by the write stage.
    ...csharpPackageDocs(model, options),
  ]);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The docs renderer adds a fixed `HTTPMetadata.md` page; a model of that name also gets a page
 * at that path. The model's page is kept (it is the model's class the docs describe there).
 */
function docsFiles(model: ApiModel, options: TargetOptions): EmittedFile[] {
  const seen = new Set<string>();
  return renderModelDocs(model, 'csharp', options).filter((f) => !seen.has(f.path) && seen.add(f.path) !== undefined);
}

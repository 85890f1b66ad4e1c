/**
 * The C# target: a .NET 8 class library (models, runtime, client) in the namespace given by
 * `--package-name`. Pure: the same IR always gives the same bytes. Its docs come from docs/,
 * composed with this code in generator/emit-package.ts.
 */
import type { ApiModel } from '../../ir/model.js';
import type { EmittedFile } from '../../write/emitted-file.js';
import type { Target, TargetOptions } from '../target.js';
import { groupFile } from './client/group-class.js';
import { sdkFile } from './client/sdk-class.js';
import { CsContext } from './context.js';
import { hookRegistrationFile } from './hook-registration.js';
import { csharpLimitations } from './limitations.js';
import { modelFile } from './model-files.js';
import { csprojFile } from './project-files.js';
import { runtimeFiles } from './runtime-files.js';
import { withUniquePaths } from './unique-paths.js';
import type { Surface } from '../../surface/index.js';
import type { CsharpNames } from '../../surface/csharp/index.js';

export const csharpTarget: Target = {
  id: 'csharp',
  async emit(model: ApiModel, options: TargetOptions, surface?: Surface): Promise<EmittedFile[]> {
    return emitCsharp(model, options, surface?.target === 'csharp' ? surface.csharp : undefined);
  },
  limitations: csharpLimitations,
};

export function emitCsharp(model: ApiModel, options: TargetOptions, names?: CsharpNames): EmittedFile[] {
  const ctx = new CsContext(model, options, names);
  // In order of precedence when two paths meet: see withUniquePaths.
  const files: EmittedFile[] = withUniquePaths([
    csprojFile(ctx),
    ...model.models.map((m) => modelFile(ctx, m)),
    ...runtimeFiles(ctx),
    hookRegistrationFile(ctx),
    sdkFile(ctx),
    ...ctx.surface.groups.map((g) => groupFile(ctx, g)),
  ]);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * A generated package: the target's code and the docs for that target, in one sorted list of
 * files. The one place the two meet, so that neither targets/ nor docs/ imports the other back.
 */
import { packageDocs } from './docs/package-docs.js';
import type { ApiModel } from './ir/model.js';
import type { Target, TargetOptions } from './targets/target.js';
import type { EmittedFile } from './write/emitted-file.js';
import { nameSurface, type Surface } from './surface/index.js';

/** The names are computed once (`surface`) and both the code and the docs are written with them. */
export async function emitPackage(target: Target, model: ApiModel, options: TargetOptions, surface: Surface = nameSurface(target.id, model, options)): Promise<EmittedFile[]> {
  const files = [...(await target.emit(model, options, surface)), ...packageDocs(model, target.id, options, surface)];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

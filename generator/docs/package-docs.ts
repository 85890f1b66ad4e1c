/**
 * Every docs file of a generated package for one target: the model, group and fixed pages under
 * docs/, and the package's README.md and USAGE.md. Targets never call this: the package is
 * composed above both (generator/emit-package.ts), so docs may read a target's surface names
 * while no target imports the docs.
 */
import type { ApiModel } from '../ir/model.js';
import type { TargetId } from '../options.js';
import type { EmittedFile } from '../write/emitted-file.js';
import type { DocsOptions } from './flavour/flavour.js';
import { nameSurface, type Surface } from '../surface/index.js';
import { renderModelDocs } from './index.js';
import { csharpPackageDocs } from './readme/csharp-readme.js';
import { typescriptPackageDocs } from './readme/typescript-readme.js';

/** `surface`: the target's names, the ones its code was written with (computed here when a caller has none). */
export function packageDocs(model: ApiModel, target: TargetId, options: DocsOptions, surface: Surface = nameSurface(target, model, options)): EmittedFile[] {
  if (surface.target === 'typescript') return [...typescriptPackageDocs(model, options, surface.typescript), ...renderModelDocs(model, 'typescript', options, surface)];
  // The renderer adds a fixed HTTPMetadata.md page; a model of that name also gets a page at that
  // path. The model's page is kept (it is the model's class the docs describe there).
  const seen = new Set<string>();
  const pages = renderModelDocs(model, 'csharp', options, surface).filter((f) => !seen.has(f.path) && seen.add(f.path) !== undefined);
  // README.md and USAGE.md: user-editable, merged with the files on disk by the write stage.
  return [...pages, ...csharpPackageDocs(model, options, surface.csharp)];
}

/**
 * Model docs in the Speakeasy format: one markdown page per documented class, for the
 * TypeScript (`docs/models/<folder>/<name>.md`) or the C# (`docs/Models/<Folder>/<Name>.md`)
 * flavour. Pure: the same IR always gives the same bytes.
 */
import type { ApiModel } from '../ir/model.js';
import type { EmittedFile } from '../write/emitted-file.js';
import { CsharpFlavour } from './flavour/csharp.js';
import type { DocsFlavour, DocsOptions } from './flavour/flavour.js';
import { TypescriptFlavour } from './flavour/typescript.js';
import { ModelIndex } from './model-index.js';
import { renderCsharpHttpMetadataPage, renderCsharpPage } from './pages/csharp.js';
import { renderTypescriptPage } from './pages/typescript.js';
import { csharpGroupPage } from './operations/csharp-group-page.js';
import { operationsOf } from './operations/operation-facts.js';
import { typescriptGroupPage } from './operations/typescript-group-page.js';
import { nameSurface, type Surface } from '../surface/index.js';
import type { CsharpNames } from '../surface/csharp/index.js';
import { csharpGroupClassName } from '../surface/csharp/sdk-surface.js';
import type { TypescriptNames } from '../surface/typescript/index.js';
import { TsExampleBuilder } from './ts-example.js';
import { groupPages } from './group-folder.js';
import { groupOverview, type GroupLabels } from './group-tree.js';
import { RETRY_CONFIG_PAGE, retryConfigPage } from './retry-config-page.js';

export type { DocsFlavour, DocsOptions } from './flavour/flavour.js';

/** `surface`: the target's names (computed here when a caller has none). */
export function renderModelDocs(model: ApiModel, flavour: DocsFlavour, options: DocsOptions, surface: Surface = nameSurface(flavour, model, options)): EmittedFile[] {
  const index = new ModelIndex(model);
  return surface.target === 'csharp' ? csharpDocs(index, options, surface.csharp) : typescriptDocs(index, options, surface.typescript);
}

export { groupDocFolder } from './group-folder.js';

function csharpDocs(index: ModelIndex, options: DocsOptions, names: CsharpNames): EmittedFile[] {
  const flavour = new CsharpFlavour(index, names);
  const surface = names.sdk;
  const files = index.api.models.filter((m) => flavour.includes(m)).map((m) => ({ path: flavour.docPath(m), contents: renderCsharpPage(m, flavour) }));
  // The fixed HTTPMetadata page, unless a model of the API already has that page.
  const hasOwnHttpMetadata = index.api.models.some((m) => m.namespace === 'components' && m.name === 'HTTPMetadata');
  if (index.api.models.some((m) => m.origin === 'response') && !hasOwnHttpMetadata) {
    files.push({ path: 'docs/Models/Components/HTTPMetadata.md', contents: renderCsharpHttpMetadataPage() });
  }
  const api = index.api;
  const pages = groupPages(
    api.groups.map((g) => g.name),
    options.sdkClassName,
  );
  // Every group has a page, one that only nests others included; links go from page to page.
  const labels: GroupLabels = {
    label: (g) => surface.groups.find((s) => s.name === g.name)?.className ?? csharpGroupClassName(g.name),
    page: (g) => siblingPage(pages.groups.get(g.name)!),
  };
  for (const group of api.groups) {
    const intro = groupOverview(api, group.name, labels);
    const page = csharpGroupPage(group.name, operationsOf(api.operations, group.name), options, index, flavour, surface, intro);
    files.push({ path: pages.groups.get(group.name)!, contents: page });
  }
  const ungrouped = operationsOf(api.operations, undefined);
  files.push({ path: pages.root, contents: csharpGroupPage(undefined, ungrouped, options, index, flavour, surface) });
  return files;
}

function typescriptDocs(index: ModelIndex, options: DocsOptions, names: TypescriptNames): EmittedFile[] {
  const flavour = new TypescriptFlavour(index, names);
  const examples = new TsExampleBuilder(index, flavour);
  const ctx = { flavour, examples, options };
  const files = index.api.models.filter((m) => flavour.includes(m)).map((m) => ({ path: flavour.docPath(m), contents: renderTypescriptPage(m, ctx) }));
  const surface = names.sdk;
  const groupCtx = { api: index.api, index, flavour, examples, settings: options };
  const pages = groupPages(
    surface.groups.map((g) => g.property),
    options.sdkClassName,
  );
  // A group that only nests others has no property in the SDK, and so no page: its tag name stands for it.
  const labels: GroupLabels = {
    label: (g) => surface.groups.find((s) => s.name === g.name)?.property ?? g.name,
    page: (g) => {
      const property = surface.groups.find((s) => s.name === g.name)?.property;
      return property === undefined ? undefined : siblingPage(pages.groups.get(property)!);
    },
  };
  for (const group of surface.groups) {
    const intro = groupOverview(index.api, group.name, labels);
    const page = typescriptGroupPage(group.className, group.property, group.operations, groupCtx, intro);
    files.push({ path: pages.groups.get(group.property)!, contents: page });
  }
  const root = typescriptGroupPage(undefined, undefined, surface.rootOperations, groupCtx);
  files.push({ path: pages.root, contents: root });
  // The package exports RetryConfig; the operation pages and the README link its page.
  files.push({ path: RETRY_CONFIG_PAGE, contents: retryConfigPage() });
  return files;
}

/** A group page's link to another group page (`docs/sdks/<folder>/README.md` → `../<folder>/README.md`). */
function siblingPage(path: string): string {
  return `../${path.split('/').slice(-2).join('/')}`;
}

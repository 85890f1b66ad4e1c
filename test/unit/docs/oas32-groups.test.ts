/**
 * The docs of the 3.2 fixture (test/fixtures/oas32/library.yaml): groups nested by tag `parent`
 * in both READMEs and on the group pages, tag `summary` as the group's short title, the SDK's
 * groups still flat, and stream responses named as the SDK returns them.
 */
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { emitPackage } from '../../../generator/emit-package.js';
import { buildModel } from '../../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../../generator/ir/model.js';
import { loadSpec } from '../../../generator/resolve/index.js';
import { csharpTarget } from '../../../generator/targets/csharp/index.js';
import { typescriptTarget } from '../../../generator/targets/typescript/index.js';
import type { EmittedFile } from '../../../generator/write/emitted-file.js';

let api: ApiModel;
let ts: EmittedFile[];
let cs: EmittedFile[];

function file(files: EmittedFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path}`);
  return found.contents;
}

/** The lines of a README section between its markers. */
function section(readme: string, id: string): string {
  const start = readme.indexOf(`[${id}] -->`);
  return readme.slice(start, readme.indexOf('<!-- End', start));
}

beforeAll(async () => {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec: 'test/fixtures/oas32/library.yaml', overlays: [], network: { offline: true } }, diagnostics);
  api = buildModel(loaded!, diagnostics);
  ts = await emitPackage(typescriptTarget, api, { packageName: 'library', sdkClassName: 'Library' });
  cs = await emitPackage(csharpTarget, api, { packageName: 'Library', sdkClassName: 'Library' });
});

test('TypeScript README: children under their parent, summaries, and a parent without operations has no link', () => {
  const list = section(file(ts, 'README.md'), 'operations');
  const headings = list.split('\n').filter((l) => l.startsWith('#'));
  expect(headings).toEqual([
    '## Available Resources and Operations',
    '### [feeds](docs/sdks/feeds/README.md)',
    '### catalog',
    '#### [books](docs/sdks/books/README.md)',
    '#### [authors](docs/sdks/authors/README.md)',
  ]);
  expect(list).toContain('### catalog\n\nCatalog\n\n#### [books](docs/sdks/books/README.md)\n\nBooks\n\n* [searchBooks]');
  expect(list).toContain('is still a property of the client itself: `library.books`, not `library.catalog.books`.');
});

test('TypeScript group pages: summary, the parent, no page for a parent without operations', () => {
  expect(file(ts, 'docs/sdks/books/README.md')).toContain('## Overview\n\nBooks\n\nPart of catalog.\n\n### Available Operations\n');
  expect(ts.some((f) => f.path === 'docs/sdks/catalog/README.md')).toBe(false);
  expect(file(ts, 'docs/sdks/feeds/README.md')).toContain('**Promise\\<JsonStream\\<[components.BookChange](../../models/components/bookchange.md)\\>\\>**');
  // Groups stay flat in the code: no `catalog` class, `books` a property of the SDK class.
  expect(ts.some((f) => f.path === 'src/sdk/catalog.ts')).toBe(false);
  expect(file(ts, 'src/sdk/sdk.ts')).toContain('get books(): Books {');
});

test('C# README and pages: the parent has a page listing its groups; streams are raw', () => {
  const list = section(file(cs, 'README.md'), 'operations');
  expect(list).toContain('### [Catalog](docs/sdks/catalog/README.md)\n\nCatalog\n\n#### [Books](docs/sdks/books/README.md)');
  expect(list).toContain('returns its body as a raw `System.IO.Stream`');
  expect(file(cs, 'docs/sdks/catalog/README.md')).toContain(
    '## Overview\n\nCatalog\n\n### Groups\n\n* [Books](../books/README.md) - Books\n* [Authors](../authors/README.md) - Authors\n\n### Available Operations',
  );
  expect(file(cs, 'docs/sdks/authors/README.md')).toContain('Part of [Catalog](../catalog/README.md).');
  expect(file(cs, 'docs/Models/Operations/StreamBookChangesResponse.md')).toMatch(/\| `BookChange` +\| System\.IO\.Stream +\|/);
});

test('without 3.2 tags nothing changes: no summary lines, no nesting', () => {
  const flat: ApiModel = { ...api, groups: api.groups.filter((g) => g.operationIds.length > 0).map(({ name, operationIds }) => ({ name, operationIds })) };
  return emitPackage(typescriptTarget, flat, { packageName: 'library', sdkClassName: 'Library' }).then((files) => {
    expect(file(files, 'docs/sdks/books/README.md')).toContain('## Overview\n\n### Available Operations\n');
    expect(section(file(files, 'README.md'), 'operations')).not.toContain('nested');
  });
});

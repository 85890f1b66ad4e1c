/**
 * Every ```typescript block of the generated docs is a program a user may paste: extract them
 * all from the Clerk package's docs and type-check each against the generated package itself
 * (imported by its npm name), under strict.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { Diagnostics } from '../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../generator/ir/build/build-model.js';
import { loadSpec } from '../../generator/resolve/index.js';
import { typescriptTarget } from '../../generator/targets/typescript/index.js';
import { emitPackage } from '../../generator/emit-package.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGE = '@clerk/backend-api-client';

const NAMESPACES = ['components', 'operations', 'errors'];

/**
 * The programs among a page's code blocks. A union page's member examples name types as
 * `components.X` the way the page's text does; they get the namespace imports a reader has.
 * `## Values` blocks list an enum's values (`"a" | "b"`): a listing, not a program.
 */
function snippetsOf(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```typescript\n([\s\S]*?)\n```/g)].map((m) => m[1]);
  return blocks.flatMap((code) => {
    if (/^import /m.test(code)) return [code];
    if (/^const value: /.test(code)) {
      const imports = NAMESPACES.filter((ns) => code.includes(`${ns}.`)).map((ns) => `import type * as ${ns} from "${PACKAGE}/models/${ns}";`);
      return [`${imports.join('\n')}\n${code}`];
    }
    return [];
  });
}

test('every TypeScript snippet in the generated docs type-checks against the package', async () => {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec: path.join(repoRoot, 'spec/clerk-bapi/openapi.yml'), overlays: [] }, diagnostics);
  const api = buildModel(loaded!, diagnostics);
  const files = await emitPackage(typescriptTarget, api, { packageName: PACKAGE, sdkClassName: 'ClerkBackendApi' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdkwright-snippets-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, file.path), file.contents);
  }
  // The package README and USAGE.md are docs too: their examples must compile like the others.
  const isDoc = (p: string) => (p.startsWith('docs/') && p.endsWith('.md')) || p === 'README.md' || p === 'USAGE.md';
  const snippets = files.filter((f) => isDoc(f.path)).flatMap((f) => snippetsOf(f.contents).map((code) => ({ origin: f.path, code })));
  const fromPackageDocs = snippets.filter((s) => !s.origin.startsWith('docs/')).length;
  const roots = snippets.map((s, i) => {
    const file = path.join(dir, 'snippets', `s${i}.ts`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // A snippet without imports would be a script sharing one global scope with the others.
    fs.writeFileSync(file, `${s.code}\nexport {};\n`);
    return file;
  });
  const program = ts.createProgram(roots, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    typeRoots: [path.join(repoRoot, 'node_modules/@types')],
    baseUrl: dir,
    paths: { [PACKAGE]: ['./src/index.ts'], [`${PACKAGE}/*`]: ['./src/*'] },
  });
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file && d.file.fileName.includes(`${path.sep}snippets${path.sep}`));
  const report = errors.slice(0, 20).map((d) => {
    const index = Number(/s(\d+)\.ts$/.exec(d.file!.fileName)![1]);
    return `${snippets[index].origin}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  console.log(`TypeScript docs snippets type-checked: ${snippets.length - new Set(errors.map((d) => d.file!.fileName)).size}/${snippets.length} (${fromPackageDocs} of them in README.md/USAGE.md)`);
  expect(snippets.length).toBeGreaterThan(100);
  expect(fromPackageDocs).toBeGreaterThan(5);
  expect(report).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * The layout is the architecture (generator/README.md): imports run one way, so this reads every
 * import of generator/ and checks (1) that targets and docs read the IR only — never the loader,
 * the resolver, the IR builder or the validator — and (2) that no folder imports a folder that
 * imports it back, directly or round a longer loop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve('generator');

interface ImportEdge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f));
}

/** Relative imports and re-exports of every module, static and dynamic, as paths under generator/. */
function importEdges(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(ROOT)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), ref.fileName).replace(/\.js$/, '.ts');
      if (!target.startsWith(ROOT + path.sep)) continue;
      edges.push({ from: path.relative(ROOT, file), to: path.relative(ROOT, target) });
    }
  }
  return edges;
}

/** The folder a module belongs to: a top-level folder, or ir/<part>, targets/<target> and surface/<target>. */
function unitOf(file: string): string {
  const parts = file.split(path.sep);
  if (parts.length === 1) return parts[0].replace(/\.ts$/, '');
  if ((parts[0] === 'ir' || parts[0] === 'targets' || parts[0] === 'surface') && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0];
}

const edges = importEdges();

test('the import reader sees the pipeline', () => {
  // A guard against a reader that finds nothing and so passes everything.
  expect(edges.length).toBeGreaterThan(500);
  expect(edges).toContainEqual({ from: 'emit-package.ts', to: path.join('docs', 'package-docs.ts') });
});

test('targets and docs import nothing from load, resolve, validate, ir/build, the pipeline or the CLI', () => {
  const reader = /^(targets|docs)\//;
  const forbidden = /^(load|resolve|validate|ir\/build|cli)\/|^pipeline\.ts$/;
  const found = edges.filter((e) => reader.test(e.from.split(path.sep).join('/')) && forbidden.test(e.to.split(path.sep).join('/'))).map((e) => `${e.from} -> ${e.to}`);
  expect(found).toEqual([]);
});

test('docs and targets never import each other: both read the names of the surface/ stage', () => {
  const found = edges
    .map((e) => ({ from: e.from.split(path.sep).join('/'), to: e.to.split(path.sep).join('/') }))
    .filter((e) => (e.from.startsWith('docs/') && e.to.startsWith('targets/')) || (e.from.startsWith('targets/') && e.to.startsWith('docs/')))
    .map((e) => `${e.from} -> ${e.to}`);
  expect(found).toEqual([]);
});

test('surface/ computes names from the IR alone', () => {
  const allowed = /^(surface\/|ir\/(?!build\/))/;
  const found = edges
    .map((e) => ({ from: e.from.split(path.sep).join('/'), to: e.to.split(path.sep).join('/') }))
    .filter((e) => e.from.startsWith('surface/') && !allowed.test(e.to))
    .map((e) => `${e.from} -> ${e.to}`);
  expect(found).toEqual([]);
});

test('no folder imports one that imports it back', () => {
  const graph = new Map<string, Map<string, string>>();
  for (const e of edges) {
    const [a, b] = [unitOf(e.from), unitOf(e.to)];
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Map());
    if (!graph.get(a)!.has(b)) graph.get(a)!.set(b, `${e.from} -> ${e.to}`);
  }
  // Depth-first search; a back edge closes a loop, reported with one import per step.
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (unit: string) => {
    state.set(unit, 'open');
    stack.push(unit);
    for (const next of [...(graph.get(unit)?.keys() ?? [])].sort()) {
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        cycles.push(
          loop
            .slice(0, -1)
            .map((u, i) => graph.get(u)!.get(loop[i + 1]))
            .join(', '),
        );
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(unit, 'done');
  };
  for (const unit of [...graph.keys()].sort()) if (!state.has(unit)) visit(unit);
  expect(cycles).toEqual([]);
});

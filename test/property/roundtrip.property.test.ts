/**
 * Property tests (fast-check): for random valid schemas, the generated TypeScript package
 * type-checks under strict, and random values of each schema come back unchanged through the
 * generated mappers, wire → model → wire. Bounded: a fixed seed and a moderate number of runs
 * (PROPERTY_SEED / PROPERTY_RUNS override them), both printed; a failure prints the seed, the
 * path to replay it and the shrunk spec.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import type { EmittedFile } from '../../generator/write/emitted-file.js';
import { runMappers } from '../unit/targets/typescript/support/run-mappers.js';
import { runCli } from '../unit/robustness/support/run-cli.js';
import { typeCheckPackage } from '../unit/robustness/support/type-check.js';
import { specArbitrary, type SpecSample } from './support/spec-arbitrary.js';

const SEED = Number(process.env.PROPERTY_SEED ?? 20250611);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 10);

/** Every file under `dir`, as emitted files (paths relative, POSIX). */
function readPackage(dir: string, relative = ''): EmittedFile[] {
  return readdirSync(path.join(dir, relative)).flatMap((name) => {
    const p = relative === '' ? name : `${relative}/${name}`;
    return statSync(path.join(dir, p)).isDirectory() ? readPackage(dir, p) : [{ path: p, contents: readFileSync(path.join(dir, p), 'utf8') }];
  });
}

/** JSON text with members sorted at every level; `__proto__` members stay members. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `components/model0` for the module that exports `Model0$fromWire`. */
function moduleOf(files: EmittedFile[], type: string): string {
  const file = files.find((f) => f.path.startsWith('src/models/') && f.contents.includes(`export function ${type}$fromWire(`));
  if (!file) throw new Error(`no module exports ${type}$fromWire`);
  return file.path.slice('src/models/'.length).replace(/\.ts$/, '');
}

/**
 * One folder for every run, regenerated from scratch each time: the runtime files then keep
 * their paths, and the type check and the transpiler reuse their work on them.
 */
let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'sdkwright-property-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const transpiled = new Map<string, string>();

/** The model modules and the runtime helpers they import, as ES modules in `dir`. */
function writeRunnable(files: EmittedFile[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const file of files.filter((f) => /^src\/(models|lib|types|schemas)\/.*\.ts$/.test(f.path))) {
    let js = transpiled.get(file.contents);
    if (js === undefined) {
      js = ts.transpileModule(file.contents, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true }, fileName: file.path }).outputText;
      transpiled.set(file.contents, js);
    }
    const out = path.join(dir, file.path.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, js);
  }
}

async function check(sample: SpecSample): Promise<void> {
  rmSync(path.join(root, 'sdk'), { recursive: true, force: true });
  writeFileSync(path.join(root, 'spec.json'), JSON.stringify(sample.document, null, 2));
  const run = await runCli(['generate', 'spec.json', '--target', 'typescript', '--out', 'sdk'], root);
  if (run.code !== 0) throw new Error(`generation failed (exit ${run.code}):\n${run.stderr}`);
  const { errors } = typeCheckPackage(path.join(root, 'sdk'));
  if (errors.length > 0) throw new Error(`type check failed:\n${errors.slice(0, 20).join('\n')}`);

  const files = readPackage(path.join(root, 'sdk'));
  const cases = Object.entries(sample.values).flatMap(([type, values]) => values.map((v) => ({ module: moduleOf(files, type), type, wire: JSON.stringify(v) })));
  const compiled = path.join(root, 'run');
  writeRunnable(files, compiled);
  const results = runMappers(compiled, cases);
  results.forEach((result, i) => {
    // Compared as canonical JSON: member order carries no meaning in JSON, and toEqual
    // would trip over a member named `constructor`.
    expect({ type: cases[i].type, back: canonical(result.back) }).toEqual({ type: cases[i].type, back: canonical(JSON.parse(cases[i].wire)) });
  });
}

test(`random schemas: TypeScript compiles, values round-trip (seed ${SEED}, ${RUNS} runs)`, async () => {
  const started = performance.now();
  const details = await fc.check(fc.asyncProperty(specArbitrary, check), { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: 150_000 });
  console.log(
    `property test: seed ${SEED}, ${details.numRuns} of ${RUNS} runs, ${details.numShrinks} shrinks, ${((performance.now() - started) / 1000).toFixed(1)} s${details.interrupted ? ' (interrupted by the time limit)' : ''}`,
  );
  if (details.failed) {
    const example = details.counterexample?.[0] as SpecSample | undefined;
    throw new Error(
      `property failed (seed ${SEED}, path "${details.counterexamplePath}"): ${String(details.errorInstance)}\n` +
        `spec: ${JSON.stringify(example?.document)}\nvalues: ${JSON.stringify(example?.values)}`,
    );
  }
  expect(details.numRuns).toBe(RUNS);
}, 300_000);

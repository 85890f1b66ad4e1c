/**
 * The real-world corpus (../shared/corpus): every spec generates a TypeScript package that
 * type-checks under strict, or, when the spec itself is wrong, fails with located diagnostics
 * (test/corpus/expectations.json). `npm test` runs the small specs; `npm run corpus` (CORPUS=full)
 * runs all 26 and writes the times to test/corpus/last-run.md. Skipped, with the reason printed,
 * when ../shared is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { generate, type Generation } from '../unit/robustness/support/generate.js';
import { expectKnownFailure, readKnownFailures } from '../unit/robustness/support/known-failures.js';
import { printedDiagnostics, STACK_FRAME } from '../unit/robustness/support/run-cli.js';
import { typeCheckPackage } from '../unit/robustness/support/type-check.js';

const HERE = path.resolve('test/corpus');
const CORPUS = path.resolve('..', 'shared', 'corpus');
const FULL = process.env.CORPUS === 'full';

interface CorpusSpec {
  name: string;
  entry: string;
  fast?: boolean;
  expect: 'pass' | 'invalid';
  codes?: string[];
  errorCount?: number;
  reason?: string;
}

interface Outcome {
  name: string;
  result: string;
  generateMs: number;
  checkMs?: number;
  files?: number;
}

const { specs } = JSON.parse(readFileSync(path.join(HERE, 'expectations.json'), 'utf8')) as { specs: CorpusSpec[] };
const known = readKnownFailures(path.join(HERE, 'known-failures.json'));
const selected = FULL ? specs : specs.filter((s) => s.fast);
const skip = existsSync(CORPUS) ? undefined : `${CORPUS} not found`;
if (skip) console.log(`corpus tests skipped: ${skip}`);
const maybe = skip ? describe.skip : describe;
const outcomes: Outcome[] = [];

test('the expectations cover the 26 corpus specs, and known failures name one of them', () => {
  expect(specs).toHaveLength(26);
  for (const name of Object.keys(known)) expect(specs.map((s) => s.name)).toContain(name);
  if (!skip) for (const s of specs) expect(existsSync(path.join(CORPUS, s.entry))).toBe(true);
});

maybe(`corpus (${FULL ? 'all specs' : 'fast subset; npm run corpus runs all'})`, () => {
  afterAll(() => report(outcomes));

  test.each(selected.map((s) => [s.name, s] as const))(
    '%s',
    async (name, spec) => {
      const generation = await generate({ spec: path.join(CORPUS, spec.entry), cwd: HERE, packageName: `@corpus/${name}` });
      try {
        expect(generation.run.stderr).not.toMatch(STACK_FRAME);
        if (spec.expect === 'invalid') return expectInvalid(spec, generation);
        await expectPass(spec, generation);
      } finally {
        generation.remove();
      }
    },
    FULL ? 900_000 : 120_000,
  );
});

function expectInvalid(spec: CorpusSpec, generation: Generation): void {
  const errors = generation.errors;
  outcomes.push({ name: spec.name, result: `invalid as expected: ${errors.length} × ${spec.codes!.join(', ')}`, generateMs: generation.ms });
  console.log(`${spec.name}: fails as expected (${spec.reason})`);
  expect(generation.run.code).toBe(1);
  expect([...new Set(errors.map((d) => d.code))].sort()).toEqual([...spec.codes!].sort());
  if (spec.errorCount !== undefined) expect(errors).toHaveLength(spec.errorCount);
  // Each one says where: file:line:col and a JSON pointer.
  for (const d of errors) expect({ where: d.where, pointer: d.pointer }).toEqual({ where: expect.stringMatching(/:\d+:\d+$/), pointer: expect.stringMatching(/^#\//) });
}

async function expectPass(spec: CorpusSpec, generation: Generation): Promise<void> {
  let stage: 'generate' | 'typecheck' | 'passed' = 'passed';
  let output = '';
  let checkMs: number | undefined;
  let files: number | undefined;
  if (generation.run.code !== 0) {
    stage = 'generate';
    output = generation.run.stderr;
  } else {
    files = Number(/wrote (\d+) files/.exec(generation.run.stdout)?.[1]);
    const checked = typeCheckPackage(generation.out);
    checkMs = checked.ms;
    if (checked.errors.length > 0) {
      stage = 'typecheck';
      output = `${checked.errors.length} errors:\n${checked.errors.join('\n')}`;
    }
  }
  const result = stage === 'passed' ? 'passed' : stage === 'generate' ? `generation failed (exit ${generation.run.code})` : `${output.split(':')[0]} in the type check`;
  outcomes.push({ name: spec.name, result: known[spec.name] && stage !== 'passed' ? `known failure: ${result}` : result, generateMs: generation.ms, checkMs, files });
  if (known[spec.name]) return expectKnownFailure(spec.name, known[spec.name], { stage, output });
  expect({ exit: generation.run.code, errors: printedDiagnostics(generation.run.stderr).filter((d) => d.severity === 'error') }).toEqual({ exit: 0, errors: [] });
  if (stage !== 'passed') throw new Error(`${spec.name}: ${result}\n${output.split('\n').slice(0, 40).join('\n')}`);
}

function report(items: Outcome[]): void {
  if (items.length === 0) return;
  const ms = (n: number | undefined) => (n === undefined ? '' : (n / 1000).toFixed(1));
  const rows = items.map((o) => `| ${o.name} | ${o.result} | ${o.files ?? ''} | ${ms(o.generateMs)} | ${ms(o.checkMs)} |`);
  const total = items.reduce((sum, o) => sum + o.generateMs + (o.checkMs ?? 0), 0);
  const passed = items.filter((o) => o.result === 'passed' || o.result.startsWith('invalid as expected')).length;
  const table = [
    `Corpus run: ${passed}/${items.length} as expected (passed, or invalid with the expected diagnostics); ${ms(total)} s in total.`,
    '',
    '| spec | result | files | generate s | type-check s |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  console.log(table);
  const machine = `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs`;
  if (FULL) writeFileSync(path.join(HERE, 'last-run.md'), `# Last full corpus run\n\n${machine}\n\n${table}`);
}

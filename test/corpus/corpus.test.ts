/**
 * The real-world corpora (../shared/corpus, ../shared/corpus-extra, ../shared/corpus-edge/orval):
 * every entry document is generated in both targets; each TypeScript package is type-checked
 * under strict (in-process) and each C# project is built with dotnet. A spec that is itself
 * wrong must fail with located diagnostics; failures of the generator that are known are listed;
 * anything else fails the run (expectations.json, known-failures.json).
 *
 * `npm test` runs a few specs of each corpus (`fast`), C# builds only with CORPUS_CSHARP=1.
 * `npm run corpus` (CORPUS=full) runs every entry document and writes test/corpus/last-run.md;
 * CORPUS_ONLY=<regex> narrows either run to the matching spec ids (and then writes no table).
 * The generator runs in a worker thread with a time limit per run, so a spec that hangs or
 * crashes is one failed result. Skipped, with the reason printed, when ../shared is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { dotnetSkipReason } from '../unit/targets/csharp/support/dotnet.js';
import { typeCheckPackage } from '../unit/robustness/support/type-check.js';
import { buildFolders } from './support/csharp-build.js';
import { CORPORA, corpusEntries, SHARED, type CorpusName, type Entry } from './support/entries.js';
import { check, generationDetail, inCsharpSample, invalidExpectation, isFast, readExpectations, TARGETS, type KnownFailure, type Target, type TargetOutcome } from './support/expectations.js';
import { GeneratorRunner } from './support/generator-runner.js';

const HERE = path.resolve('test/corpus');
const FULL = process.env.CORPUS === 'full';
const ONLY = process.env.CORPUS_ONLY ? new RegExp(process.env.CORPUS_ONLY) : undefined;
const GENERATE_TIMEOUT_MS = Number(process.env.CORPUS_TIMEOUT_MS ?? 180_000);
/** C# projects per dotnet restore + build. */
const CSHARP_BATCH = 40;
const csharpSkip = !(FULL || process.env.CORPUS_CSHARP === '1') ? 'C# builds run in `npm run corpus` (or with CORPUS_CSHARP=1)' : dotnetSkipReason();

const { expectations, known } = readExpectations(HERE);
const skip = existsSync(path.join(SHARED, 'corpus')) ? undefined : `${path.join(SHARED, 'corpus')} not found`;
if (skip) console.log(`corpus tests skipped: ${skip}`);
if (csharpSkip) console.log(`corpus C# builds skipped: ${csharpSkip}`);

const all = new Map<CorpusName, Entry[]>(CORPORA.map((c) => [c, skip ? [] : corpusEntries(c, expectations.specs)]));
const selected = new Map<CorpusName, Entry[]>(CORPORA.map((c) => [c, all.get(c)!.filter((e) => (FULL || isFast(expectations, e)) && (!ONLY || ONLY.test(e.id)))]));
const results = new Map<string, { entry: Entry; outcomes: Partial<Record<Target, TargetOutcome>> }>();
const knownFor = (id: string, target: Target): KnownFailure | undefined => known.find((k) => k.spec === id && k.target === target);

test('the expectations name existing specs', () => {
  expect(expectations.specs).toHaveLength(26);
  if (skip) return;
  const ids = new Set([...all.values()].flat().map((e) => e.id));
  for (const s of expectations.specs) expect(existsSync(path.join(SHARED, 'corpus', s.entry))).toBe(true);
  for (const c of ['corpus-extra', 'corpus-edge'] as const) {
    for (const p of [...expectations[c].fast, ...Object.keys(expectations[c].invalid)]) expect(ids).toContain(`${c}/${p}`);
  }
  for (const k of known) expect({ spec: k.spec, known: ids.has(k.spec), target: TARGETS.includes(k.target) }).toEqual({ spec: k.spec, known: true, target: true });
});

const maybe = skip ? describe.skip : describe;
maybe(`corpora (${FULL ? 'every entry document' : 'fast subset; npm run corpus runs all'}${ONLY ? `, only ${ONLY}` : ''})`, () => {
  let runner: GeneratorRunner;
  let root: string;
  const started = performance.now();

  beforeAll(() => {
    runner = new GeneratorRunner(path.resolve('.'));
    root = mkdtempSync(path.join(tmpdir(), 'sdkwright-corpus-'));
  });
  afterAll(async () => {
    await runner?.close();
    if (root) rmSync(root, { recursive: true, force: true });
    report(performance.now() - started);
  });

  for (const corpus of CORPORA) {
    const entries = selected.get(corpus)!;
    if (entries.length === 0) continue;
    describe(corpus, () => {
      /** C# outputs waiting for their build, by entry id. */
      const pending = new Map<string, string>();

      test.each(entries.map((e) => [e.id, e] as const))(
        '%s',
        async (id, entry) => {
          const invalid = invalidExpectation(expectations, entry);
          const record = { entry, outcomes: {} as Partial<Record<Target, TargetOutcome>> };
          results.set(id, record);
          const problems: string[] = [];
          for (const target of TARGETS) {
            const outcome = await generateOne(entry, target);
            record.outcomes[target] = outcome;
            if (target === 'csharp' && outcome.stage === 'generated' && !csharpSkip && inCsharpSample(expectations, entry)) {
              pending.set(id, csharpOut(entry));
              continue; // checked after its build
            }
            const problem = check(entry, outcome, invalid, knownFor(id, target));
            if (problem) problems.push(problem);
          }
          if (problems.length > 0) throw new Error(problems.join('\n\n'));
        },
        GENERATE_TIMEOUT_MS * 2 + 600_000,
      );

      const builds = csharpSkip ? test.skip : test;
      builds(
        `${corpus}: the generated C# projects build`,
        async () => {
          const problems: string[] = [];
          const waiting = [...pending.entries()];
          for (let i = 0; i < waiting.length; i += CSHARP_BATCH) {
            const batch = waiting.slice(i, i + CSHARP_BATCH);
            const work = mkdtempSync(path.join(root, 'sln-'));
            const built = await buildFolders(
              batch.map(([, dir]) => dir),
              work,
              1_800_000,
            );
            console.log(`${corpus}: C# batch ${i / CSHARP_BATCH + 1}: ${batch.length} specs, ${(built.ms / 1000).toFixed(1)} s`);
            for (const [id, dir] of batch) {
              const record = results.get(id)!;
              const outcome = record.outcomes.csharp!;
              const b = built.outcomes.get(dir)!;
              outcome.checkMs = built.ms / batch.length;
              if (b.ok) outcome.stage = 'passed';
              else {
                outcome.stage = 'build';
                outcome.detail = `${b.errorCount} errors:\n${b.errors.join('\n')}`;
              }
              const problem = check(record.entry, outcome, invalidExpectation(expectations, record.entry), knownFor(id, 'csharp'));
              if (problem) problems.push(problem);
              rmSync(dir, { recursive: true, force: true });
            }
            rmSync(work, { recursive: true, force: true });
          }
          if (problems.length > 0) throw new Error(problems.join('\n\n'));
        },
        7_200_000,
      );
    });
  }

  const tsOut = () => path.join(root, 'typescript'); // one folder: the type check reuses its work on the runtime files
  const csharpOut = (entry: Entry) => path.join(root, 'csharp', `${entry.corpus}-${entry.index}`);

  async function generateOne(entry: Entry, target: Target): Promise<TargetOutcome> {
    const out = target === 'typescript' ? tsOut() : csharpOut(entry);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(path.dirname(out), { recursive: true });
    // --offline: the corpus must not depend on the network (CI has none); a remote $ref is then an error.
    const argv = ['generate', entry.file, '--target', target, '--out', out, '--package-name', packageName(entry, target), '--offline'];
    const run = await runner.run(argv, HERE, GENERATE_TIMEOUT_MS);
    const outcome: TargetOutcome = { target, exit: run.code, stage: 'generated', detail: '', stderr: run.stderr, generateMs: run.ms };
    if (run.code !== 0) {
      outcome.stage = run.timedOut ? 'timeout' : 'generate';
      outcome.detail = generationDetail(run.code, run.stderr, run.timedOut, run.died);
      rmSync(out, { recursive: true, force: true });
      return outcome;
    }
    if (target === 'typescript') {
      const checked = typeCheckPackage(out);
      outcome.checkMs = checked.ms;
      outcome.stage = checked.errors.length === 0 ? 'passed' : 'typecheck';
      if (checked.errors.length > 0) outcome.detail = `${checked.errors.length} errors:\n${checked.errors.slice(0, 10).join('\n')}`;
      rmSync(out, { recursive: true, force: true });
    } else if (csharpSkip || !inCsharpSample(expectations, entry)) {
      rmSync(out, { recursive: true, force: true });
    }
    return outcome;
  }
});

function packageName(entry: Entry, target: Target): string {
  const base = path.basename(entry.id).replace(/\.(ya?ml|json)$/, '');
  if (target === 'typescript')
    return `@corpus/${`${entry.corpus}-${entry.index}-${base}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80)}`;
  const pascal = base
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  const short = { corpus: 'Main', 'corpus-extra': 'Extra', 'corpus-edge': 'Edge' }[entry.corpus];
  return `Corpus.${short}${entry.index}.${/^[A-Za-z]/.test(pascal) ? pascal : `S${pascal}`}`;
}

/** The results table; written to last-run.md after a full run of every corpus. */
function report(totalMs: number): void {
  if (results.size === 0) return;
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const baseline = readBaseline();
  const lines: string[] = [];
  lines.push(
    '| corpus | specs | expected invalid | TS generate ok | TS compile ok | C# generate ok | C# built | C# build ok | internal errors (exit 70) TS / C# | timeouts | regressions | known failures |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const corpus of CORPORA) {
    const rs = [...results.values()].filter((r) => r.entry.corpus === corpus);
    if (rs.length === 0) continue;
    const o = (t: Target) => rs.map((r) => r.outcomes[t]).filter((x): x is TargetOutcome => x !== undefined);
    const ts = o('typescript');
    const cs = o('csharp');
    const built = cs.filter((x) => x.stage === 'passed' || x.stage === 'build');
    const all = [...ts, ...cs];
    const count = (xs: TargetOutcome[], f: (x: TargetOutcome) => boolean) => xs.filter(f).length;
    const invalid = rs.filter((r) => invalidExpectation(expectations, r.entry)).length;
    lines.push(
      `| ${corpus} | ${rs.length} | ${invalid} | ${count(ts, (x) => x.exit === 0)} | ${count(ts, (x) => x.stage === 'passed')} | ${count(cs, (x) => x.exit === 0)} | ${built.length} | ${count(built, (x) => x.stage === 'passed')} | ${count(ts, (x) => x.exit === 70)} / ${count(cs, (x) => x.exit === 70)} | ${count(all, (x) => x.stage === 'timeout')} | ${count(all, (x) => x.verdict === 'REGRESSION')} | ${count(all, (x) => x.verdict === 'known failure')} |`,
    );
  }
  if (baseline) {
    lines.push('', 'Before (the baseline sweep of the original code, TypeScript only, tsc as a child process):', '');
    lines.push('| corpus | specs | TS generate ok | TS compile ok | internal errors (exit 70) |', '| --- | --- | --- | --- | --- |');
    for (const corpus of CORPORA) {
      const b = baseline.filter((x) => x.spec.startsWith(`${corpus}/`));
      if (b.length > 0)
        lines.push(`| ${corpus} | ${b.length} | ${b.filter((x) => x.exit === 0).length} | ${b.filter((x) => x.exit === 0 && x.tscErrors === 0).length} | ${b.filter((x) => x.exit === 70).length} |`);
    }
  }
  const failures = [...results.values()].flatMap((r) => TARGETS.map((t) => [r, r.outcomes[t]] as const).filter(([, x]) => x !== undefined && x.stage !== 'passed' && x.stage !== 'generated'));
  lines.push('', `Specs that did not pass in a target (${failures.length}):`, '');
  lines.push('| spec | target | result | verdict | first lines |', '| --- | --- | --- | --- | --- |');
  for (const [r, x] of failures) {
    const first = x!.detail
      .split('\n')
      .slice(0, 3)
      .join(' ⏎ ')
      .replaceAll('|', '\\|')
      .replaceAll(SHARED + '/', '')
      .slice(0, 400);
    const result = x!.stage === 'generate' ? `generate: exit ${x!.exit}` : x!.stage;
    lines.push(`| ${r.entry.id} | ${x!.target} | ${result} | ${x!.verdict ?? ''} | ${first} |`);
  }
  const genMs = [...results.values()].flatMap((r) => TARGETS.map((t) => r.outcomes[t]?.generateMs ?? 0)).reduce((a, b) => a + b, 0);
  const checkMs = [...results.values()].map((r) => r.outcomes.typescript?.checkMs ?? 0).reduce((a, b) => a + b, 0);
  const buildMs = [...results.values()].map((r) => r.outcomes.csharp?.checkMs ?? 0).reduce((a, b) => a + b, 0);
  const sample = (['corpus-extra', 'corpus-edge'] as const).map(
    (c) => `${c} every ${expectations[c].csharpBuildEvery === 1 ? 'spec' : `${expectations[c].csharpBuildEvery}th spec (index % ${expectations[c].csharpBuildEvery} == 0, sorted paths)`}`,
  );
  const header = [
    `Specs: ${results.size}. Time: ${s(totalMs)} s in total; generation ${s(genMs)} s (both targets), TypeScript type checks ${s(checkMs)} s, C# restore + build ${s(buildMs)} s.`,
    `C# builds: ${csharpSkip ? `skipped (${csharpSkip})` : `every spec of corpus; ${sample.join('; ')}`}. Time limit per generation: ${s(GENERATE_TIMEOUT_MS)} s.`,
    '"TS compile ok": type-checks under strict. "C# build ok": `dotnet build`, zero errors. Verdicts: "as expected" (an invalid spec with its diagnostics), "known failure" (known-failures.json), "REGRESSION" (fails the run).',
  ];
  const table = [...header, '', ...lines, ''].join('\n');
  console.log(table);
  const machine = `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs`;
  if (FULL && !ONLY) writeFileSync(path.join(HERE, 'last-run.md'), `# Last full corpus run\n\n${machine}\n\n${table}`);
}

function readBaseline(): { spec: string; exit: number; tscErrors?: number }[] | undefined {
  const file = process.env.CORPUS_BASELINE;
  if (!file || !existsSync(file)) return undefined;
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { spec: string; exit: number; tscErrors?: number });
}

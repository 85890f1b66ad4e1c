/**
 * Runtime proof beyond compile: for every spec of the three shared corpora that Prism can mock,
 * every operation is called once through the generated TypeScript SDK (default validation) and
 * the outcome counted (support/prism-calls.ts says what each outcome means). A call that fails
 * inside the SDK (`sdk-failed`) fails the test unless it is listed in prism-known.json with the
 * reason.
 *
 * `npm test` runs the fast subset of each corpus; `npm run corpus` (CORPUS=full) every entry
 * document, and writes test/corpus/prism-run.md. CORPUS_ONLY=<regex> narrows either run.
 * Skipped, with the reason printed, without ../shared or without Prism
 * (`npm --prefix test/e2e/prism ci`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prismInstalled } from '../e2e/support/prism.js';
import { CORPORA, corpusEntries, SHARED, type CorpusName, type Entry } from './support/entries.js';
import { invalidExpectation, isFast, readExpectations } from './support/expectations.js';
import { callEveryOperation, countsOf, type CallResult, type SpecCalls } from './support/prism-calls.js';

const HERE = path.resolve('test/corpus');
const FULL = process.env.CORPUS === 'full';
const ONLY = process.env.CORPUS_ONLY ? new RegExp(process.env.CORPUS_ONLY) : undefined;
const { expectations, known } = readExpectations(HERE);
const knownCalls = JSON.parse(readFileSync(path.join(HERE, 'prism-known.json'), 'utf8')) as { calls: { spec: string; match: string; reason: string }[] };

const skip = !existsSync(path.join(SHARED, 'corpus')) ? `${path.join(SHARED, 'corpus')} not found` : !prismInstalled() ? 'Prism is not installed (npm --prefix test/e2e/prism ci)' : undefined;
if (skip) console.log(`corpus Prism calls skipped: ${skip}`);

const generatesOk = (e: Entry) => !invalidExpectation(expectations, e) && !known.some((k) => k.spec === e.id && k.target === 'typescript');
const selected = new Map<CorpusName, Entry[]>(
  CORPORA.map((c) => [c, skip ? [] : corpusEntries(c, expectations.specs).filter((e) => generatesOk(e) && (FULL || isFast(expectations, e)) && (!ONLY || ONLY.test(e.id)))]),
);
const results = new Map<string, { entry: Entry; result: SpecCalls; ms: number }>();

(skip ? describe.skip : describe)(`every operation against Prism (${FULL ? 'every entry document' : 'fast subset'})`, () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sdkwright-prism-corpus-'));
  });
  afterAll(async () => {
    rmSync(root, { recursive: true, force: true });
    if (FULL && !ONLY) writeFileSync(path.join(HERE, 'prism-run.md'), table());
  });

  for (const corpus of CORPORA) {
    const entries = selected.get(corpus)!;
    if (entries.length === 0) continue;
    test.each(entries.map((e) => [e.id, e] as const))(
      '%s',
      async (_id, entry) => {
        const started = performance.now();
        const result = await callEveryOperation(entry.file, root);
        results.set(entry.id, { entry, result, ms: performance.now() - started });
        const unexpected = result.calls.filter((c) => c.outcome === 'sdk-failed' && !knownFault(entry.id, c));
        const c = countsOf(result.calls);
        if (result.uncalled) console.log(`${entry.id}: time limit reached, ${result.uncalled} operations not called`);
        console.log(
          result.skipped
            ? `${entry.id}: not called: ${result.skipped}`
            : `${entry.id}: ${result.calls.length} operations: ${Object.entries(c)
                .filter(([, n]) => n > 0)
                .map(([k, n]) => `${k} ${n}`)
                .join(', ')}`,
        );
        if (process.env.PRISM_DETAIL) for (const x of result.calls.filter((x) => x.outcome !== 'passed')) console.log(`  ${x.operation} ${x.outcome}: ${x.detail}`);
        expect(unexpected.map((c) => `${c.operation}: ${c.detail}`)).toEqual([]);
      },
      600_000,
    );
  }
});

/** A failure listed in prism-known.json: Prism's wrong answer, checked by hand. */
function knownFault(spec: string, c: CallResult): boolean {
  return knownCalls.calls.some((k) => k.spec === spec && new RegExp(k.match).test(`${c.operation}: ${c.detail}`));
}

function table(): string {
  const rows = CORPORA.map((corpus) => {
    const runs = [...results.values()].filter((r) => r.entry.corpus === corpus);
    const called = runs.filter((r) => !r.result.skipped);
    const calls: CallResult[] = called.flatMap((r) => r.result.calls);
    const c = countsOf(calls);
    const uncalled = called.reduce((n, r) => n + (r.result.uncalled ?? 0), 0);
    return `| ${corpus} | ${runs.length} | ${called.length} | ${calls.length}${uncalled > 0 ? ` (${uncalled} more not called: time limit)` : ''} | ${c.passed} | ${c['input-rejected']} | ${c['prism-own']} | ${c['prism-refused']} | ${c['sdk-failed']} |`;
  });
  const notCalled = [...results.values()].filter((r) => r.result.skipped).map((r) => `| ${r.entry.id} | ${r.result.skipped!.replace(/\|/g, '\\|')} |`);
  const failed = [...results.values()].flatMap((r) =>
    r.result.calls
      .filter((c) => c.outcome === 'sdk-failed')
      .map((c) => `| ${r.entry.id} | ${c.operation} | ${(c.detail ?? '').replace(/\|/g, '\\|')} | ${knownFault(r.entry.id, c) ? "Prism's (prism-known.json)" : '**SDK bug**'} |`),
  );
  const totalMs = [...results.values()].reduce((s, r) => s + r.ms, 0);
  return [
    '# Last full Prism run of the corpora',
    '',
    `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, Prism ${prismVersion()}, ${(totalMs / 1000).toFixed(1)} s.`,
    '',
    "Every spec that generates is given to `prism mock --errors --dynamic --seed 1`; every operation of the TypeScript SDK is called once, default validation, with inputs made from the spec's examples and types (test/e2e/support/examples.ts). Outcomes (test/corpus/support/prism-calls.ts): **passed** = the SDK returned the result, or threw the declared error class of the status Prism chose; **input rejected** = Prism answered with request violations (a pattern or format of the spec the example builder does not satisfy); **Prism own** = Prism answered 500 because its own generated answer breaks the spec; **Prism refused** = another answer of Prism's choosing that the spec does not declare (404 no route, 401 for a scheme it cannot check, 406); **SDK failed** = the SDK itself failed (response validation of an answer, a mapper error, no answer).",
    '',
    '| corpus | specs | mocked by Prism | operations called | passed | input rejected | Prism own | Prism refused | SDK failed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Specs Prism could not mock (${notCalled.length}):`,
    '',
    '| spec | reason |',
    '| --- | --- |',
    ...notCalled,
    '',
    `Calls the SDK failed (${failed.length}):`,
    '',
    '| spec | operation | error | whose |',
    '| --- | --- | --- | --- |',
    ...failed,
    '',
  ].join('\n');
}

function prismVersion(): string {
  try {
    return (JSON.parse(readFileSync('test/e2e/prism/node_modules/@stoplight/prism-cli/package.json', 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

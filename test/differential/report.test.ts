/**
 * `npm run differential`: the differential check over the shared corpora (specs.ts), written to
 * test/differential/REPORT.md. Runs only with DIFFERENTIAL_REPORT=1 (a few minutes); skipped,
 * with the reason printed, otherwise or when ../shared is absent. Fails when a finding falls
 * in no judged class (classes.ts): judge it, then regenerate. DIFFERENTIAL_RESULTS=<file> also
 * writes every result as JSON.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkSpec, type SpecResult } from './checker.js';
import { UNCLASSIFIED } from './classes.js';
import { renderReport } from './report.js';
import { inExtraSample, reportSpecs, sharedSkipReason } from './specs.js';

const HERE = path.resolve('test/differential');
const skip = process.env.DIFFERENTIAL_REPORT !== '1' ? 'runs with `npm run differential`' : sharedSkipReason();
if (skip) console.log(`differential report skipped: ${skip}`);

(skip ? test.skip : test)(
  'the differential report over the shared corpora',
  async () => {
    const started = performance.now();
    const specs = reportSpecs();
    const results: SpecResult[] = [];
    for (const spec of specs) results.push(await checkSpec(spec.file, spec.id));
    const minutes = (performance.now() - started) / 60_000;
    writeFileSync(path.join(HERE, 'REPORT.md'), renderReport({ specs, results, sample: inExtraSample(specs) }));
    if (process.env.DIFFERENTIAL_RESULTS) writeFileSync(process.env.DIFFERENTIAL_RESULTS, `${JSON.stringify(results, null, 1)}\n`);
    const seconds = (key: 'generate' | 'check') => Math.round(results.reduce((n, r) => n + r.ms[key], 0) / 1000);
    console.log(
      `wrote test/differential/REPORT.md: ${specs.length} specs, ${results.reduce((n, r) => n + r.disagreements.length, 0)} models disagreeing, in ${minutes.toFixed(1)} min (generate ${seconds('generate')} s, check ${seconds('check')} s)`,
    );
    const unclassified = results.flatMap((r) => r.disagreements.filter((d) => d.findings.some((f) => f.class === UNCLASSIFIED)).map((d) => `${r.spec} ${d.key}`));
    expect(unclassified).toEqual([]);
  },
  3_600_000,
);

#!/usr/bin/env node
// npm run bench [-- --quick] — benchmarks sdkwright against the peer generators and writes
// bench/RESULTS.md (bench/RESULTS-quick.md with --quick). See bench/README.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchmarkSpec } from './lib/bench-spec.mjs';
import { PROBE_LABEL, measureDiskBaseline, removeProbes } from './lib/settle.mjs';
import { describeMachine } from './lib/machine.mjs';
import { benchDir, benchModules, defaultWorkDir, repoDir } from './lib/paths.mjs';
import { renderReport } from './lib/report.mjs';
import { quickSpecIds, specs } from './lib/specs.mjs';
import { floorTool, peers, sdkwrightTools, typescriptVersion } from './lib/tools.mjs';
import { parseExtendedDiagnostics, runTsc, tsconfigFor } from './lib/tsc.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'tsc-runs': { type: 'string' },
    specs: { type: 'string' },
    tools: { type: 'string' },
    // The second run over unchanged output costs a whole sdkwright run per round; by default it is
    // measured on Clerk only (the bundled example) to keep a full run near 25 minutes.
    'rerun-specs': { type: 'string', default: 'clerk' },
    sdkwright: { type: 'string' },
    'sdkwright-rev': { type: 'string' },
    work: { type: 'string' },
    out: { type: 'string' },
    timeout: { type: 'string', default: '300' },
    render: { type: 'string' },
    // A paragraph for the report's header: what was unusual about this run.
    note: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  process.stdout.write(readFileSync(join(benchDir, 'README.md'), 'utf8'));
  process.exit(0);
}

const log = (line) => process.stderr.write(`${line}\n`);
const outPath = resolve(args.out ?? join(benchDir, args.quick ? 'RESULTS-quick.md' : 'RESULTS.md'));
const jsonPath = outPath.replace(/\.md$/, '.json');

// --render: rewrite the report from a saved results file, without measuring anything.
if (args.render) {
  const results = JSON.parse(readFileSync(resolve(args.render), 'utf8'));
  if (args.note !== undefined) results.note = args.note;
  writeFileSync(resolve(args.render), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(outPath, renderReport(results));
  log(`wrote ${outPath}`);
  process.exit(0);
}

const sdkwrightDir = resolve(args.sdkwright ?? repoDir);
for (const [path, hint] of [
  [join(sdkwrightDir, 'dist', 'cli', 'main.js'), 'build sdkwright first (npm install, or npm run build)'],
  [join(benchModules, 'typescript'), 'install the peers first (npm --prefix bench ci)'],
]) {
  if (!existsSync(path)) {
    log(`bench: missing ${path}: ${hint}`);
    process.exit(2);
  }
}

const options = {
  quick: args.quick,
  runs: Number(args.runs ?? (args.quick ? 3 : 5)),
  tscRuns: Number(args['tsc-runs'] ?? (args.quick ? 1 : 3)),
  rerunSpecs: args['rerun-specs'],
  timeoutMs: Number(args.timeout) * 1000,
  workDir: resolve(args.work ?? defaultWorkDir),
};
options.probeDir = join(options.workDir, '.disk-probes');
removeProbes(options.probeDir);
const wantedSpecs = args.specs?.split(',') ?? (args.quick ? quickSpecIds : specs.map((s) => s.id));
const chosenSpecs = specs.filter((s) => wantedSpecs.includes(s.id));
const wantedPeers = args.tools?.split(',');
const [sdkwright, sdkwrightRerun, sdkwrightEdit] = sdkwrightTools(sdkwrightDir);
const tools = [sdkwright, ...peers.filter((p) => !wantedPeers || wantedPeers.includes(p.id))];
const rerunOn = (specId) => options.rerunSpecs === 'all' || options.rerunSpecs.split(',').includes(specId);

const results = {
  machine: describeMachine(sdkwrightDir, args['sdkwright-rev']),
  options,
  versions: Object.fromEntries([['typescript', typescriptVersion()], ...[sdkwright, ...peers, floorTool].map((t) => [t.id === 'floor' ? 'floor' : t.id, t.version()])]),
  specs: [],
  ...(args.note !== undefined ? { note: args.note } : {}),
};

const started = Date.now();
results.diskBaselineMs = measureDiskBaseline(options.probeDir);
log(`disk baseline: ${PROBE_LABEL} in ${results.diskBaselineMs.toFixed(0)} ms`);
for (const spec of chosenSpecs) {
  const specTools = rerunOn(spec.id) ? [...tools, sdkwrightRerun, sdkwrightEdit] : tools;
  results.specs.push(await benchmarkSpec(spec, specTools, floorTool, options, log));
  if (spec.id === 'clerk' && options.tscRuns > 0) results.codeCost = await clerkCodeCost(spec, results.specs.at(-1));
  // Written after every spec, so an interrupted run still leaves what it measured.
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(outPath, renderReport(results));
}
removeProbes(options.probeDir);
log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min; wrote ${outPath}`);

/** One --extendedDiagnostics run each for sdkwright's and openapi-typescript's Clerk output. */
async function clerkCodeCost(spec, specResult) {
  const outputs = [];
  for (const tool of tools.filter((t) => t.id === 'sdkwright' || t.id === 'openapi-typescript')) {
    const dir = specResult.tools[tool.id]?.outDir;
    const config = dir !== undefined && existsSync(dir) ? tsconfigFor(tool, dir) : undefined;
    if (config === undefined) continue;
    const r = await runTsc(config, { scratchDir: join(options.workDir, spec.id, '.scratch'), timeoutMs: options.timeoutMs, extraArgs: ['--extendedDiagnostics'] });
    outputs.push({ id: tool.id, diagnostics: parseExtendedDiagnostics(r.stdout) });
  }
  return { outputs };
}

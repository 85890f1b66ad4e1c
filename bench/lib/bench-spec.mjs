// One spec: a warm-up round, then interleaved measured rounds (A B C … A B C …), each run a whole
// process into a fresh folder; then interleaved `tsc --noEmit` rounds over the outputs.
//
// Every run writes into a folder of its own, and no output is deleted until the spec is done: this
// machine's file system discards freed blocks online, and after deleting a tree of thousands of
// files, creating files is several times slower for seconds. Deleting the last run's output just
// before a run charged that cost to whichever tool wrote many files next (the floor and sdkwright),
// and not to the tools that write one file. Outputs stay until the next bench, which deletes them
// before the spec starts and waits until file creation is back to its starting speed
// (lib/settle.mjs).
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { consumerTargets } from './consumer.mjs';
import { measure } from './measure.mjs';
import { deleteAndSettle } from './settle.mjs';
import { parseStages } from './stages.mjs';
import { seconds } from './stats.mjs';
import { treeStats } from './tree-stats.mjs';
import { runTsc, tsconfigFor, tscFloorConfig } from './tsc.mjs';

// No colours or telemetry in the tools' output; colour codes would only bloat the captured logs.
const toolEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DO_NOT_TRACK: '1', SCARF_ANALYTICS: 'false' };

export const folderName = (id) => id.replace(/[^a-z0-9-]+/gi, '_');

/** The last lines a tool printed, as the reason for a failure. */
function failureReason(r, shape) {
  if (r.timedOut) return 'timed out';
  const text = `${r.stderr}\n${r.stdout}`.replace(/\x1b\[[0-9;]*m/g, '');
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^at /.test(l));
  const errorLine = lines.find((l) => /error|invalid|unsupported|not supported|cannot|failed/i.test(l));
  const why = (errorLine ?? lines.at(-1) ?? '').slice(0, 160);
  if (r.exitCode === 0 && shape.files === 0) return `exit 0 but wrote no files${why ? `: ${why}` : ''}`;
  return `exit ${r.exitCode ?? r.signal}: ${why}`;
}

export async function benchmarkSpec(spec, tools, floorTool, opts, log) {
  const specDir = join(opts.workDir, spec.id);
  const scratchDir = join(specDir, '.scratch');
  // The previous bench's outputs for this spec: deleted, then waited out (lib/settle.mjs).
  const settledSeconds = await deleteAndSettle(specDir, opts.probeDir);
  log(`[${spec.id}] previous outputs deleted; disk settled after ${settledSeconds.toFixed(0)} s`);
  mkdirSync(scratchDir, { recursive: true });
  const result = { spec: { id: spec.id, path: spec.path, note: spec.note }, loadavgStart: loadavg(), settledSeconds, tools: {} };
  const all = [...tools.slice(0, 1), floorTool, ...tools.slice(1)];
  const entries = all.map((tool) => ({ tool, toolDir: join(specDir, folderName(tool.id)), record: (result.tools[tool.id] = { runs: [], failedRuns: 0 }) }));

  const runOnce = async (entry, phase) => {
    const { tool, toolDir } = entry;
    // A rerun measures regenerating into its own previous output, so it keeps one folder.
    const outDir = tool.keepOutput ? toolDir : join(toolDir, phase.replace(/\W+/g, '-'));
    const shapeArg = result.tools.sdkwright.shape;
    const r = await measure(tool.argv(spec.path, outDir, shapeArg), { cwd: scratchDir, env: toolEnv, timeoutMs: opts.timeoutMs, scratchDir });
    const shape = treeStats(outDir);
    const ok = r.exitCode === 0 && !r.timedOut && shape.files > 0;
    if (ok) entry.outDir = entry.record.outDir = outDir;
    log(`[${spec.id}] ${phase.padEnd(8)} ${tool.id.padEnd(28)} ${ok ? seconds(r.wallMs).padStart(8) : 'FAILED'}`);
    return { r, shape, ok };
  };

  // Warm-up: fills the page cache, and tells which tools can handle this spec at all.
  for (const entry of entries) {
    const { tool, record } = entry;
    if (tool === floorTool && result.tools.sdkwright.status !== 'ok') {
      Object.assign(record, { status: 'failed', failure: 'no sdkwright output to take the shape from' });
      continue;
    }
    const { r, shape, ok } = await runOnce(entry, 'warm-up');
    record.status = ok ? 'ok' : 'failed';
    record.shape = shape;
    if (!ok) record.failure = failureReason(r, shape);
  }

  const live = entries.filter((e) => e.record.status === 'ok');
  for (let round = 1; round <= opts.runs; round++) {
    for (const entry of live) {
      const { r, shape, ok } = await runOnce(entry, `run ${round}`);
      if (!ok) {
        entry.record.failedRuns += 1;
        continue;
      }
      entry.record.shape = shape;
      entry.record.runs.push({ wallMs: r.wallMs, cpuMs: r.cpuMs, rssKb: r.rssKb, ...(entry.tool.stages ? { stages: parseStages(r.stderr) } : {}) });
    }
  }

  if (opts.tscRuns > 0) await typecheckOutputs(spec, live, result, scratchDir, opts, log);
  result.loadavgEnd = loadavg();
  return result;
}

async function typecheckOutputs(spec, live, result, scratchDir, opts, log) {
  const specDir = join(opts.workDir, spec.id);
  const floorConfig = tscFloorConfig(specDir);
  const targets = [{ id: 'tsc-floor', config: floorConfig, record: (result.tscFloor = { runs: [] }) }];
  for (const { tool, outDir, record } of live) {
    if (tool.tsc === 'none') continue;
    const config = tsconfigFor(tool, outDir);
    record.tsc = { runs: [], config: config ?? 'none generated' };
    if (config !== undefined) targets.push({ id: tool.id, config, record: record.tsc });
  }
  // Projects that use the outputs, checked in the same rounds (see consumer.mjs).
  targets.push(...(await consumerTargets(spec, specDir, live, result, { scratchDir, timeoutMs: opts.timeoutMs }, log)));
  // One unmeasured run brings tsc and the lib files into the page cache.
  await runTsc(floorConfig, { scratchDir, timeoutMs: opts.timeoutMs });
  for (let round = 1; round <= opts.tscRuns; round++) {
    for (const { id, config, record } of targets) {
      const r = await runTsc(config, { scratchDir, timeoutMs: opts.timeoutMs });
      log(`[${spec.id}] tsc ${round}    ${id.padEnd(28)} ${seconds(r.wallMs).padStart(8)}${r.errors ? ` (${r.errors} errors)` : ''}`);
      record.runs.push({ wallMs: r.wallMs, cpuMs: r.cpuMs, rssKb: r.rssKb });
      if (round === 1) {
        record.errors = r.errors;
        record.exitCode = r.exitCode;
        record.firstError = r.firstError;
      }
    }
  }
}

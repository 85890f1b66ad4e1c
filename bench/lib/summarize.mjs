// Reduces the raw runs of one tool to the figures the report prints.
import { max, median, min } from './stats.mjs';
import { stageNames } from './stages.mjs';

export function summarizeTool(record) {
  if (record === undefined) return undefined;
  const runs = record.runs ?? [];
  const pick = (key) => runs.map((r) => r[key]);
  const s = {
    status: record.status,
    failure: record.failure,
    failedRuns: record.failedRuns ?? 0,
    n: runs.length,
    wall: median(pick('wallMs')),
    wallMin: min(pick('wallMs')),
    wallMax: max(pick('wallMs')),
    cpu: median(pick('cpuMs')),
    rss: median(pick('rssKb')),
    files: record.shape?.files,
    bytes: record.shape?.bytes,
    tsc: record.tsc ? median(record.tsc.runs.map((r) => r.wallMs)) : NaN,
    tscN: record.tsc?.runs.length ?? 0,
    tscErrors: record.tsc?.errors,
    tscFirstError: record.tsc?.firstError,
    // A project that uses the output (lib/consumer.mjs); only sdkwright and openapi-typescript.
    consumerTsc: median(record.consumerTsc?.runs.map((r) => r.wallMs) ?? []),
    consumerTscCpu: median(record.consumerTsc?.runs.map((r) => r.cpuMs) ?? []),
    consumerTscRss: median(record.consumerTsc?.runs.map((r) => r.rssKb) ?? []),
    consumerTscErrors: record.consumerTsc?.errors,
    consumerTscFirstError: record.consumerTsc?.firstError,
    consumerTscConfig: record.consumerTsc?.config,
    build: record.build,
  };
  if (runs.some((r) => r.stages)) {
    s.stages = Object.fromEntries(stageNames.map((name) => [name, median(runs.map((r) => r.stages?.[name]))]));
    // Node startup, module loading before the pipeline starts timing, and exit.
    s.stages.outside = median(runs.map((r) => r.wallMs - stageNames.reduce((sum, n) => sum + (r.stages?.[n] ?? 0), 0)));
  }
  return s;
}

export function summarizeSpec(specResult) {
  const tools = Object.fromEntries(Object.entries(specResult.tools).map(([id, rec]) => [id, summarizeTool(rec)]));
  const tscFloor = specResult.tscFloor ? median(specResult.tscFloor.runs.map((r) => r.wallMs)) : NaN;
  const floorRuns = specResult.consumerTscFloor?.runs ?? [];
  const consumerTscFloor = { wall: median(floorRuns.map((r) => r.wallMs)), cpu: median(floorRuns.map((r) => r.cpuMs)), rss: median(floorRuns.map((r) => r.rssKb)) };
  return { ...specResult, tools, tscFloor, consumerTscFloor };
}

export const isPeer = (id) => !id.startsWith('sdkwright') && id !== 'floor';

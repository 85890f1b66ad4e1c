// sdkwright --verbose prints one stderr line per pipeline stage, e.g. "emit   1306.3 ms".
// `cache` (is the output up to date?) runs first, `record` (remember the run) last.
const stageLine = /^(cache|target|load|resolve|validate|ir|names|emit|write|check|record)\s+([\d.]+)\s*ms\s*$/;

export const stageNames = ['cache', 'target', 'load', 'resolve', 'validate', 'ir', 'names', 'emit', 'write', 'record'];

export function parseStages(stderr) {
  const stages = {};
  for (const line of stderr.split('\n')) {
    const m = line.trim().match(stageLine);
    if (m) stages[m[1]] = Number(m[2]);
  }
  return stages;
}

// sdkwright --verbose prints one stderr line per pipeline stage, e.g. "emit   1306.3 ms".
const stageLine = /^(target|load|validate|ir|emit|write|check)\s+([\d.]+)\s*ms\s*$/;

export const stageNames = ['target', 'load', 'validate', 'ir', 'emit', 'write'];

export function parseStages(stderr) {
  const stages = {};
  for (const line of stderr.split('\n')) {
    const m = line.trim().match(stageLine);
    if (m) stages[m[1]] = Number(m[2]);
  }
  return stages;
}

// Reads a V8 .cpuprofile (node --cpu-prof) and attributes its samples to functions, to modules
// (npm package, or generator/<folder> for sdkwright's own code) and to pipeline stages.

/** The module a frame belongs to, from its script URL. */
export function moduleOf(callFrame) {
  const { url, functionName } = callFrame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(program)') return '(program: V8/native)';
    if (functionName === '(idle)') return '(idle)';
    return functionName || '(native)';
  }
  if (url.startsWith('node:')) return 'node internals';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const dist = url.match(/\/dist\/(.+)$/);
  if (dist) {
    const parts = dist[1].split('/');
    // generator/targets/typescript and generator/load, not one bucket per file.
    return `generator/${parts[0] === 'targets' ? parts.slice(0, 2).join('/') : parts.length > 1 ? parts[0] : parts[0].replace(/\.js$/, '')}`;
  }
  return url.replace(/^file:\/\//, '');
}

/**
 * Stage windows from the marks of stage-marks.mjs: the pipeline reads the clock twice per stage,
 * in the order of `names`.
 */
export function stageWindows(marksUs, names) {
  const windows = [];
  for (let i = 0; i + 1 < marksUs.length && i / 2 < names.length; i += 2) {
    windows.push({ stage: names[i / 2], start: marksUs[i], end: marksUs[i + 1] });
  }
  return windows;
}

function stageAt(windows, t) {
  if (windows.length === 0) return 'unknown';
  if (t < windows[0].start) return 'before the pipeline (Node startup, CLI)';
  for (const w of windows) if (t < w.end) return t >= w.start ? w.stage : 'between stages';
  return 'after the pipeline (report, exit)';
}

const shortUrl = (url) => (url.includes('/node_modules/') ? url.replace(/^.*\/node_modules\//, '') : url.replace(/^file:\/\//, '').replace(/^.*\/dist\//, 'dist/'));
const isSdkwright = (url) => url.includes('/dist/') && !url.includes('/node_modules/');

/** The concern a sample belongs to, for the question "where does the time go". */
export function concernOf(mod, stage) {
  if (mod === 'GC') return `GC (during ${stage})`;
  if (!['load', 'validate', 'ir', 'emit', 'write'].includes(stage)) return `${stage}: module loading, startup`;
  if (mod === 'yaml') return 'YAML parsing (yaml)';
  if (['ts-morph', '@ts-morph/common', 'code-block-writer'].includes(mod)) return 'ts-morph printing (print structures, re-parse text)';
  if (['openapi-typescript', '@redocly/openapi-core', 'typescript', 'js-levenshtein', 'colorette'].includes(mod)) return 'wire types (openapi-typescript: redocly lint+bundle, transform, print)';
  if (mod.startsWith('generator/')) return `sdkwright ${mod.slice('generator/'.length)}`;
  return `other in ${stage} (${mod.startsWith('node') || !mod.includes('/') ? 'node/native' : mod})`;
}

/**
 * @returns {{ totalMs, byModule: Map, byStage: Map, byStageModule: Map, selfByFunction: Map, totalByFunction: Map }}
 */
export function analyze(profile, windows) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const byModule = new Map();
  const byStage = new Map();
  const byStageModule = new Map();
  const byConcern = new Map();
  const selfByFunction = new Map();
  const totalByFunction = new Map();
  let totalMs = 0;
  const fnKey = (cf) => `${cf.functionName || '(anonymous)'}\t${shortUrl(cf.url)}:${cf.lineNumber + 1}`;

  const { samples, timeDeltas } = profile;
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i];
    // A sample stands for the time until the next one.
    const ms = (timeDeltas[i + 1] ?? timeDeltas[i]) / 1000;
    const node = nodes.get(samples[i]);
    const cf = node.callFrame;
    if (cf.functionName === '(idle)') continue;
    totalMs += ms;
    const mod = moduleOf(cf);
    const stage = stageAt(windows, t);
    add(byModule, mod, ms);
    add(byStage, stage, ms);
    add(byStageModule, `${stage}\t${mod}`, ms);
    add(byConcern, concernOf(mod, stage), ms);
    add(selfByFunction, `${fnKey(cf)}\t${mod}\t${stage}`, ms);
    // Inclusive time of sdkwright's own functions, each counted once per stack (recursion).
    const seen = new Set();
    for (let cur = node.id; cur !== undefined; cur = parent.get(cur)) {
      const f = nodes.get(cur).callFrame;
      if (!isSdkwright(f.url)) continue;
      const key = fnKey(f);
      if (!seen.has(key)) {
        seen.add(key);
        add(totalByFunction, key, ms);
      }
    }
  }
  return { totalMs, byModule, byStage, byStageModule, byConcern, selfByFunction, totalByFunction };
}

export const sorted = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]);

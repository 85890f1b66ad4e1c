// Renders the results of a run as bench/RESULTS.md.
import { table } from './markdown.mjs';
import { bytes, megabytes, ratio, seconds } from './stats.mjs';
import { isPeer, summarizeSpec } from './summarize.mjs';

const fixed = (ms) => (Number.isFinite(ms) ? ms.toFixed(0) : '–');

export function renderReport(results) {
  const specs = results.specs.map(summarizeSpec);
  return [
    header(results),
    '## Summary\n',
    summaryTable(specs, results.options),
    '',
    ratioMatrix(specs, 'wall', 'Wall time, sdkwright ÷ each (median of the runs; below 1.00× sdkwright is faster)'),
    '',
    ratioMatrix(specs, 'cpu', 'CPU time (user+sys), sdkwright ÷ each: less disturbed by other load on the machine than wall time'),
    '',
    goals(specs),
    ...specs.map((s) => specSection(s, results.options)),
    codeCost(results.codeCost),
    noise(specs),
  ].join('\n');
}

function header(results) {
  const { machine: m, options: o, versions, note } = results;
  return `# sdkwright benchmarks${o.quick ? ' (quick mode)' : ''}
${note ? `\n> ${note}\n` : ''}
Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.cores} cores, ${m.ramGb} GB RAM, ${m.os}, Node ${m.node}.
sdkwright ${m.sdkwrightRev}. Peak RSS by ${m.peakRss}. Load average at the start: ${m.loadavg.map((x) => x.toFixed(2)).join(' ')}.

Method: every generation is one whole process (\`node <cli> …\`) into a fresh folder. Per spec, one
warm-up round, then ${o.runs} interleaved rounds (each tool once per round, in a fixed order); figures are
medians. \`tsc --noEmit\` runs ${o.tscRuns}× per output, interleaved, with TypeScript ${versions.typescript}
for every output (sdkwright's own tsconfig.json; for the peers a minimal strict one: \`strict\`,
\`skipLibCheck\`, \`noEmit\`, \`moduleResolution: Bundler\`, lib ES2022 plus DOM for the fetch clients).
*Consumer tsc* is \`tsc --noEmit\` of a project that uses the output, in the same rounds: sdkwright's
output is built once as it would be published (\`tsc -p tsconfig.build.json\`, "build") and imported
from node_modules, so the project's tsc reads its .d.ts declarations, which with \`skipLibCheck\` are
parsed and bound, not checked; openapi-typescript's output is a .ts source file that the user's project
includes and checks; both consumers load ES2022 + DOM (they call the API with fetch). That is what users of the package pay on every check; goal 3 is judged on the other figure.
Each run writes into a folder of its own and no output is deleted while a spec is measured: on this
machine's file system (online discard) deleting a large tree slows file creation for seconds after,
which used to be charged to whichever tool wrote many files next. Before a spec, the previous bench's
outputs for it are deleted and the bench waits until creating files is back to its starting speed
(${diskSettling(results)}).
The floor parses the spec (js-yaml, the fastest YAML parser sdkwright uses; JSON.parse for JSON) and writes as many files and
bytes as sdkwright wrote. Ratios are *sdkwright ÷ other*: below 1.00× sdkwright is faster/smaller.
Regenerate with \`npm run bench${o.quick ? ' -- --quick' : ''}\`.

Versions: ${Object.entries(versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}.
`;
}

function peersOf(s) {
  return Object.entries(s.tools).filter(([id, t]) => isPeer(id) && t.status === 'ok');
}

function summaryTable(specs, options) {
  const rows = specs.map((s) => {
    const sw = s.tools.sdkwright;
    const peers = peersOf(s).sort((a, b) => a[1].wall - b[1].wall);
    const fastest = peers[0];
    const slowest = peers.at(-1);
    const oat = s.tools['openapi-typescript'];
    return [
      s.spec.id,
      sw.status === 'ok' ? seconds(sw.wall) : 'failed',
      seconds(s.tools.floor?.wall),
      ratio(sw.wall, s.tools.floor?.wall),
      fastest ? `${fastest[0]} ${seconds(fastest[1].wall)}` : '–',
      fastest ? ratio(sw.wall, fastest[1].wall) : '–',
      slowest ? `${ratio(sw.wall, slowest[1].wall)} (${slowest[0]})` : '–',
      megabytes(sw.rss),
      `${sw.files} / ${bytes(sw.bytes)}`,
      seconds(sw.tsc),
      oat?.status === 'ok' ? seconds(oat.tsc) : 'failed',
      ratio(sw.tsc, oat?.tsc),
      seconds(sw.consumerTsc),
      seconds(oat?.consumerTsc),
      ratio(sw.consumerTsc, oat?.consumerTsc),
      seconds(s.tools['sdkwright-rerun']?.wall),
      s.tools['sdkwright-edit']?.wall ? `${seconds(s.tools['sdkwright-edit'].wall)} (${ratio(s.tools['sdkwright-edit'].wall, sw.wall)})` : '–',
    ];
  });
  return table(
    [
      'spec',
      'sdkwright',
      'floor',
      '÷ floor',
      'fastest peer',
      '÷ fastest',
      '÷ slowest peer',
      'sdkwright RSS',
      'files / bytes',
      'tsc sdkwright',
      'tsc openapi-typescript',
      '÷',
      'consumer tsc sdkwright',
      'consumer tsc openapi-typescript',
      '÷',
      '2nd run',
      'after an edit (÷ first run)',
    ],
    rows,
    [, 'r', 'r', 'r', , 'r', , 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

function ratioMatrix(specs, key, title) {
  const ids = [...new Set(specs.flatMap((s) => Object.keys(s.tools)))].filter(isPeer);
  const rows = specs.map((s) => {
    const sw = s.tools.sdkwright;
    const cell = (t) => (t?.status === 'ok' ? ratio(sw[key], t[key]) : 'failed');
    return [s.spec.id, key === 'wall' ? seconds(sw.wall) : seconds(sw.cpu), cell(s.tools.floor), ...ids.map((id) => cell(s.tools[id]))];
  });
  return `**${title}**\n\n${table(['spec', 'sdkwright', 'floor', ...ids], rows, [, 'r', 'r', ...ids.map(() => 'r')])}`;
}

function goals(specs) {
  const lines = ['## Goals (from the issue)', ''];
  const g1 = specs.map((s) => {
    const sw = s.tools.sdkwright;
    const slower = peersOf(s)
      .filter(([, t]) => sw.wall >= t.wall)
      .map(([id]) => id);
    const f = sw.wall / s.tools.floor?.wall;
    const fc = sw.cpu / s.tools.floor?.cpu;
    const slowerCpu = peersOf(s).filter(([, t]) => sw.cpu >= t.cpu).length;
    return `${s.spec.id}: ${slower.length === 0 ? 'faster than every peer' : `slower than ${slower.join(', ')}`} (by CPU time: slower than ${slowerCpu} of ${peersOf(s).length}); ${Number.isFinite(f) ? `${f.toFixed(1)}× the floor (CPU ${fc.toFixed(1)}×)` : 'no floor'}`;
  });
  const met1 = specs.every((s) => peersOf(s).every(([, t]) => s.tools.sdkwright.wall < t.wall) && s.tools.sdkwright.wall <= 3 * s.tools.floor?.wall);
  lines.push(`1. **Faster than each peer on every spec, within 3× the floor** — ${met1 ? 'met' : 'not met'}.`);
  for (const l of g1) lines.push(`   - ${l}`);
  const stripe = specs.find((s) => s.spec.id === 'stripe');
  if (stripe) {
    const rss = stripe.tools.sdkwright.rss;
    lines.push(`2. **Peak RSS under 1 GB on Stripe** — ${rss < 1024 * 1024 ? 'met' : 'not met'}: ${megabytes(rss)}.`);
  } else lines.push('2. **Peak RSS under 1 GB on Stripe** — not measured in this run (no Stripe).');
  const g3 = specs.filter((s) => Number.isFinite(s.tools['openapi-typescript']?.tsc)).map((s) => ({ id: s.spec.id, r: s.tools.sdkwright.tsc / s.tools['openapi-typescript'].tsc }));
  const met3 = g3.every((x) => x.r <= 1.5);
  lines.push(`3. **\`tsc --noEmit\` of sdkwright's output ≤ 1.5× openapi-typescript's** — ${met3 ? 'met' : 'not met'}: ${g3.map((x) => `${x.id} ${x.r.toFixed(2)}×`).join(', ')}.`);
  lines.push(`   - ${consumerGoalLine(specs)}`);
  const edited = specs.filter((s) => Number.isFinite(s.tools['sdkwright-edit']?.wall)).map((s) => ({ id: s.spec.id, r: s.tools['sdkwright-edit'].wall / s.tools.sdkwright.wall }));
  if (edited.length > 0) {
    const met = edited.every((x) => x.r <= 0.5);
    lines.push(
      `4. **Issue 15, goal 2: regenerating into the previous output after a one-line spec edit ≤ 0.5× the first generation** — ${met ? 'met' : 'not met'}: ${edited.map((x) => `${x.id} ${x.r.toFixed(2)}×`).join(', ')}.`,
    );
  } else lines.push('4. **Issue 15, goal 2 (regenerate after an edit)** — not measured in this run (`--rerun-specs`).');
  return `${lines.join('\n')}\n`;
}

// A sub-line of goal 3, labelled so that it is not read as the goal's own figure.
function consumerGoalLine(specs) {
  const measured = specs.filter((s) => Number.isFinite(s.tools.sdkwright?.consumerTsc) && Number.isFinite(s.tools['openapi-typescript']?.consumerTsc));
  const label = "A different measure, not the goal's: *consumer tsc* (a project importing sdkwright's built package, or openapi-typescript's schema.ts), sdkwright ÷ openapi-typescript";
  if (measured.length === 0) return `${label} — not measured in this run.`;
  return `${label}: ${measured
    .map((s) => {
      const sw = s.tools.sdkwright.consumerTsc;
      const oat = s.tools['openapi-typescript'].consumerTsc;
      return `${s.spec.id} ${ratio(sw, oat)} (${seconds(sw)} vs. ${seconds(oat)})`;
    })
    .join(', ')}.`;
}

function specSection(s, options) {
  const order = Object.keys(s.tools).sort((a, b) => rank(a) - rank(b));
  const floor = s.tools.floor;
  const rows = order.map((id) => {
    const t = s.tools[id];
    if (t.status !== 'ok') return [id, t.failure ? `failed: ${t.failure}` : 'failed', '', '', '', '', '', '', '', '', ''];
    return [
      id,
      seconds(t.wall),
      `${seconds(t.wallMin)}–${seconds(t.wallMax)}`,
      seconds(t.cpu),
      ratio(t.wall, floor?.wall),
      megabytes(t.rss),
      t.files,
      bytes(t.bytes),
      Number.isFinite(t.tsc) ? seconds(t.tsc) : '–',
      t.tscErrors === undefined ? '' : t.tscErrors === 0 ? '0' : `${t.tscErrors}: ${t.tscFirstError?.replace(/^.*?error /, '') ?? ''}`,
      t.failedRuns ? `${t.failedRuns} runs failed` : '',
    ];
  });
  const sw = s.tools.sdkwright;
  const ratioRows = order
    .filter((id) => id !== 'sdkwright' && id !== 'sdkwright-rerun' && id !== 'sdkwright-edit' && s.tools[id].status === 'ok')
    .map((id) => {
      const t = s.tools[id];
      const same = id === 'floor';
      return [
        id,
        ratio(sw.wall, t.wall),
        ratio(sw.cpu, t.cpu),
        ratio(sw.rss, t.rss),
        same ? '= (by construction)' : ratio(sw.files, t.files),
        same ? '=' : ratio(sw.bytes, t.bytes),
        same ? `${ratio(sw.tsc, s.tscFloor)} (vs. empty project, ${seconds(s.tscFloor)})` : ratio(sw.tsc, t.tsc),
      ];
    });
  const parts = [
    `## ${s.spec.id}`,
    '',
    `${s.spec.note}. \`${s.spec.path.replace(/^.*?\/(spec|shared)\//, '$1/')}\`. Load average ${s.loadavgStart.map((x) => x.toFixed(2)).join(' ')} at the start, ${s.loadavgEnd?.map((x) => x.toFixed(2)).join(' ')} at the end.`,
    '',
    table(['tool', `wall (median of ${options.runs})`, 'range', 'CPU user+sys', '× floor', 'peak RSS', 'files', 'bytes', `tsc --noEmit (median of ${options.tscRuns})`, 'tsc errors', ''], rows, [
      ,
      'r',
      'r',
      'r',
      'r',
      'r',
      'r',
      'r',
      'r',
    ]),
    '',
    '**sdkwright ÷ each** (below 1.00×: sdkwright is faster / smaller)',
    '',
    sw.status === 'ok' ? table(['vs.', 'wall', 'CPU', 'peak RSS', 'files', 'bytes', 'tsc --noEmit'], ratioRows, [, 'r', 'r', 'r', 'r', 'r', 'r']) : 'sdkwright failed on this spec.',
    '',
    consumerTable(s, options),
    '',
    stagesTable(s),
    '',
  ];
  return parts.join('\n');
}

/** Consumer tsc of one spec: the two consumers, the floors, the ratio and sdkwright's package build. */
function consumerTable(s, options) {
  const sw = s.tools.sdkwright;
  const oat = s.tools['openapi-typescript'];
  const floor = s.consumerTscFloor ?? {};
  if (![sw?.consumerTsc, oat?.consumerTsc, floor.wall].some(Number.isFinite)) return '**Consumer tsc**: not measured in this run.';
  const errors = (t) =>
    t?.consumerTscErrors === undefined
      ? t?.consumerTscConfig?.startsWith('none')
        ? t.consumerTscConfig
        : '–'
      : t.consumerTscErrors === 0
        ? '0'
        : `${t.consumerTscErrors}: ${t.consumerTscFirstError?.replace(/^.*?error /, '') ?? ''}`;
  const row = (name, imports, t) => [name, imports, seconds(t?.consumerTsc), seconds(t?.consumerTscCpu), megabytes(t?.consumerTscRss), errors(t)];
  const rows = [
    row('sdkwright', 'the built package from node_modules (dist/*.d.ts)', sw),
    row('openapi-typescript', 'schema.ts by path, a source file of the project', oat),
    [
      'consumer floor',
      `nothing (\`export {};\`, lib ES2022 + DOM, as both consumers; the tsc floor with ES2022 only: ${seconds(s.tscFloor)})`,
      seconds(floor.wall),
      seconds(floor.cpu),
      megabytes(floor.rss),
      '',
    ],
  ];
  const b = sw?.build;
  const build =
    b === undefined
      ? 'not run'
      : b.failure
        ? `failed: ${b.failure}`
        : `${seconds(b.wallMs)} (CPU ${seconds(b.cpuMs)}, ${megabytes(b.rssKb)}), ${b.errors === 0 ? '0 errors' : `${b.errors} errors: ${b.firstError?.replace(/^.*?error /, '') ?? ''}`}`;
  return `**Consumer tsc** (\`tsc --noEmit\` of a project that imports the output, median of ${options.tscRuns}; not the figure goal 3 is judged on)

${table(['project', 'imports', 'wall', 'CPU user+sys', 'peak RSS', 'tsc errors'], rows, [, , 'r', 'r', 'r'])}

sdkwright ÷ openapi-typescript: ${ratio(sw?.consumerTsc, oat?.consumerTsc)} (CPU ${ratio(sw?.consumerTscCpu, oat?.consumerTscCpu)}); sdkwright ÷ consumer floor: ${ratio(sw?.consumerTsc, floor.wall)}. sdkwright's package build (\`tsc -p tsconfig.build.json\`, one run, not in the figures): ${build}.`;
}

const rank = (id) => (id === 'sdkwright' ? 0 : id === 'sdkwright-rerun' ? 1 : id === 'sdkwright-edit' ? 2 : id === 'floor' ? 3 : 4);

function stagesTable(s) {
  const rows = ['sdkwright', 'sdkwright-rerun', 'sdkwright-edit']
    .filter((id) => s.tools[id]?.stages)
    .map((id) => {
      const t = s.tools[id];
      const cells = ['cache', 'target', 'load', 'resolve', 'validate', 'ir', 'names', 'emit', 'write', 'record', 'outside'].map((k) =>
        Number.isFinite(t.stages[k]) ? `${fixed(t.stages[k])} (${((t.stages[k] / t.wall) * 100).toFixed(0)}%)` : '–',
      );
      return [id, ...cells, fixed(t.wall)];
    });
  if (rows.length === 0) return '';
  return `**sdkwright per stage** (ms, median; share of wall; "cache" = the up-to-date test, "record" = remembering the run for the next one, "outside" = Node startup, CLI, exit; a rerun with unchanged input stops after "cache"; after an edit, "write" rewrites only the files whose bytes changed)\n\n${table(
    ['run', 'cache', 'target', 'load', 'resolve', 'validate', 'ir', 'names', 'emit', 'write', 'record', 'outside', 'wall'],
    rows,
    [, 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  )}`;
}

function codeCost(cost) {
  if (!cost) return '';
  const keys = Object.keys(cost.outputs[0]?.diagnostics ?? {});
  return `## Generated-code cost: Clerk, \`tsc --noEmit --extendedDiagnostics\` (one run each)

${table(
  ['output', ...keys],
  cost.outputs.map((o) => [o.id, ...keys.map((k) => o.diagnostics[k])]),
)}
`;
}

function noise(specs) {
  return `## Noise

The machine is shared with other work; a high load average inflates wall times (CPU times much
less). Load averages (1/5/15 min) per spec: ${specs.map((s) => `${s.spec.id} ${s.loadavgStart[0].toFixed(1)}→${s.loadavgEnd?.[0].toFixed(1)}`).join(', ')}.
`;
}

/** The disk probe's baseline and how long each spec waited for it (lib/settle.mjs). */
function diskSettling(results) {
  if (results.diskBaselineMs === undefined) return 'not probed in this run';
  const waits = results.specs.map((s) => `${s.spec.id} ${s.settledSeconds?.toFixed(0) ?? '–'} s`).join(', ');
  return `${results.diskBaselineMs.toFixed(0)} ms for 200 files of 2 KB; waited ${waits}`;
}

// "Consumer tsc": what a project that *uses* the output pays to type-check itself, as opposed to
// checking the output's own sources (the `tsc` figure, on which goal 3 is judged).
//
// sdkwright's output is an npm package: it is built as it would be published (tsc -p
// tsconfig.build.json → dist/*.d.ts) and a consumer imports it through node_modules, so tsc reads
// its declarations, which with `skipLibCheck` are parsed and bound but not checked.
// openapi-typescript's output is one .ts file that the user's project includes: the consumer
// imports it by path and tsc checks it as a source file of the project.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seconds } from './stats.mjs';
import { runTsc } from './tsc.mjs';

const domLib = ['ES2022', 'DOM', 'DOM.Iterable'];

// The setup of a current Node ESM project. DOM because the package's declarations name fetch's
// types (Request, Response, RequestInit). `types: []` as in tsc.mjs: no stray @types packages.
const nodeNextConfig = (lib) => ({
  compilerOptions: {
    target: 'ES2022',
    lib,
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  },
  include: ['index.ts'],
});

// Bundler resolution lets the consumer name schema.ts by its path without an extension.
const bundlerConfig = (lib) => ({
  compilerOptions: {
    target: 'ES2022',
    lib,
    module: 'ESNext',
    moduleResolution: 'Bundler',
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  },
  include: ['index.ts'],
});

/** A fresh folder with the given files; returns the path of its tsconfig.json. */
function writeProject(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return join(dir, 'tsconfig.json');
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A project importing the package `name`, installed as a symlink to `pkgDir` (what `npm install`
 * of a local folder does). Scoped names (`@scope/name`) get their scope folder.
 * `"type": "module"` because sdkwright's package is ESM only.
 */
function packageConsumer(dir, pkgDir, name) {
  const config = writeProject(dir, {
    'package.json': json({ private: true, type: 'module' }),
    'index.ts': `import * as sdk from ${JSON.stringify(name)};\nexport const used: typeof sdk = sdk;\n`,
    'tsconfig.json': json(nodeNextConfig(domLib)),
  });
  const link = join(dir, 'node_modules', ...name.split('/'));
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(pkgDir, link, 'dir');
  return config;
}

function sourceConsumer(dir, sourceFile) {
  const specifier = sourceFile.replace(/\.ts$/, '');
  return writeProject(dir, {
    'index.ts': `import type * as api from ${JSON.stringify(specifier)};\nexport type Used = api.paths;\n`,
    // The same libs as the package consumer: a project that uses openapi-typescript's types calls
    // the API with fetch too (openapi-fetch or its own), so it loads fetch's types all the same.
    'tsconfig.json': json(bundlerConfig(domLib)),
  });
}

/** An empty module under the consumers' libs: tsc's fixed cost with the DOM lib, for both. */
function consumerFloor(dir) {
  return writeProject(dir, {
    'package.json': json({ private: true, type: 'module' }),
    'index.ts': 'export {};\n',
    'tsconfig.json': json(nodeNextConfig(domLib)),
  });
}

/** Builds the package as `npm publish` would (its prepublishOnly script); one run, recorded. */
async function buildPackage(pkgDir, runOpts) {
  const config = join(pkgDir, 'tsconfig.build.json');
  if (!existsSync(config)) return { failure: 'no tsconfig.build.json in the output' };
  const r = await runTsc(config, { ...runOpts, emit: true });
  return { wallMs: r.wallMs, cpuMs: r.cpuMs, rssKb: r.rssKb, exitCode: r.exitCode, errors: r.errors, firstError: r.firstError };
}

/**
 * Prepares the consumer projects of one spec (building sdkwright's package first) and returns
 * them as targets for the interleaved tsc rounds, the consumer floor first. Records land in
 * `record.build` and `record.consumerTsc` of each tool, and in `result.consumerTscFloor`.
 */
export async function consumerTargets(spec, specDir, live, result, runOpts, log) {
  const targets = [];
  for (const { tool, outDir, record } of live) {
    if (tool.consumer === undefined) continue;
    const dir = join(specDir, `consumer-${tool.id}`);
    let config;
    let why;
    if (tool.consumer === 'package') {
      record.build = await buildPackage(outDir, runOpts);
      const b = record.build;
      log(`[${spec.id}] build    ${tool.id.padEnd(28)} ${b.failure ?? seconds(b.wallMs).padStart(8)}${b.errors ? ` (${b.errors} errors)` : ''}`);
      const name = b.failure ? undefined : JSON.parse(readFileSync(join(outDir, 'package.json'), 'utf8')).name;
      if (name) config = packageConsumer(dir, outDir, name);
      else why = b.failure ?? 'no package name in package.json';
    } else {
      config = sourceConsumer(dir, join(outDir, tool.consumer.source));
    }
    record.consumerTsc = { runs: [], config: config ?? `none: ${why}` };
    if (config !== undefined) targets.push({ id: `consumer ${tool.id}`, config, record: record.consumerTsc });
  }
  if (targets.length === 0) return targets;
  const floor = { runs: [], config: consumerFloor(join(specDir, 'consumer-floor')) };
  result.consumerTscFloor = floor;
  return [{ id: 'consumer-floor', config: floor.config, record: floor }, ...targets];
}

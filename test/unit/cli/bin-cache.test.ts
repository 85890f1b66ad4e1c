/**
 * bin/sdkwright.js as a real process (a private build, see robustness/support/private-build.ts):
 * it turns the run cache on, and a cache folder that cannot be written only costs the shortcut.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildPrivateCopy, type PrivateBuild } from '../robustness/support/private-build.js';

const run = promisify(execFile);
let build: PrivateBuild;
let scratch: string;

beforeAll(() => {
  build = buildPrivateCopy(process.cwd());
  scratch = mkdtempSync(path.join(tmpdir(), 'sdkwright-bin-cache-'));
  writeFileSync(path.join(scratch, 'api.yaml'), 'openapi: 3.0.3\ninfo: { title: T, version: 1.0.0 }\npaths: {}\n');
  writeFileSync(path.join(scratch, 'a-file'), '');
}, 120_000);
afterAll(() => {
  build?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function generate(cacheDir: string, out: string): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', HOME: scratch, SDKWRIGHT_CACHE_DIR: cacheDir };
  const { stdout } = await run(process.execPath, [build.bin, 'generate', 'api.yaml', '--target', 'typescript', '--out', out], { cwd: scratch, env });
  return stdout;
}

test('the second run of the command is up to date', async () => {
  const cache = path.join(scratch, 'cache');
  expect(await generate(cache, 'sdk')).toMatch(/^wrote \d+ files/);
  expect(await generate(cache, 'sdk')).toMatch(/^up to date: \d+ files in sdk/);
}, 120_000);

test('with a cache folder that cannot be created, every run generates and succeeds', async () => {
  const cache = path.join(scratch, 'a-file', 'cache');
  expect(await generate(cache, 'sdk2')).toMatch(/^wrote \d+ files/);
  expect(await generate(cache, 'sdk2')).toMatch(/^wrote \d+ files/);
}, 120_000);

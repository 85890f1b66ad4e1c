/**
 * The V8 code cache for large CommonJS files (generator/cache/v8-code-cache.ts), in child
 * processes: a module loaded through it behaves as under Node's own loader (exports, `require`,
 * `require.resolve`, `__dirname`), the second process reuses the cache, and an unwritable cache
 * folder changes nothing but speed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildPrivateCopy, type PrivateBuild } from '../robustness/support/private-build.js';

let build: PrivateBuild;
let scratch: string;

beforeAll(() => {
  build = buildPrivateCopy(process.cwd());
  scratch = mkdtempSync(path.join(tmpdir(), 'sdkwright-v8-cache-'));
  // Large enough for the cache (500 kB), and using what Node hands a CommonJS module.
  const padding = `/*${'x'.repeat(600_000)}*/\n`;
  writeFileSync(
    path.join(scratch, 'big.cjs'),
    `${padding}const { join } = require('node:path');\n` +
      `exports.answer = () => 42;\n` +
      `exports.where = join(__dirname, 'x');\n` +
      `exports.resolved = require.resolve('./small.cjs');\n` +
      `exports.small = require('./small.cjs').small;\n` +
      `exports.isModule = module.exports === exports;\n`,
  );
  writeFileSync(path.join(scratch, 'small.cjs'), 'exports.small = true;\n');
  writeFileSync(path.join(scratch, 'a-file'), '');
}, 120_000);
afterAll(() => {
  build?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function load(cacheDir: string): unknown {
  const hook = path.join(build.root, 'dist', 'cache', 'v8-code-cache.js');
  const script = `
    const { installV8CodeCache } = await import(${JSON.stringify(hook)});
    installV8CodeCache(${JSON.stringify(cacheDir)});
    const { createRequire } = await import('node:module');
    const m = createRequire(${JSON.stringify(path.join(scratch, 'x.js'))})('./big.cjs');
    console.log(JSON.stringify({ answer: m.answer(), where: m.where, resolved: m.resolved, small: m.small, isModule: m.isModule }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

const expected = () => ({
  answer: 42,
  where: path.join(scratch, 'x'),
  resolved: path.join(scratch, 'small.cjs'),
  small: true,
  isModule: true,
});

test('a large module behaves the same, and the next process reuses its cached code', () => {
  const cacheDir = path.join(scratch, 'cache');
  expect(load(cacheDir)).toEqual(expected());
  const files = readdirSync(cacheDir);
  expect(files).toHaveLength(1);
  const written = statSync(path.join(cacheDir, files[0]!)).mtimeMs;
  expect(load(cacheDir)).toEqual(expected());
  // Accepted by V8, so not written again.
  expect(statSync(path.join(cacheDir, files[0]!)).mtimeMs).toBe(written);
});

test('an unwritable cache folder changes nothing', () => {
  const cacheDir = path.join(scratch, 'a-file', 'cache');
  expect(load(cacheDir)).toEqual(expected());
  expect(existsSync(cacheDir)).toBe(false);
});

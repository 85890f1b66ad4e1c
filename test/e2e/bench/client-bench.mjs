#!/usr/bin/env node
// Size and speed of the generated client (not a test): run `npm run generate` first, then
//   node test/e2e/bench/client-bench.mjs [--calls 2000]
// 1. Bundle size (esbuild, minified, then gzip) of one standalone function with its core, and of
//    the whole SDK class.
// 2. Per-call overhead: `sdk.users.get()` (serialize, send over loopback, parse, validate, map)
//    against a bare fetch + JSON.parse of the same response, both sequential, same server.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '2000' } } });
const calls = Number(values.calls);
const src = resolve(process.cwd(), 'generated/src');
const work = mkdtempSync(join(tmpdir(), 'sdkwright-bench-'));

async function bundle(name, contents) {
  const result = await build({ stdin: { contents, resolveDir: src, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, treeShaking: true });
  const code = result.outputFiles[0].contents;
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, code);
  return { file, bytes: code.length, gzip: gzipSync(code).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const one = await bundle('one', 'export { ClerkBackendApiCore } from "./core.ts"; export { usersGet } from "./funcs/usersGet.ts";');
const small = await bundle('small', 'export { ClerkBackendApiCore } from "./core.ts"; export { redirectUrlsDelete } from "./funcs/redirectUrlsDelete.ts";');
const all = await bundle('all', 'export { ClerkBackendApi } from "./index.ts";');
console.log('bundle (esbuild --minify, gzip):');
console.log(`  one standalone function (usersGet + core): ${kb(one.bytes)} minified, ${kb(one.gzip)} gzipped`);
console.log(`  a function with a small model (redirectUrlsDelete): ${kb(small.bytes)} minified, ${kb(small.gzip)} gzipped`);
console.log(`  whole SDK class (132 operations):          ${kb(all.bytes)} minified, ${kb(all.gzip)} gzipped`);

// A small JSON body, the shape of GET /users/{id}.
const body = JSON.stringify({ id: 'user_1', object: 'user', username: 'ann', first_name: 'Ann', last_name: 'Lee', image_url: 'https://img/x', has_image: false, public_metadata: {}, private_metadata: {}, unsafe_metadata: {}, email_addresses: [], phone_numbers: [], web3_wallets: [], passkeys: [], password_enabled: true, two_factor_enabled: false, totp_enabled: false, backup_code_enabled: false, external_accounts: [], saml_accounts: [], last_sign_in_at: 1700000000000, banned: false, locked: false, updated_at: 1700000000000, created_at: 1700000000000, delete_self_enabled: true, create_organization_enabled: true });
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}`;

const { ClerkBackendApi } = await import(pathToFileURL(all.file).href);
const sdk = new ClerkBackendApi({ serverURL: url, bearerAuth: 'sk_test', retries: { strategy: 'none' } });
const raw = async () => JSON.parse(await (await fetch(`${url}/users/user_1`, { headers: { authorization: 'Bearer sk_test', accept: 'application/json' } })).text());
const viaSdk = () => sdk.users.get('user_1');

async function time(fn) {
  for (let i = 0; i < 200; i++) await fn();
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await fn();
  return Number(process.hrtime.bigint() - started) / 1e3 / calls;
}

const rounds = [];
for (let r = 0; r < 3; r++) rounds.push({ raw: await time(raw), sdk: await time(viaSdk) });
const best = (k) => Math.min(...rounds.map((x) => x[k]));
console.log(`per call over loopback (${calls} sequential calls, best of 3 rounds):`);
console.log(`  fetch + JSON.parse:                        ${best('raw').toFixed(1)} µs`);
console.log(`  sdk.users.get (build, send, parse, validate, map): ${best('sdk').toFixed(1)} µs`);
console.log(`  client overhead:                           ${(best('sdk') - best('raw')).toFixed(1)} µs per call`);
server.close();
rmSync(work, { recursive: true, force: true });

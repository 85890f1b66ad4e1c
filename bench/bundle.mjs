#!/usr/bin/env node
// Bundle size of one operation, sdkwright against @hey-api/openapi-ts, on the Clerk spec (issue 6,
// "generated-code cost"). Usage, from the repository root after `npm run bench` installed bench/:
//   npm run build && node bench/bundle.mjs [--out bench/BUNDLE.md]
// Both outputs are generated into a temporary folder, then each operation is bundled with esbuild
// (ESM, minified, tree-shaken, platform neutral) from an entry that exports only that operation
// and what a caller needs to construct it; sizes are of the minified code and of its gzip.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'bench/BUNDLE.md' } } });
const repo = resolve(import.meta.dirname, '..');
const spec = join(repo, 'spec/clerk-bapi/openapi.yml');
const work = mkdtempSync(join(tmpdir(), 'sdkwright-bundle-'));

// The same operations on both sides: sdkwright's standalone function with the core client it
// takes, and @hey-api's SDK function, which brings its default client instance.
const operations = [
  { label: 'GET /users/{user_id} (GetUser)', ours: 'usersGet', theirs: 'getUser' },
  { label: 'DELETE /redirect_urls/{id} (DeleteRedirectURL)', ours: 'redirectUrlsDelete', theirs: 'deleteRedirectUrl' },
  { label: 'POST /organizations (CreateOrganization)', ours: 'organizationsCreate', theirs: 'createOrganization' },
];

function generate() {
  const ours = join(work, 'sdkwright');
  const theirs = join(work, 'hey-api');
  execFileSync(
    process.execPath,
    [join(repo, 'bin/sdkwright.js'), 'generate', spec, '--target', 'typescript', '--package-name', '@clerk/backend-api-client', '--sdk-class-name', 'ClerkBackendApi', '--out', ours, '--force'],
    { stdio: 'ignore' },
  );
  execFileSync(
    process.execPath,
    [join(repo, 'bench/node_modules/@hey-api/openapi-ts/bin/run.js'), '-i', spec, '-o', theirs, '-p', '@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk', '--no-log-file'],
    { stdio: 'ignore', cwd: work },
  );
  return { ours: join(ours, 'src'), theirs };
}

async function size(resolveDir, contents) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code).length };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

try {
  const dirs = generate();
  const rows = [];
  for (const op of operations) {
    const ours = await size(dirs.ours, `export { ClerkBackendApiCore } from "./core.ts"; export { ${op.ours} } from "./funcs/${op.ours}.ts";`);
    const theirs = await size(dirs.theirs, `export { ${op.theirs} } from "./sdk.gen.ts";`);
    rows.push({ label: op.label, ours, theirs });
  }
  const oursAll = await size(dirs.ours, 'export { ClerkBackendApi } from "./index.ts";');
  const theirsAll = await size(dirs.theirs, 'export * from "./sdk.gen.ts";');
  rows.push({ label: 'every operation (sdkwright: the SDK class; @hey-api: all SDK functions)', ours: oursAll, theirs: theirsAll });

  const lines = [
    '# Bundle size of the generated client: sdkwright vs @hey-api/openapi-ts',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`node bench/bundle.mjs\` on the Clerk spec`,
    '(`spec/clerk-bapi/openapi.yml`). esbuild, ESM, minified, tree-shaken; gzip of the minified code.',
    "sdkwright's entry is the standalone function and its core client; @hey-api's is its SDK function (with",
    'its default fetch client). The two do different work per call: sdkwright validates the response',
    'against the spec and maps wire names to camelCase models, retries, and raises typed errors;',
    '@hey-api returns the parsed JSON as it came, typed but unchecked. Ratios are sdkwright ÷ @hey-api.',
    '',
    '| operation | sdkwright min | sdkwright gzip | @hey-api min | @hey-api gzip | ÷ min | ÷ gzip |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${kib(r.ours.bytes)} | ${kib(r.ours.gzip)} | ${kib(r.theirs.bytes)} | ${kib(r.theirs.gzip)} | ${ratio(r.ours.bytes, r.theirs.bytes)} | ${ratio(r.ours.gzip, r.theirs.gzip)} |`,
    ),
    '',
  ];
  writeFileSync(resolve(values.out), lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

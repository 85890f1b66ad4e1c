#!/usr/bin/env node
// The generated MCP server (issue 17, "Done when"): the size of its entry bundle and the startup
// time of `mcp start`, on Clerk and api-shapes. Usage, from the repository root:
//   npm run build && node bench/mcp.mjs [--runs 7] [--out bench/MCP.md]
// Each spec is generated with --mcp into a temporary folder and built with tsc. The bundle is
// dist/mcp-server/bin.js bundled by esbuild (ESM, minified, platform node) twice: with the MCP SDK
// inside (what a single-file deployment ships) and with it external (the package's own code:
// server, tools and the SDK functions they call). Startup is measured from spawn to the answer of
// `initialize`, and to the answer of `tools/list`, over stdio, median of the runs, next to a bare
// `node -e ''` on the same machine.
import { build } from 'esbuild';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'bench/MCP.md' }, runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const repo = resolve(import.meta.dirname, '..');
const specs = [
  { name: 'Clerk', spec: join(repo, 'spec/clerk-bapi/openapi.yml'), pkg: '@clerk/backend-api-client', cls: 'ClerkBackendApi' },
  { name: 'api-shapes', spec: join(repo, '../shared/specs/api-shapes/test.yaml'), pkg: 'api-shapes-sdk', cls: 'SDK' },
].filter((s) => existsSync(s.spec));
const work = mkdtempSync(join(tmpdir(), 'sdkwright-mcp-bench-'));

function generate(s) {
  const out = join(work, s.name);
  execFileSync(
    process.execPath,
    [
      join(repo, 'bin/sdkwright.js'),
      'generate',
      s.spec,
      '--target',
      'typescript',
      '--mcp',
      '--module-format',
      'esm',
      '--package-name',
      s.pkg,
      '--sdk-class-name',
      s.cls,
      '--out',
      out,
      '--force',
      '--quiet',
    ],
    { stdio: 'ignore' },
  );
  symlinkSync(join(repo, 'node_modules'), join(out, 'node_modules'), 'dir');
  execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: out, stdio: 'ignore' });
  return out;
}

async function bundle(dir, external) {
  const result = await build({
    entryPoints: [join(dir, 'dist/mcp-server/bin.js')],
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    external: external ? ['@modelcontextprotocol/sdk', '@modelcontextprotocol/sdk/*'] : [],
  });
  const code = result.outputFiles[0].contents;
  return { bytes: code.length, gzip: gzipSync(code).length };
}

/** Milliseconds from spawn to the answer of each request, sent one after the other. */
function timeStartup(command, args, requests) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    const times = [];
    let buffer = '';
    const send = (i) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: i + 1, ...requests[i] })}\n`);
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      let at;
      while ((at = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 1);
        if (!line.includes('"id"')) continue;
        times.push(performance.now() - started);
        if (times.length === requests.length) {
          child.kill();
          resolvePromise(times);
        } else send(times.length);
      }
    });
    child.once('error', reject);
    send(0);
  });
}

function nodeBaseline() {
  const started = performance.now();
  execFileSync(process.execPath, ['-e', '']);
  return performance.now() - started;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${n.toFixed(0)} ms`;

const INIT = { method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } };
const LIST = { method: 'tools/list', params: {} };

try {
  const rows = [];
  for (const s of specs) {
    const dir = generate(s);
    const full = await bundle(dir, false);
    const own = await bundle(dir, true);
    const bin = join(dir, 'dist/mcp-server/bin.js');
    const init = [];
    const list = [];
    const base = [];
    for (let i = 0; i < runs; i++) {
      const [a, b] = await timeStartup(process.execPath, [bin, 'start', '--log-level', 'off'], [INIT, LIST]);
      init.push(a);
      list.push(b);
      base.push(nodeBaseline());
    }
    const tools = Number(
      execFileSync(process.execPath, ['-e', `import(${JSON.stringify(join(dir, 'dist/mcp-server/tools.js'))}).then((m) => console.log(m.tools.length))`])
        .toString()
        .trim(),
    );
    rows.push({ name: s.name, tools, full, own, init: median(init), list: median(list), base: median(base) });
    console.log(
      `${s.name}: ${tools} tools, bundle ${kib(full.bytes)} (${kib(full.gzip)} gzip), own code ${kib(own.bytes)}, initialize ${ms(median(init))}, tools/list ${ms(median(list))}, node alone ${ms(median(base))}`,
    );
  }
  const lines = [
    '# MCP server: entry bundle and startup',
    '',
    `Measured by \`node bench/mcp.mjs\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${runs} runs (medians). The package is generated with \`--mcp --module-format esm\` and built with tsc; the bundle is esbuild's (ESM, minified, platform node) of \`dist/mcp-server/bin.js\`.`,
    '',
    '| Spec | Tools | Bundle with the MCP SDK | gzip | Own code (MCP SDK external) | gzip | `initialize` answered | `tools/list` answered | `node -e ""` |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${r.tools} | ${kib(r.full.bytes)} | ${kib(r.full.gzip)} | ${kib(r.own.bytes)} | ${kib(r.own.gzip)} | ${ms(r.init)} | ${ms(r.list)} | ${ms(r.base)} |`),
    '',
    'Startup is from spawning `node dist/mcp-server/bin.js start` to the answer on stdout; `node -e ""` is the cost of starting Node itself on the same machine.',
    '',
  ];
  writeFileSync(resolve(repo, values.out), lines.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Specs from anywhere (issue 16), against a loopback server: an `http://` spec whose relative
 * `$ref`s resolve against its URL (after a redirect, against where it was redirected to), an
 * overlay given as a URL, a remote `$ref` from a local file, clear errors naming the URL (404,
 * time limit, size limit, refused connection), `--offline`, and `-` for standard input.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../generator/cli/main.js';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import type { NetworkPolicy } from '../../../generator/load/fetch-source.js';
import { loadSpec } from '../../../generator/resolve/index.js';

const API = `openapi: 3.0.3
info: {title: Remote, version: "1"}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: 'schemas/thing.yaml'}}}}
`;
const THING = 'type: object\nproperties:\n  id: {type: string}\n';
const OVERLAY = `overlay: 1.0.0
info: {title: retitle, version: "1"}
actions:
  - target: $.info
    update: {title: Retitled}
`;

let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/old/api.yaml':
        res.writeHead(302, { location: '/v1/api.yaml' }).end();
        return;
      case '/v1/api.yaml':
        res.end(API);
        return;
      case '/v1/schemas/thing.yaml':
        res.end(THING);
        return;
      case '/overlay.yaml':
        res.end(OVERLAY);
        return;
      case '/big.yaml':
        res.end(`openapi: 3.0.3\n# ${'x'.repeat(5000)}\n`);
        return;
      case '/slow.yaml':
        // Never answers: the time limit must end the wait.
        return;
      default:
        res.writeHead(404).end('no');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(tmpdir(), 'sdkwright-remote-'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

async function load(spec: string, overlays: string[] = [], network?: NetworkPolicy) {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec, overlays, ...(network ? { network } : {}) }, diagnostics);
  return { loaded, diagnostics, errors: diagnostics.errors.map((d) => `${d.file}: ${d.message}`) };
}

test('a spec by URL, through a redirect: its relative $ref resolves against where it was redirected to', async () => {
  const { loaded, errors } = await load(`${base}/old/api.yaml`, [`${base}/overlay.yaml`]);
  expect(errors).toEqual([]);
  const info = loaded!.document.info as { title: string };
  expect(info.title).toBe('Retitled');
  expect(loaded!.files).toEqual(expect.arrayContaining([`${base}/old/api.yaml`, `${base}/v1/schemas/thing.yaml`, `${base}/overlay.yaml`]));
  expect(JSON.stringify(loaded!.document.components)).toContain('"id"');
});

test('a remote $ref from a local file is fetched', async () => {
  const local = path.join(dir, 'local.yaml');
  writeFileSync(local, API.replace("'schemas/thing.yaml'", `'${base}/v1/schemas/thing.yaml'`));
  const { loaded, errors } = await load(local);
  expect(errors).toEqual([]);
  expect(JSON.stringify(loaded!.document.components)).toContain('"id"');
});

test.each<[string, string, NetworkPolicy | undefined, RegExp]>([
  ['a 404', '/nothing.yaml', undefined, /cannot read http:\/\/127\.0\.0\.1:\d+\/nothing\.yaml: fetching .* answered HTTP 404/],
  ['the time limit', '/slow.yaml', { timeoutMs: 300 }, /fetching http:\/\/127\.0\.0\.1:\d+\/slow\.yaml took more than 0\.3 s/],
  ['the size limit', '/big.yaml', { maxBytes: 1000 }, /big\.yaml is 5018 bytes, more than the limit of 1000/],
  ['--offline', '/v1/api.yaml', { offline: true }, /is a URL and the network is off \(--offline\)/],
])('%s: a located error naming the URL, no crash', async (_name, urlPath, network, message) => {
  const { loaded, errors } = await load(`${base}${urlPath}`, [], network);
  expect(loaded).toBeUndefined();
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(message);
});

test('a refused connection names the URL', async () => {
  const closed = createServer();
  await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((done) => closed.close(done));
  const { errors } = await load(`http://127.0.0.1:${port}/api.yaml`);
  expect(errors[0]).toMatch(new RegExp(`cannot fetch http://127\\.0\\.0\\.1:${port}/api\\.yaml: ECONNREFUSED`));
});

test('`-` reads the spec from standard input; diagnostics name <stdin>; relative $refs resolve from the working folder', async () => {
  writeFileSync(path.join(dir, 'thing.yaml'), THING);
  let stderr = '';
  let stdout = '';
  const code = await main(['generate', '-', '--target', 'typescript', '--out', 'out'], {
    cwd: dir,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => Buffer.from(API.replace("'schemas/thing.yaml'", "'thing.yaml'").replace('info: {title: Remote, version: "1"}', 'info: {title: Remote, version: "1"}\nx-odd: [')),
  });
  // A YAML error in the piped text is located in <stdin>.
  expect(code).toBe(1);
  expect(stderr).toMatch(/^<stdin>:\d+:\d+/m);
  const ok = await main(['generate', '-', '--target', 'typescript', '--out', 'out'], {
    cwd: dir,
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => Buffer.from(API.replace("'schemas/thing.yaml'", "'thing.yaml'")),
  });
  expect({ ok, stderr: ok === 0 ? '' : stderr }).toEqual({ ok: 0, stderr: '' });
  expect(stdout).toMatch(/wrote \d+ files/);
});

/**
 * Issue 14, TypeScript hooks: an application written against the reference generator's hook
 * interfaces (test/fixtures/speakeasy-apps/typescript/hooks-app.ts) registers its hooks through
 * an edited src/hooks/registration.ts. The package is generated with the CLI, the user's
 * registration.ts written into it, the package regenerated (it keeps the user's file), built,
 * and the application run against the spec server: sdkInit changes the base URL, headers of
 * beforeCreateRequest and beforeRequest reach the server (after the `hooks` option's), afterError
 * sees the 404 with its body, and a hook that throws fails the call.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Diagnostics } from '../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../generator/ir/model.js';
import { loadSpec } from '../../generator/resolve/index.js';
import { CLERK_SPEC, compile, REPO } from './support/build-sdk.js';
import { expectedRequest } from './support/expected.js';
import { faults } from './support/faults.js';
import { SpecServer } from './support/spec-server.js';

const run = promisify(execFile);
const FIXTURES = resolve(REPO, 'test/fixtures/speakeasy-apps/typescript');
const TSC = resolve(REPO, 'node_modules/typescript/bin/tsc');
let work: string;
let pkg: string;
let api: ApiModel;
let server: SpecServer;

function generate(...extra: string[]) {
  const args = ['generate', join(work, 'spec.json'), '--target', 'typescript', '--out', pkg, '--package-name', '@clerk/backend-api-client', '--sdk-class-name', 'ClerkBackendApi', '--quiet', ...extra];
  return run(process.execPath, [resolve(REPO, 'bin/sdkwright.js'), ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, SDKWRIGHT_CACHE_DIR: join(work, 'cache') } });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'sdkwright-speakeasy-hooks-'));
  pkg = join(work, 'pkg');
  // Clerk with its GetUser operation only: the package builds in seconds.
  const diagnostics = new Diagnostics();
  const loaded = (await loadSpec({ spec: CLERK_SPEC, overlays: [] }, diagnostics))!;
  const paths = loaded.document.paths as Record<string, Record<string, unknown>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of Object.keys(item)) if ((item[method] as { operationId?: string } | undefined)?.operationId !== 'GetUser') delete item[method];
    if (Object.keys(item).length === 0 || path !== '/users/{user_id}') delete paths[path];
  }
  delete loaded.document.webhooks;
  writeFileSync(join(work, 'spec.json'), JSON.stringify(loaded.document));
  api = buildModel(loaded, diagnostics);
  server = await SpecServer.start(api, loaded.document);
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test("regenerating keeps the user's registration.ts, and the application's hooks run around every call", async () => {
  await generate();
  const registration = join(pkg, 'src/hooks/registration.ts');
  expect(readFileSync(registration, 'utf8')).toContain('export function initHooks(hooks: Hooks) {}');
  const mine = readFileSync(join(FIXTURES, 'hooks-registration.ts'), 'utf8');
  writeFileSync(registration, mine);
  // Unchanged input (the run cache), a forced full run, and --check: the user's file stays, and is no drift.
  await generate();
  await generate('--force');
  await generate('--check');
  expect(readFileSync(registration, 'utf8')).toBe(mine);

  symlinkSync(resolve(REPO, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  expect(compile(pkg)).toEqual([]);
  await run(process.execPath, [TSC, '-p', 'tsconfig.cjs.json'], { cwd: pkg, encoding: 'utf8' });
  writeFileSync(join(pkg, 'dist/cjs/package.json'), '{"type":"commonjs"}\n');

  const app = join(work, 'app');
  mkdirSync(join(app, 'node_modules', '@clerk'), { recursive: true });
  symlinkSync(pkg, join(app, 'node_modules', '@clerk', 'backend-api-client'), 'dir');
  copyFileSync(join(FIXTURES, 'hooks-app.ts'), join(app, 'hooks-app.ts'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'hooks-app', private: true, type: 'module' }));
  const tsconfig = {
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', strict: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], outDir: 'out', skipLibCheck: false },
    include: ['hooks-app.ts'],
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
  const compiled = await run(process.execPath, [TSC, '-p', '.'], { cwd: app, encoding: 'utf8' }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  expect(compiled.stdout).toBe('');

  // `<pkg>/hooks/*.js` resolves to each build by its condition.
  const require = createRequire(join(app, 'index.cjs'));
  for (const subpath of ['hooks/types.js', 'hooks/index.js', 'hooks/registration.js', 'hooks']) {
    const resolved = require.resolve(`@clerk/backend-api-client/${subpath}`);
    expect(resolved.startsWith(join(pkg, 'dist/cjs/hooks/'))).toBe(true);
    expect(existsSync(resolved)).toBe(true);
  }
  expect(existsSync(join(pkg, 'dist/hooks/types.js'))).toBe(true);

  const op = api.operations.find((o) => o.id === 'GetUser')!;
  const userId = String([...expectedRequest(op, server.examples).params.values()][0]);
  const errorBody = JSON.stringify({ errors: [{ message: 'not found', long_message: 'No user', code: 'resource_not_found' }], clerk_trace_id: 'trace-1' });
  server.faults.push(() => false, faults.status(404, errorBody));
  const { stdout } = await run(process.execPath, [join(app, 'out', 'hooks-app.js'), server.url], { cwd: app, env: { ...process.env, USER_ID: userId }, encoding: 'utf8' });
  const report = JSON.parse(stdout);
  expect(report).toEqual({
    userId: expect.any(String),
    context: { baseURL: new URL(server.url).href, operationID: 'GetUser', scopes: [], retry: 'none', sent: 'Bearer sk_test_hooks', hasOptions: true },
    declared: 'ClerkErrors',
    thrown: { name: 'UnexpectedClientError', cause: 'boom from beforeRequest' },
    events: ['sdkInit 9', 'afterSuccess GetUser 200', 'afterError GetUser 404 ClerkErrors body', 'afterError GetUser none UnexpectedClientError no body'],
  });
  // Both requests that went out carry the headers of both kinds of hooks, ours first.
  const hits = server.hits('GetUser');
  expect(hits).toHaveLength(2);
  for (const hit of hits) {
    expect(hit.received.headers['x-created']).toBe('GetUser');
    expect(hit.received.headers['x-order']).toBe('option,registered');
    expect(hit.received.headers['x-source']).toBe('sk_test_hooks');
  }
}, 180_000);

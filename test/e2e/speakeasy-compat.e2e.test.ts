/**
 * Issue 14, TypeScript: an application written in the reference generator's style
 * (test/fixtures/speakeasy-apps/typescript/clerk-app.ts) type-checks against our Clerk package
 * (strict, module nodenext, through the package's exports) and behaves the same when run against
 * the spec server: `HTTPClient` hooks, `retryConfig` inheriting the spec's status codes, a
 * `{ log, group, groupEnd }` debug logger, `$inspect()`, declared errors with the body's fields,
 * `HTTPClientError` and `SDKValidationError`, `serverIdx` out of range, `catchUnrecognizedEnum`,
 * `files.readableStreamToArrayBuffer`.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildSdk, CLERK_SPEC, REPO, type BuiltSdk } from './support/build-sdk.js';
import { expectedRequest } from './support/expected.js';
import { faults } from './support/faults.js';
import { SpecServer } from './support/spec-server.js';

const run = promisify(execFile);
let sdk: BuiltSdk;
let server: SpecServer;
let app: string;

beforeAll(async () => {
  sdk = await buildSdk(CLERK_SPEC, '@clerk/backend-api-client', 'ClerkBackendApi');
  server = await SpecServer.start(sdk.api, sdk.document);
  app = mkdtempSync(join(tmpdir(), 'sdkwright-speakeasy-app-'));
  mkdirSync(join(app, 'node_modules', '@clerk'), { recursive: true });
  symlinkSync(sdk.dir, join(app, 'node_modules', '@clerk', 'backend-api-client'), 'dir');
  copyFileSync(resolve(REPO, 'test/fixtures/speakeasy-apps/typescript/clerk-app.ts'), join(app, 'clerk-app.ts'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'clerk-app', private: true, type: 'module' }));
  const tsconfig = {
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', strict: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], outDir: 'out', skipLibCheck: false },
    include: ['clerk-app.ts'],
  };
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig));
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (app) rmSync(app, { recursive: true, force: true });
});

test('the application type-checks against our package and behaves as it does against the reference SDK', async () => {
  const compiled = await run(process.execPath, [resolve(REPO, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: app, encoding: 'utf8' }).catch((e: { stdout: string }) => ({
    stdout: e.stdout,
    failed: true,
  }));
  expect(compiled.stdout).toBe('');

  const op = sdk.api.operations.find((o) => o.id === 'GetUser')!;
  const userId = String([...expectedRequest(op, server.examples).params.values()][0]);
  const errorBody = JSON.stringify({ errors: [{ message: 'not found', long_message: 'No user', code: 'resource_not_found' }], clerk_trace_id: 'trace-1' });
  // In order: a 503 the inherited retry policy retries, two normal answers, a declared 404, a body that does not validate.
  server.faults.push(
    faults.status(503),
    () => false,
    () => false,
    faults.status(404, errorBody),
    faults.status(200, JSON.stringify({ id: 42 })),
  );
  const { stdout } = await run(process.execPath, [join(app, 'out', 'clerk-app.js'), server.url], { cwd: app, env: { ...process.env, USER_ID: userId }, encoding: 'utf8' });
  const report = JSON.parse(stdout);
  expect(report).toEqual({
    userId: expect.any(String),
    hooks: ['response 503', 'response 200'],
    inspect: { ok: true, method: 'GET', status: 200 },
    declared: { status: 404, code: 'resource_not_found', fromData$: 1, trace: 'trace-1' },
    connection: true,
    validation: { raw: 'object', rawMessage: expect.stringMatching(/^\$\.id: /), pretty: true },
    serverIdx: 'RangeError',
    fromJSON: { sameId: true, wireKeys: true },
    badJSON: { validation: true, raw: '{"id": 7}', message: "Failed to parse 'EmailAddress' from JSON: $.id: expected a string, got 7 (and 7 more)", firstProblem: '$.id: expected a string, got 7' },
    notJSON: true,
    rfcDate: { day: '2024-02-29', json: '{"day":"2024-02-29"}', fromDate: '2020-01-02' },
    rfcDateInvalid: true,
    enumValue: 'brand_new',
    streamBytes: 3,
    logged: true,
  });
  // The hook's header reached the API on every attempt.
  expect(server.hits('GetUser')[0]!.received.headers['x-app']).toBe('clerk-app');
}, 120_000);

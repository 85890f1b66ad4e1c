/**
 * Issue 14, TypeScript: application programs written in the reference generator's style
 * (test/fixtures/speakeasy-apps/typescript/{standalone,retries,uploads,models}-app.ts) type-check
 * against our Clerk package (strict, module nodenext, through the package's exports), and run
 * against the spec server, which records what they send. The requests are asserted byte for byte
 * where the reference's behaviour is fixed: method, URL with the query sorted by name, JSON body
 * text with the spec's defaults, multipart part names, filenames and types, the headers, and how
 * many attempts a retry policy makes.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSdk, CLERK_SPEC, REPO, type BuiltSdk } from './support/build-sdk.js';
import { expectedRequest } from './support/expected.js';
import { faults } from './support/faults.js';
import { compileApps, multipartParts, requestLine, runApp, type CompiledApps } from './support/reference-apps.js';
import { SpecServer, type Fault, type Recorded } from './support/spec-server.js';

const PROGRAMS = ['standalone-app', 'retries-app', 'uploads-app', 'models-app', 'import-paths-app'];
let sdk: BuiltSdk;
let server: SpecServer;
let apps: CompiledApps;
let userId: string;
let version: string;

beforeAll(async () => {
  sdk = await buildSdk(CLERK_SPEC, '@clerk/backend-api-client', 'ClerkBackendApi');
  server = await SpecServer.start(sdk.api, sdk.document);
  server.lenient = true;
  const op = sdk.api.operations.find((o) => o.id === 'GetUser')!;
  userId = String([...expectedRequest(op, server.examples).params.values()][0]);
  version = sdk.api.info.version;
  apps = await compileApps(sdk.dir, '@clerk/backend-api-client', resolve(REPO, 'test/fixtures/speakeasy-apps/typescript'), PROGRAMS);
  expect(apps.diagnostics).toBe('');
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (apps) rmSync(apps.dir, { recursive: true, force: true });
});

/** Runs one program with the given faults queued (all must be consumed); returns its report and what the server received. */
async function runProgram(name: string, queued: Fault[] = []): Promise<{ report: Record<string, unknown>; sent: Recorded[] }> {
  const { report, sent, leftFaults } = await runApp(apps, server, name, { USER_ID: userId }, queued);
  expect(leftFaults).toBe(0);
  return { report, sent };
}

const clerkErrorBody = JSON.stringify({ errors: [{ message: 'not found', long_message: 'No such application', code: 'resource_not_found' }], meta: {}, clerk_trace_id: 'trace-7' });
const answer = () => false;

/** The headers every request of a program carries. */
function expectHeaders(sent: Recorded[], token: string): void {
  for (const r of sent) {
    expect(r.received.headers.authorization).toBe(`Bearer ${token}`);
    expect(r.received.headers['user-agent']).toMatch(/\S/);
    expect(r.received.headers['idempotency-key']).toBeUndefined(); // Clerk declares none
    const type = r.received.headers['content-type'];
    if (r.received.body.length === 0) expect(type).toBeUndefined();
  }
}

test('standalone functions: Result handling, every error class with its fields, the body with its defaults, the query sorted', async () => {
  const { report, sent } = await runProgram('standalone-app', [
    answer,
    answer,
    faults.status(404, clerkErrorBody),
    faults.status(418, 'short and stout', { 'x-request-id': 'req-1' }, 'text/plain'),
    answer,
  ]);
  expect(report).toEqual({
    created: { object: 'oauth_application', hasSecret: 'string' },
    listed: { count: 1 },
    declared: { kind: 'ClerkErrors', status: 404, code: 'resource_not_found', meta: {}, trace: 'trace-7', body: clerkErrorBody, contentType: 'application/json' },
    undeclared: { kind: 'ClerkAPIError', status: 418, body: 'short and stout', sdkError: true, header: 'req-1' },
    // Nothing was sent for it: five requests below, not six.
    invalidInput: { kind: 'RequestValidationError', sdkValidation: true, raw: { emailAddress: 'not-a-list' }, rawMessage: '$.email_address: expected an array, got "not-a-list"' },
    offline: { kind: 'ConnectionError', client: true },
    inspect: { ok: true, method: 'GET', path: '/oauth_applications/oa_inspect', status: 200 },
  });
  expect(sent.map(requestLine)).toEqual([
    // `scopes` left out: its spec default is sent, in the schema's order.
    'POST /oauth_applications {"name":"Back office","redirect_uris":["https://example.com/cb"],"scopes":"profile email","public":true}',
    // Sorted by name, whatever the order of the request object; arrays repeat the key.
    'GET /users?email_address=a%40example.com&email_address=b%40example.com&limit=20&offset=40&order_by=-created_at&query=ann',
    'GET /oauth_applications/oa_missing',
    'GET /oauth_applications/oa_teapot',
    'GET /oauth_applications/oa_inspect',
  ]);
  expectHeaders(sent, 'sk_test_standalone');
  expect(sent[0]!.received.headers['content-type']).toBe('application/json');
});

test('retries: the client policy, per-call retries and retryCodes, a POST retried, connection errors, serverIdx and serverURL', async () => {
  const { report, sent } = await runProgram('retries-app', [
    ...[faults.status(503), faults.status(503), answer], // GET: retried twice
    ...[faults.status(502), answer], // POST: retried once, as the spec configures retries
    faults.status(404, clerkErrorBody), // not a retried status
    ...[faults.status(429), faults.status(503)], // retryCodes ["429"]: the 503 ends it
    faults.status(503), // strategy none
    ...[faults.reset(), answer], // a connection error, retried
    answer, // per-call serverURL
    ...[faults.status(500), answer], // the spec's own policy
  ]);
  const local = '<local>';
  const clerk = 'https://api.clerk.com/v1';
  expect(report).toEqual({
    servers: [clerk],
    getRetried: { attempts: 3, outcome: 'ok' },
    postRetried: { attempts: 2, outcome: 'ok' },
    notRetried: { attempts: 1, outcome: 'ClerkErrors 404' },
    retryCodes: { attempts: 2, outcome: 'ClerkAPIError 503' },
    perCallNone: { attempts: 1, outcome: 'ClerkAPIError 503' },
    connection: { attempts: 2, outcome: 'ok' },
    perCallServer: { attempts: 1, outcome: 'ok' },
    specPolicy: { attempts: 2, outcome: 'ok' },
    specPolicyWaited: true,
    urls: [
      ...Array(3).fill(`${clerk}/users/${userId}`),
      ...Array(2).fill(`${clerk}/oauth_applications`),
      ...Array(6).fill(`${clerk}/oauth_applications/oa_1`),
      `${local}/oauth_applications/oa_2`,
      ...Array(2).fill(`${local}/oauth_applications/oa_3`),
    ],
    logged: true,
  });
  // The server saw every attempt but the reset one's answer; the POST's body is the same on both attempts.
  expect(sent.map(requestLine)).toEqual([
    ...Array(3).fill(`GET /users/${userId}`),
    ...Array(2).fill('POST /oauth_applications {"name":"worker","scopes":"profile email"}'),
    ...Array(6).fill('GET /oauth_applications/oa_1'),
    'GET /oauth_applications/oa_2',
    ...Array(2).fill('GET /oauth_applications/oa_3'),
  ]);
  expectHeaders(sent, 'sk_test_retries');
  // The spec's policy waits its initial interval (500 ms, jittered) before the second attempt.
  expect(sent[13]!.at - sent[12]!.at).toBeGreaterThanOrEqual(250);
}, 60_000);

test('uploads: part names, filenames and types of { fileName, content }, Blob, File and stream files', async () => {
  const { report, sent } = await runProgram('uploads-app');
  expect(report).toEqual({ profileImage: 'string', logo: 'string' });
  expect(sent.map(requestLine)).toEqual([...Array(3).fill(`POST /users/${userId}/profile_image`), 'PUT /organizations/org_1/logo']);
  for (const r of sent) expect(r.received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
  expect(sent.map(multipartParts)).toEqual([
    [['file', 'avatar.png', 'application/octet-stream', '\x89PNG']],
    // A Blob has no name: FormData's "blob", as the reference sends it.
    [['file', 'blob', 'image/png', '\x89PNG']],
    [['file', 'anim.gif', 'image/gif', 'GIF89a']],
    [['file', 'logo.svg', 'application/octet-stream', '<svg/>']],
  ]);
  expectHeaders(sent, 'sk_test_uploads');
});

test('models: limit/offset paging with the spec defaults of query parameters, enums, a request model kept as JSON', async () => {
  const { report, sent } = await runProgram('models-app');
  expect(report).toEqual({
    pages: true,
    enums: { status: 'ok', strategies: ['other:passkey_code', 'sms', 'email', 'other:carrier_pigeon'], values: ['unverified', 'verified', 'failed', 'expired'] },
    queued: '{"name":"Exported","redirect_uris":["https://example.com/cb"],"scopes":"profile email"}',
    wrongJSON: false,
  });
  expect(sent.map(requestLine)).toEqual([
    'GET /users?limit=2&offset=0&order_by=%2Bcreated_at',
    // Parameters left out go with their spec defaults, as the reference sends them.
    'GET /users?limit=2&offset=2&order_by=-created_at',
    'GET /users?limit=10&offset=0&order_by=-created_at',
    'POST /oauth_applications {"name":"Exported","redirect_uris":["https://example.com/cb"],"scopes":"profile email"}',
  ]);
  expectHeaders(sent, 'sk_test_models');
});

test("import paths: the reference's one-class modules (models/errors/*.js, types/fp.js, types/rfcdate.js, types/enums.js, lib/sdks.js) hold the package's own classes", async () => {
  const { report, sent } = await runProgram('import-paths-app');
  expect(report).toEqual({ sameClasses: [true, true, true, true, true, true], offline: 'ConnectionError', unwrapped: 2, thrown: 'no', date: '2024-02-29', enums: ['red', 'dark'] });
  expect(sent).toEqual([]);
});

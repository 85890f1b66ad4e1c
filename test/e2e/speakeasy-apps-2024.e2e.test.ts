/**
 * Issue 14, the other Clerk spec: application programs written in the reference generator's style
 * (test/fixtures/speakeasy-apps/typescript-2024/*.ts) type-check against the package generated
 * from Clerk 2024-10-01 with both overlays (strict, module nodenext, through the package's
 * exports) and run against the spec server, which records what they send. The requests are
 * asserted byte for byte where the reference's behaviour is fixed, as in speakeasy-apps.e2e.test.ts.
 * The spec lives in ../shared, which a user's machine may not have: then the tests are skipped.
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSdk, REPO, type BuiltSdk } from './support/build-sdk.js';
import { expectedRequest } from './support/expected.js';
import { faults } from './support/faults.js';
import { compileApps, multipartParts, requestLine, runApp, type CompiledApps } from './support/reference-apps.js';
import { SpecServer, type Fault, type Recorded } from './support/spec-server.js';

const SHARED = resolve(REPO, '../shared/specs/clerk-bapi');
const SPEC = join(SHARED, 'openapi.yml');
const OVERLAYS = [join(SHARED, 'overlays/1-examples.yaml'), join(SHARED, 'overlays/2-fixes.yaml')];
const PROGRAMS = ['standalone-app', 'retries-app', 'http-client-app', 'uploads-app', 'models-app', 'docs-examples-app'];
const haveSpec = existsSync(SPEC) && OVERLAYS.every((o) => existsSync(o));
if (!haveSpec) console.log(`speakeasy apps 2024: skipped, ${SPEC} or its overlays are absent (the spec lives in ../shared)`);

let sdk: BuiltSdk;
let server: SpecServer;
let apps: CompiledApps | undefined;
let userId: string;

/** Runs a program and checks it consumed every queued fault. */
async function runProgram(name: string, queued: Fault[] = []): Promise<{ report: Record<string, unknown>; sent: Recorded[] }> {
  const { report, sent, leftFaults } = await runApp(apps!, server, name, { USER_ID: userId }, queued);
  expect(leftFaults).toBe(0);
  return { report, sent };
}

const clerkErrorBody = JSON.stringify({ errors: [{ message: 'not found', long_message: 'No such application', code: 'resource_not_found' }], meta: {} });
const answer: Fault = () => false;

/** The headers every request of a program carries (`authenticated`: false for an operation with `security: []`). */
function expectHeaders(sent: Recorded[], token: string, authenticated: (r: Recorded) => boolean = () => true): void {
  for (const r of sent) {
    expect(r.received.headers.authorization).toBe(authenticated(r) ? `Bearer ${token}` : undefined);
    expect(r.received.headers['user-agent']).toMatch(/\S/);
    expect(r.received.headers['idempotency-key']).toBeUndefined(); // Clerk declares none
    if (r.received.body.length === 0) expect(r.received.headers['content-type']).toBeUndefined();
  }
}

(haveSpec ? describe : describe.skip)('reference-style programs against Clerk 2024-10-01 + overlays', () => {
  beforeAll(async () => {
    sdk = await buildSdk(SPEC, '@clerk/backend-api-client', 'ClerkBackendApi', { overlays: OVERLAYS });
    server = await SpecServer.start(sdk.api, sdk.document);
    server.lenient = true;
    const op = sdk.api.operations.find((o) => o.id === 'GetUser')!;
    userId = String([...expectedRequest(op, server.examples).params.values()][0]);
    apps = await compileApps(sdk.dir, '@clerk/backend-api-client', resolve(REPO, 'test/fixtures/speakeasy-apps/typescript-2024'), PROGRAMS);
    expect(apps.diagnostics).toBe('');
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    if (apps) rmSync(apps.dir, { recursive: true, force: true });
  });

  test('standalone functions: Result handling, every error class with its fields, the body with its defaults, the query sorted', async () => {
    const { report, sent } = await runProgram('standalone-app', [answer, answer, faults.status(404, clerkErrorBody), faults.status(404, clerkErrorBody, { 'x-request-id': 'req-1' }), answer]);
    expect(report).toEqual({
      created: { object: 'oauth_application', hasSecret: 'string' },
      listed: { count: 1 },
      declared: { kind: 'ClerkErrors', status: 404, code: 'resource_not_found', longMessage: 'No such application', meta: {}, body: clerkErrorBody, contentType: 'application/json' },
      // ListInvitations declares only its 200: the same body is the default error's text.
      undeclared: { kind: 'ClerkAPIError', status: 404, body: clerkErrorBody, sdkError: true, header: 'req-1' },
      // Nothing was sent for it: five requests below, not six.
      invalidInput: { kind: 'RequestValidationError', sdkValidation: true, raw: { emailAddress: 'not-a-list' }, rawMessage: '$.email_address: expected an array, got "not-a-list"' },
      offline: { kind: 'ConnectionError', client: true },
      inspect: { ok: true, method: 'GET', path: '/oauth_applications/oa_inspect', status: 200 },
    });
    expect(sent.map(requestLine)).toEqual([
      // `scopes` left out: its spec default is sent, in the schema's order.
      'POST /oauth_applications {"name":"Back office","redirect_uris":["https://example.com/cb"],"scopes":"profile email","public":true}',
      // Sorted by name, whatever the order of the request object; arrays repeat the key.
      'GET /users?banned=false&email_address=a%40example.com&email_address=b%40example.com&last_active_at_after=1700000000000&limit=20&offset=40&order_by=-created_at&query=ann',
      'GET /oauth_applications/oa_missing',
      // `limit` and `offset` left out go with their spec defaults.
      'GET /invitations?limit=10&offset=0&status=pending',
      'GET /oauth_applications/oa_inspect',
    ]);
    expectHeaders(sent, 'sk_test_standalone');
    expect(sent[0]!.received.headers['content-type']).toBe('application/json');
  });

  test('retries: the client policy, per-call retries and retryCodes, a POST retried, an operation without declared errors, serverIdx and serverURL', async () => {
    const { report, sent } = await runProgram('retries-app', [
      ...[faults.status(503), faults.status(503), answer], // GET: retried twice
      ...[faults.status(502), answer], // POST: retried once, as the spec configures retries
      faults.status(404, clerkErrorBody), // not a retried status
      ...[faults.status(500), faults.status(404, clerkErrorBody)], // no declared errors: the 500 retried, the 404 ends it
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
      undeclared: { attempts: 2, outcome: 'ClerkAPIError 404' },
      retryCodes: { attempts: 2, outcome: 'ClerkAPIError 503' },
      perCallNone: { attempts: 1, outcome: 'ClerkAPIError 503' },
      connection: { attempts: 2, outcome: 'ok' },
      perCallServer: { attempts: 1, outcome: 'ok' },
      specPolicy: { attempts: 2, outcome: 'ok' },
      specPolicyWaited: true,
      urls: [
        ...Array(3).fill(`${clerk}/users/${userId}`),
        ...Array(2).fill(`${clerk}/invitations`),
        `${clerk}/oauth_applications/oa_1`,
        ...Array(2).fill(`${clerk}/invitations?limit=10&offset=0`),
        ...Array(5).fill(`${clerk}/oauth_applications/oa_1`),
        `${local}/oauth_applications/oa_2`,
        ...Array(2).fill(`${local}/oauth_applications/oa_3`),
      ],
      logged: true,
    });
    // The server saw every attempt; the POST's body, with its spec defaults, is the same on both.
    expect(sent.map(requestLine)).toEqual([
      ...Array(3).fill(`GET /users/${userId}`),
      ...Array(2).fill('POST /invitations {"email_address":"new@example.com","notify":true,"ignore_existing":false}'),
      'GET /oauth_applications/oa_1',
      ...Array(2).fill('GET /invitations?limit=10&offset=0'),
      ...Array(5).fill('GET /oauth_applications/oa_1'),
      'GET /oauth_applications/oa_2',
      ...Array(2).fill('GET /oauth_applications/oa_3'),
    ]);
    expectHeaders(sent, 'sk_test_retries');
    // The spec's policy waits its initial interval (500 ms, jittered) before the second attempt.
    expect(sent[15]!.at - sent[14]!.at).toBeGreaterThanOrEqual(250);
  }, 60_000);

  test('HTTPClient hooks, an operation without security, the debug logger, serverIdx in and out of range', async () => {
    const { report, sent } = await runProgram('http-client-app');
    expect(report).toEqual({
      userId: 'string',
      keys: true,
      connection: true,
      hooks: [`response 200 /users/${userId}`, 'response 200 /jwks', 'response 200 /public/interstitial', 'request error 9'],
      servers: ['https://api.clerk.com/v1'],
      serverIdx0: 'accepted',
      serverIdx1: 'RangeError',
      logged: true,
    });
    expect(sent.map(requestLine)).toEqual([
      `GET /users/${userId}`,
      'GET /jwks',
      // `frontendApiQueryParameter1` is the second `frontend_api` parameter, spelled as the spec does.
      'GET /public/interstitial?frontend_api=clerk.example.com&use_domain_for_script=true',
    ]);
    expectHeaders(sent, 'sk_test_http', (r) => !r.received.url.startsWith('/public/'));
    // The beforeRequest hook's header reached the API; a response without content accepts anything.
    expect(sent.map((r) => [r.received.headers['x-app'], r.received.headers.accept])).toEqual([
      ['http-client-app', 'application/json'],
      ['http-client-app', 'application/json'],
      ['http-client-app', '*/*'],
    ]);
  });

  test('uploads: part names, filenames and types of { fileName, content }, Blob, File and stream files, a text part, no file', async () => {
    const { report, sent } = await runProgram('uploads-app');
    expect(report).toEqual({ profileImage: 'string', logo: 'string' });
    expect(sent.map(requestLine)).toEqual([...Array(4).fill(`POST /users/${userId}/profile_image`), 'PUT /organizations/org_1/logo']);
    for (const r of sent) expect(r.received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=\S+$/);
    expect(sent.map(multipartParts)).toEqual([
      [['file', 'avatar.png', 'application/octet-stream', '\x89PNG']],
      // A Blob has no name: FormData's "blob", as the reference sends it.
      [['file', 'blob', 'image/png', '\x89PNG']],
      [['file', 'anim.gif', 'image/gif', 'GIF89a']],
      [],
      // The schema's order: the uploader's ID, then the file.
      [
        ['uploader_user_id', '', '', 'user_9'],
        ['file', 'logo.svg', 'application/octet-stream', '<svg/>'],
      ],
    ]);
    expectHeaders(sent, 'sk_test_uploads');
  });

  test('models: enums, ToJSON / FromJSON with a union and the overlay-fixed JWKS, spec defaults in bodies, nulls kept, enum query', async () => {
    const { report, sent } = await runProgram('models-app');
    expect(report).toEqual({
      enums: {
        saml: ['ok', 'pending'],
        strategies: ['other:passkey_code', 'sms', 'email', 'other:carrier_pigeon'],
        modes: ['manual_invitation', 'automatic_invitation', 'automatic_suggestion'],
        suggestion: true,
        formats: ['token', 'cookie'],
      },
      emailAddress: { address: 'a@example.com', verification: { status: 'verified', strategy: 'email_code', attempts: 1, expireAt: null }, sameJSON: true },
      jwks: ['RSA:ins_1'],
      errorCodes: ['c'],
      tokens: ['string'],
      refreshJSON: '{"expired_token":"jwt.old","refresh_token":"jwt.refresh","request_origin":"https://app.example.com","request_headers":{"X-Forwarded-For":"203.0.113.7"},"format":"cookie"}',
    });
    expect(sent.map(requestLine)).toEqual([
      // Each item gets the item schema's defaults.
      'POST /invitations/bulk [{"email_address":"a@example.com","notify":true,"ignore_existing":false,"template_slug":"invitation"},{"email_address":"b@example.com","notify":false,"ignore_existing":false,"template_slug":"waitlist_invitation"}]',
      'POST /sessions/sess_1/refresh {"expired_token":"jwt.old","refresh_token":"jwt.refresh","request_origin":"https://app.example.com","request_headers":{"X-Forwarded-For":"203.0.113.7"},"format":"token"}',
      'POST /invitations {"email_address":"c@example.com","public_metadata":{"planTier":"pro","snake_key":{"innerCamel":1}},"notify":null,"ignore_existing":false,"expires_in_days":7}',
      'POST /oauth_applications {"name":"Legacy","callback_url":"https://example.com/legacy","scopes":null}',
      `GET /users/${userId}/oauth_access_tokens/oauth_google?limit=10&offset=0`,
      'GET /invitations?limit=5&offset=0&status=expired',
    ]);
    expectHeaders(sent, 'sk_test_models');
  });

  test("the reference docs' usage examples", async () => {
    const { report, sent } = await runProgram('docs-examples-app');
    expect(report).toEqual({ objects: ['number', 'blocklist_identifier', 'deleted_object', 'sign_in_token', 'sign_in_token', 'sign_up_attempt'] });
    expect(sent.map(requestLine)).toEqual([
      'GET /blocklist_identifiers',
      'POST /blocklist_identifiers {"identifier":"example@example.com"}',
      'DELETE /blocklist_identifiers/identifier123',
      // `expires_in_seconds` left out: its spec default (30 days).
      'POST /sign_in_tokens {"user_id":"user_12345","expires_in_seconds":2592000}',
      'POST /sign_in_tokens/tok_test_1234567890/revoke',
      // Path parameters are percent-encoded.
      'GET /sign_ups/%3Cid%3E',
      'PATCH /sign_ups/signup_1234567890abcdef {"external_id":"ext_id_7890abcdef123456","custom_action":false}',
    ]);
    expectHeaders(sent, 'sk_test_docs');
  });
});

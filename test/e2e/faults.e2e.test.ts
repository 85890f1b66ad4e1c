/**
 * Fault injection against the spec server with the generated Clerk SDK: retries (counts and
 * delays, with a recording clock), Retry-After, connection resets, timeouts, aborts, invalid
 * and off-spec bodies, undeclared statuses, error classes, and secrets kept out of the logs.
 */
import { buildSdk, CLERK_SPEC, type BuiltSdk } from './support/build-sdk.js';
import { faults } from './support/faults.js';
import { SpecServer } from './support/spec-server.js';

/** The example value the spec server expects for every user_id path parameter. */
const USER = 'user_id-x';

let sdk: BuiltSdk;
let server: SpecServer;
let SDK: any;
let errors: any;

/** A clock that records the delays it is asked for and does not wait. */
function recordingClock() {
  const sleeps: number[] = [];
  return { sleeps, now: () => Date.now(), random: () => 0.5, sleep: async (ms: number) => void sleeps.push(ms) };
}

function client(options: Record<string, unknown> = {}) {
  return new SDK({ serverURL: server.url, bearerAuth: 'sk_live_topsecret', validation: 'strict', ...options });
}

beforeAll(async () => {
  sdk = await buildSdk(CLERK_SPEC, '@clerk/backend-api-client', 'ClerkBackendApi');
  server = await SpecServer.start(sdk.api, sdk.document);
  SDK = (await sdk.load('index.js')).ClerkBackendApi;
  errors = await sdk.load('models/errors/index.js');
}, 120_000);

afterAll(async () => {
  await server?.close();
});

beforeEach(() => {
  server.requests.length = 0;
  server.faults.length = 0;
});

describe('retries', () => {
  test('503 with Retry-After: 1 is retried after 1 s (spec x-speakeasy-retries: 5XX)', async () => {
    const clock = recordingClock();
    server.faults.push(faults.status(503, '', { 'retry-after': '1' }));
    const user = await client({ clock }).users.get(USER);
    expect(user.id).toBeDefined();
    expect(server.hits('GetUser')).toHaveLength(2);
    expect(clock.sleeps).toEqual([1000]);
  });

  test('429 with an HTTP-date Retry-After waits until that date', async () => {
    const clock = recordingClock();
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 3000);
    server.faults.push(faults.status(429, '', { 'retry-after': at.toUTCString() }));
    await client({ clock, retries: { strategy: 'backoff', statusCodes: ['429'], maxAttempts: 2 } }).users.get(USER);
    expect(server.hits('GetUser')).toHaveLength(2);
    expect(clock.sleeps[0]).toBeGreaterThan(2000);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(4000);
  });

  test('without Retry-After, delays grow exponentially with jitter (spec backoff 500 ms × 1.5ⁿ)', async () => {
    const clock = recordingClock();
    server.faults.push(faults.status(500), faults.status(502), faults.status(504));
    await client({ clock }).users.get(USER);
    expect(server.hits('GetUser')).toHaveLength(4);
    expect(clock.sleeps).toEqual([375, 563, 844]);
  });

  test('the attempt cap ends the retries with the last error response', async () => {
    const clock = recordingClock();
    for (let i = 0; i < 5; i++) server.faults.push(faults.status(503, '{"oops":true}'));
    const error = await client({ clock, retries: { strategy: 'backoff', statusCodes: ['5XX'], maxAttempts: 3 } })
      .users.get(USER)
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(errors.ClerkAPIError);
    expect(error).toMatchObject({ statusCode: 503, body: '{"oops":true}' });
    expect(server.hits('GetUser')).toHaveLength(3);
  });

  test('a connection reset is retried as a connection error', async () => {
    server.faults.push(faults.reset());
    const user = await client({ clock: recordingClock() }).users.get(USER);
    expect(user.id).toBeDefined();
    expect(server.hits('GetUser')).toHaveLength(2);
  });

  test('a connection reset without retries is a ConnectionError', async () => {
    server.faults.push(faults.reset());
    const error = await client({ retries: { strategy: 'none' } })
      .users.get(USER)
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(errors.ConnectionError);
  });

  test('POST is retried as the x-speakeasy-retries of the spec says (issue 14); an idempotency key is sent on every attempt', async () => {
    const clock = recordingClock();
    server.faults.push(faults.status(503));
    await client({ clock }).users.ban(USER);
    expect(server.hits('BanUser')).toHaveLength(2);
    server.requests.length = 0;
    server.faults.push(faults.status(503));
    await client({ clock }).users.ban(USER, { idempotencyKey: 'ban-user_1' });
    expect(server.hits('BanUser').map((h) => h.received.headers['idempotency-key'])).toEqual(['ban-user_1', 'ban-user_1']);
  });
});

describe('timeouts and aborts', () => {
  test('a slow response times out (per client and per call)', async () => {
    server.faults.push(faults.delay(1000));
    const started = Date.now();
    const error = await client({ timeoutMs: 100, retries: { strategy: 'none' } })
      .users.get(USER)
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(errors.RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(900);
    server.faults.push(faults.delay(300));
    const user = await client({ timeoutMs: 100, retries: { strategy: 'none' } }).users.get(USER, { timeoutMs: 2000 });
    expect(user.id).toBeDefined();
  });

  test("the caller's signal aborts a slow request", async () => {
    server.faults.push(faults.delay(1000));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await client({ timeoutMs: 5000 })
      .users.get(USER, { signal: controller.signal })
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(errors.RequestAbortedError);
  });
});

describe('response problems', () => {
  test('invalid JSON is a ResponseValidationError at $', async () => {
    server.faults.push(faults.invalidJSON());
    const error = await client()
      .users.get(USER)
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(errors.ResponseValidationError);
    expect(error.path).toBe('$');
  });

  test('a wrong type names the JSON path; lax keeps unknown fields and logs the drift', async () => {
    server.faults.push(faults.status(200, JSON.stringify({ id: 'u', object: 'user', email_addresses: [{ id: 5 }] })));
    const error = await client()
      .users.get(USER)
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(errors.ResponseValidationError);
    expect(error.path).toBe('$.email_addresses[0].id');
    const warnings: unknown[] = [];
    server.faults.push(faults.status(200, JSON.stringify({ id: 'u', object: 'user', brand_new: 1 })));
    const user = await client({ validation: 'lax', logger: { debug() {}, warn: (...a: unknown[]) => warnings.push(a) } }).users.get(USER);
    expect(user.brand_new).toBe(1);
    expect(JSON.stringify(warnings)).toContain('$.brand_new');
  });

  test('a declared error status throws its class with the typed body', async () => {
    const body = { errors: [{ message: 'not found', long_message: 'No user', code: 'resource_not_found' }], clerk_trace_id: 't1' };
    server.faults.push(faults.status(404, JSON.stringify(body)));
    const error = await client()
      .users.get(USER)
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(errors.ClerkErrors);
    expect(error).toBeInstanceOf(errors.HTTPError);
    expect(error.statusCode).toBe(404);
    expect(error.data.errors[0].longMessage).toBe('No user');
    expect(error.data.clerkTraceId).toBe('t1');
    expect(error.rawResponse.status).toBe(404);
  });

  test('an undeclared status is the default API error with status, headers and body', async () => {
    server.faults.push(faults.status(418, 'short and stout', { 'x-teapot': 'yes' }, 'text/plain'));
    const error = await client()
      .users.get(USER)
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(errors.ClerkAPIError);
    expect(error).toMatchObject({ statusCode: 418, body: 'short and stout', contentType: 'text/plain' });
    expect(error.headers.get('x-teapot')).toBe('yes');
    expect(error.message).toContain('418');
  });

  test('standalone functions return the same errors as values', async () => {
    const { ClerkBackendApiCore } = await sdk.load('core.js');
    const { usersGet } = await sdk.load('funcs/usersGet.js');
    server.faults.push(faults.status(418, 'x'));
    const res = await usersGet(new ClerkBackendApiCore({ serverURL: server.url, bearerAuth: 'k' }), USER);
    expect(res.ok).toBe(false);
    expect(res.error).toBeInstanceOf(errors.ClerkAPIError);
  });
});

describe('auth, custom fetch and logs', () => {
  test('the debug log never contains the secret', async () => {
    const lines: string[] = [];
    const logger = { debug: (...a: unknown[]) => lines.push(JSON.stringify(a)), warn: () => {} };
    server.faults.push(faults.status(503, '', { 'set-cookie': 'session=server_secret_cookie' }));
    await client({ debugLogger: logger, clock: recordingClock() }).users.get(USER, { headers: { cookie: 'sid=caller_cookie_secret' } });
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(text).not.toContain('topsecret');
    expect(text).not.toContain('cookie_secret');
    expect(text).toContain('[REDACTED]');
    expect(text).toContain('retrying GET');
  });

  test('credentials from a provider function, from the environment, and a custom fetch', async () => {
    let calls = 0;
    const fetch = (r: Request) => {
      calls++;
      return globalThis.fetch(r);
    };
    await client({ bearerAuth: async () => 'sk_from_provider', fetch }).users.get(USER);
    expect(server.hits('GetUser')[0].received.headers.authorization).toBe('Bearer sk_from_provider');
    expect(calls).toBe(1);
    process.env.CLERK_BACKEND_API_BEARER_AUTH = 'sk_from_env';
    try {
      await new SDK({ serverURL: server.url }).users.get(USER);
    } finally {
      delete process.env.CLERK_BACKEND_API_BEARER_AUTH;
    }
    expect(server.hits('GetUser')[1].received.headers.authorization).toBe('Bearer sk_from_env');
  });

  test('missing credentials are reported by the server check', async () => {
    await new SDK({ serverURL: server.url }).users.get(USER).catch(() => undefined);
    expect(server.hits('GetUser')[0].problems).toEqual(['no credentials for any security requirement']);
  });
});

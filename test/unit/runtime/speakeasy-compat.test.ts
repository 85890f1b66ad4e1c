/**
 * The runtime surface that code written against the reference generator's SDKs relies on
 * (issue 14): HTTPClient and its hooks, retryConfig and retryCodes, retries of POST when the API
 * description configures them (one idempotency key for every attempt), console-shaped loggers,
 * serverIdx checks, $inspect(), and the error hierarchy.
 */
import { call } from '../../../templates/runtime/typescript/call.js';
import { ConnectionError, HTTPClientError, ResponseValidationError, SDKError, SDKValidationError } from '../../../templates/runtime/typescript/errors.js';
import { HTTPClient } from '../../../templates/runtime/typescript/http.js';
import { toLogger } from '../../../templates/runtime/typescript/logger.js';
import { json as jsonSpec, type OperationSpec } from '../../../templates/runtime/typescript/operation.js';
import type { RetryConfig } from '../../../templates/runtime/typescript/retries.js';
import { ClientSDK, effectiveRetries } from '../../../templates/runtime/typescript/sdk.js';
import * as s from '../../../templates/runtime/typescript/schema.js';
import { CONFIG, fakeClient, json } from './fake-client.js';

const SPEC_RETRIES: RetryConfig = { strategy: 'backoff', backoff: { initialInterval: 1, maxInterval: 2, exponent: 1, maxElapsedTime: 10_000 }, statusCodes: ['503'], retryConnectionErrors: false };

const createThing: OperationSpec<{ idempotencyKey?: string }, { id: string }> = {
  id: 'createThing',
  method: 'POST',
  path: '/things',
  params: [{ name: 'Idempotency-Key', in: 'header', style: 'simple', explode: false, get: (r) => r.idempotencyKey }],
  responses: [jsonSpec(['200'], 'application/json', s.obj([['id', s.str(), true]]), (w) => w)],
};

const flaky = (request: Request, n: number) => (n === 0 ? new Response('', { status: 503 }) : json({ id: 'x' }));

describe('retries', () => {
  test('a POST is retried when the API description configures retries, with one generated idempotency key on every attempt', async () => {
    const { client, requests } = fakeClient(flaky);
    const result = await call(client, { ...createThing, retries: SPEC_RETRIES }, {}, {});
    expect(result.ok).toBe(true);
    expect(requests).toHaveLength(2);
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  test('without a configured policy a POST is sent once and gets no key', async () => {
    const { client, requests } = fakeClient(flaky, { retries: SPEC_RETRIES });
    const result = await call(client, createThing, {}, {});
    expect(result.ok).toBe(false);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.headers.has('idempotency-key')).toBe(false);
  });

  test('a policy without statusCodes inherits the described ones; retryCodes replace them; retryConfig is retries', () => {
    const state = new ClientSDK({ retryConfig: { strategy: 'backoff', backoff: { initialInterval: 1 } } }, { ...CONFIG, retries: SPEC_RETRIES })._state;
    expect(effectiveRetries(state, undefined, undefined)).toMatchObject({ strategy: 'backoff', statusCodes: ['503'], backoff: { initialInterval: 1 } });
    expect(effectiveRetries(state, undefined, undefined, ['429'])).toMatchObject({ statusCodes: ['429'] });
    expect(effectiveRetries(state, { strategy: 'none' }, undefined, ['429'])).toEqual({ strategy: 'none' });
    const both = new ClientSDK({ retries: { strategy: 'none' }, retryConfig: SPEC_RETRIES }, CONFIG)._state;
    expect(effectiveRetries(both, undefined, undefined)).toEqual({ strategy: 'none' });
  });
});

describe('HTTPClient', () => {
  test('beforeRequest may replace the request; response and requestError hooks observe; removeHook and clone', async () => {
    const seen: string[] = [];
    const client = new HTTPClient({ fetcher: async (r) => (r.url.includes('down') ? Promise.reject(new TypeError('fetch failed')) : new Response(r.headers.get('x-tag') ?? 'none')) });
    const tag = (r: Request) => {
      const next = new Request(r);
      next.headers.set('x-tag', 'tagged');
      return next;
    };
    client.addHook('beforeRequest', tag);
    client.addHook('response', (res) => void seen.push(`response ${res.status}`));
    client.addHook('requestError', (_e, r) => void seen.push(`error ${new URL(r.url).pathname}`));
    const copy = client.clone();
    expect(await (await client.request(new Request('https://x.test/a'))).text()).toBe('tagged');
    await expect(client.request(new Request('https://x.test/down'))).rejects.toThrow('fetch failed');
    client.removeHook('beforeRequest', tag);
    expect(await (await client.request(new Request('https://x.test/a'))).text()).toBe('none');
    expect(await (await copy.request(new Request('https://x.test/a'))).text()).toBe('tagged');
    expect(seen).toEqual(['response 200', 'error /down', 'response 200', 'response 200']);
  });

  test('as the httpClient option it sends every attempt, and a failure is a ConnectionError (an HTTPClientError)', async () => {
    const attempts: string[] = [];
    const httpClient = new HTTPClient({ fetcher: async () => Promise.reject(new TypeError('fetch failed')) });
    httpClient.addHook('beforeRequest', (r) => void attempts.push(r.method));
    const sdk = new ClientSDK({ httpClient, bearer: 't' } as never, CONFIG);
    const result = await call(sdk, { ...createThing, method: 'GET' }, {}, { retries: { strategy: 'none' } });
    expect(attempts).toEqual(['GET']);
    expect(result.ok).toBe(false);
    expect(result.error).toBeInstanceOf(ConnectionError);
    expect(result.error).toBeInstanceOf(HTTPClientError);
    expect(result.error).toBeInstanceOf(SDKError);
  });
});

test('$inspect gives the result with the request sent and the response received', async () => {
  const { client } = fakeClient(() => json({ id: 'x' }));
  const [result, exchange] = await call(client, { ...createThing, method: 'GET' }, {}, {}).$inspect();
  expect(result).toEqual({ ok: true, value: { id: 'x' } });
  expect(exchange.request?.method).toBe('GET');
  expect(exchange.response?.status).toBe(200);
});

test('a console-shaped logger ({ log, group, groupEnd }) is used for both levels', () => {
  const lines: unknown[] = [];
  const logger = toLogger({ log: (m: unknown) => lines.push(m), group: () => {}, groupEnd: () => {} })!;
  logger.debug('d');
  logger.warn('w');
  expect(lines).toEqual(['d', 'w']);
  const own = { debug: () => {}, warn: () => {} };
  expect(toLogger(own)).toBe(own);
});

test('a serverIdx that names no server is a RangeError when the client is made', () => {
  expect(() => new ClientSDK({ serverIdx: 2 }, CONFIG)).toThrow(new RangeError('serverIdx 2 is out of range: the API description lists 2 servers (0 to 1)'));
  expect(() => new ClientSDK({ serverIdx: 1 }, CONFIG)).not.toThrow();
});

test('a response validation error is an SDKValidationError with the raw value and a pretty form', () => {
  const error = new ResponseValidationError(
    [
      { path: '$.id', message: 'expected string' },
      { path: '$.n', message: 'expected number' },
    ],
    { id: 1 },
  );
  expect(error).toBeInstanceOf(SDKValidationError);
  expect(error.rawValue).toEqual({ id: 1 });
  expect(error.rawMessage).toBe('$.id: expected string');
  expect(error.pretty().split('\n')).toEqual(['Response validation failed at $.id: expected string (and 1 more)', '  $.id: expected string', '  $.n: expected number']);
});

test('query parameters go out sorted by name, as the reference SDK sends them', async () => {
  const { client, requests } = fakeClient(() => json({ id: 'x' }));
  const op: OperationSpec<{ z: string; a: string[]; m: number }, { id: string }> = {
    id: 'search',
    method: 'GET',
    path: '/search',
    params: [
      { name: 'zeta', in: 'query', style: 'form', explode: true, get: (r) => r.z },
      { name: 'alpha', in: 'query', style: 'form', explode: true, get: (r) => r.a },
      { name: 'mid', in: 'query', style: 'form', explode: true, get: (r) => r.m },
    ],
    responses: [jsonSpec(['200'], 'application/json', undefined, (w) => w)],
  };
  await call(client, op, { z: 'last', a: ['2', '1'], m: 5 }, {});
  expect(new URL(requests[0]!.url).search).toBe('?alpha=2&alpha=1&mid=5&zeta=last');
});

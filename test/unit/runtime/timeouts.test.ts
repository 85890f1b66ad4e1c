/** Timeouts per client and per call, caller signals, idempotency rules, with a fetch that honours aborts. */
import { call } from '../../../templates/runtime/typescript/call.js';
import { RequestAbortedError, RequestTimeoutError } from '../../../templates/runtime/typescript/errors.js';
import { json as jsonSpec, type OperationSpec } from '../../../templates/runtime/typescript/operation.js';
import * as s from '../../../templates/runtime/typescript/schema.js';
import { fakeClient, json } from './fake-client.js';

const get: OperationSpec<void, unknown> = { id: 'get', method: 'GET', path: '/x', responses: [jsonSpec(['200'], 'application/json', s.any, (w) => w)] };
const post: OperationSpec<void, unknown> = { ...get, id: 'post', method: 'POST' };

/** Answers after `ms`, or rejects like fetch does when the request's signal fires. */
function slow(ms: number) {
  return (request: Request) =>
    new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(json({ late: true })), ms);
      request.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(request.signal.reason ?? new DOMException('aborted', 'AbortError'));
      });
    });
}

describe('timeouts and aborts', () => {
  test('client timeout, per-call timeout override', async () => {
    const { client } = fakeClient(slow(200), { timeoutMs: 20, retries: { strategy: 'none' } });
    expect((await call(client, get, undefined)).error).toBeInstanceOf(RequestTimeoutError);
    expect(await call(client, get, undefined, { timeoutMs: 1000 })).toEqual({ ok: true, value: { late: true } });
  });

  test('timed-out attempts are retried as connection errors', async () => {
    const { client, requests } = fakeClient((r, n) => (n < 2 ? slow(200)(r) : json({ ok: 1 })), { timeoutMs: 20 });
    expect(await call(client, get, undefined)).toEqual({ ok: true, value: { ok: 1 } });
    expect(requests).toHaveLength(3);
  });

  test("the caller's signal aborts, and wins over a timeout that fired too", async () => {
    const { client } = fakeClient(slow(200), { timeoutMs: 1000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    expect((await call(client, get, undefined, { signal: controller.signal })).error).toBeInstanceOf(RequestAbortedError);
    const already = new AbortController();
    already.abort();
    const res = await call(client, get, undefined, { signal: already.signal, timeoutMs: 1 });
    expect(res.error).toBeInstanceOf(RequestAbortedError);
  });

  test('an abort during a retry delay ends the call', async () => {
    const { client, clock } = fakeClient(() => json({}, 503));
    const controller = new AbortController();
    clock.sleep = async () => {
      controller.abort();
      throw new RequestAbortedError('aborted');
    };
    expect((await call(client, get, undefined, { signal: controller.signal })).error).toBeInstanceOf(RequestAbortedError);
  });
});

describe('idempotency', () => {
  test('POST is not retried without an idempotency key, and is with one', async () => {
    const first = fakeClient(() => json({}, 503));
    await call(first.client, post, undefined);
    expect(first.requests).toHaveLength(1);
    const second = fakeClient((_, n) => (n === 0 ? json({}, 503) : json({ done: 1 })));
    expect(await call(second.client, post, undefined, { idempotencyKey: 'k-1' })).toEqual({ ok: true, value: { done: 1 } });
    expect(second.requests.map((r) => r.headers.get('idempotency-key'))).toEqual(['k-1', 'k-1']);
  });

  test('GET is retried by default up to 3 attempts', async () => {
    const { client, requests, clock } = fakeClient(() => json({}, 503));
    const res = await call(client, get, undefined);
    expect(res.error).toMatchObject({ statusCode: 503 });
    expect(requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([375, 750]);
  });
});

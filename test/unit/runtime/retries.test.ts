/** Retry policy: backoff with jitter, attempt cap, time budget, Retry-After, idempotency, aborts. */
import { backoffDelay, matchesStatus, retryAfterMs, withRetries, type RetryConfig } from '../../../templates/runtime/typescript/retries.js';
import { ConnectionError, RequestAbortedError } from '../../../templates/runtime/typescript/errors.js';
import { FakeClock } from './fake-client.js';

const backoff: RetryConfig = {
  strategy: 'backoff',
  backoff: { initialInterval: 100, maxInterval: 1000, exponent: 2, maxElapsedTime: 10_000 },
  statusCodes: ['429', '5XX'],
  retryConnectionErrors: true,
};

function run(responses: (number | Error | [number, Record<string, string>])[], config: RetryConfig = backoff, allowed = true, signal?: AbortSignal) {
  const clock = new FakeClock();
  let n = 0;
  const attempt = async () => {
    const next = responses[Math.min(n++, responses.length - 1)];
    if (next instanceof Error) throw next;
    const [status, headers] = Array.isArray(next) ? next : [next, {}];
    return new Response(null, { status, headers });
  };
  return { clock, attempts: () => n, result: withRetries(attempt, { config, allowed, clock, signal }) };
}

describe('withRetries', () => {
  test('backs off exponentially with jitter until success', async () => {
    const { clock, attempts, result } = run([503, 500, 429, 200]);
    expect((await result).status).toBe(200);
    expect(attempts()).toBe(4);
    // random() = 0.5 → 75 % of 100, 200, 400.
    expect(clock.sleeps).toEqual([75, 150, 300]);
  });

  test('the delay never exceeds maxInterval', () => {
    const b = { initialInterval: 100, maxInterval: 1000, exponent: 2, maxElapsedTime: 1e9 };
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelay(n, b, 1))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffDelay(3, b, 0)).toBe(400);
  });

  test('stops at maxAttempts and returns the last response', async () => {
    const { attempts, result } = run([503], { ...backoff, maxAttempts: 3 } as RetryConfig);
    expect((await result).status).toBe(503);
    expect(attempts()).toBe(3);
  });

  test('stops when the time budget would be exceeded', async () => {
    const { clock, attempts, result } = run([503], { strategy: 'backoff', backoff: { initialInterval: 1000, maxInterval: 4000, exponent: 2, maxElapsedTime: 5000 }, statusCodes: ['503'] });
    expect((await result).status).toBe(503);
    // 750 + 1500 = 2250 ms slept; the next 3000 would end past 5000.
    expect(clock.sleeps).toEqual([750, 1500]);
    expect(attempts()).toBe(3);
  });

  test('Retry-After in seconds and as an HTTP date replaces the backoff', async () => {
    const { clock, result } = run([[429, { 'retry-after': '3' }], [503, { 'retry-after': new Date(1_000_000 + 3000 + 5000).toUTCString() }], 200]);
    expect((await result).status).toBe(200);
    expect(clock.sleeps).toEqual([3000, 5000]);
    expect(retryAfterMs('garbage', 0)).toBeUndefined();
    expect(retryAfterMs(new Date(0).toUTCString(), 10_000)).toBe(0);
  });

  test('a Retry-After beyond the budget ends the retries', async () => {
    const { clock, result } = run([[503, { 'retry-after': '3600' }], 200]);
    expect((await result).status).toBe(503);
    expect(clock.sleeps).toEqual([]);
  });

  test('connection errors are retried only when configured', async () => {
    const failing = run([new ConnectionError('reset'), 200]);
    expect((await failing.result).status).toBe(200);
    const off = run([new ConnectionError('reset'), 200], { ...backoff, retryConnectionErrors: false } as RetryConfig);
    await expect(off.result).rejects.toBeInstanceOf(ConnectionError);
    expect(off.attempts()).toBe(1);
  });

  test('statuses outside the list, strategy none, and disallowed requests are not retried', async () => {
    expect(await run([404, 200]).result.then((r) => r.status)).toBe(404);
    expect(await run([503, 200], { strategy: 'none' }).result.then((r) => r.status)).toBe(503);
    expect(await run([503, 200], backoff, false).result.then((r) => r.status)).toBe(503);
  });

  test('an aborted signal ends the wait', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(run([503, 200], backoff, true, controller.signal).result).rejects.toBeInstanceOf(RequestAbortedError);
  });

  test('status patterns', () => {
    expect(matchesStatus(503, ['5XX'])).toBe(true);
    expect(matchesStatus(503, ['5xx'])).toBe(true);
    expect(matchesStatus(429, ['5XX', '429'])).toBe(true);
    expect(matchesStatus(404, ['5XX', '429'])).toBe(false);
  });
});

/** Hooks around each attempt, custom fetch, and the debug logger's redaction of secrets. */
import { call } from '../../../templates/runtime/typescript/call.js';
import type { ClientOptions, SDKConfig } from '../../../templates/runtime/typescript/config.js';
import { SDKError } from '../../../templates/runtime/typescript/errors.js';
import { json as jsonSpec, type OperationSpec } from '../../../templates/runtime/typescript/operation.js';
import { ClientSDK } from '../../../templates/runtime/typescript/sdk.js';
import * as s from '../../../templates/runtime/typescript/schema.js';
import { CONFIG, fakeClient, json } from './fake-client.js';

const op: OperationSpec<{ token?: string }, unknown> = {
  id: 'op',
  method: 'GET',
  path: '/x',
  params: [{ name: 'session', in: 'cookie', style: 'form', explode: true, get: (r) => r.token }],
  responses: [jsonSpec(['200'], 'application/json', s.any, (w) => w)],
};

class HookError extends SDKError {}

describe('hooks', () => {
  test('beforeRequest may replace the request; afterSuccess the response; each attempt is numbered', async () => {
    const attempts: number[] = [];
    const { client, requests } = fakeClient((_, n) => (n === 0 ? json({}, 503) : json({ n })), {
      hooks: [
        {
          beforeRequest: (ctx, request) => {
            attempts.push(ctx.retryAttempt);
            const headers = new Headers(request.headers);
            headers.set('x-signed', `${ctx.operationID}@${ctx.baseURL}`);
            return new Request(request, { headers });
          },
        },
        { afterSuccess: async (_, response) => json({ wrapped: await response.json() }) },
      ],
    });
    const res = await call(client, op, {});
    expect(res).toEqual({ ok: true, value: { wrapped: { n: 1 } } });
    expect(attempts).toEqual([0, 1]);
    expect(requests[1].headers.get('x-signed')).toBe('op@https://api.example.com/v1');
  });

  test('afterError sees error responses and transport failures and may replace the error', async () => {
    const seen: (number | undefined)[] = [];
    const { client } = fakeClient((_, n) => (n === 0 ? json({}, 400) : Promise.reject(new TypeError('down'))), {
      retries: { strategy: 'none' },
      hooks: {
        afterError: (_, response, error) => {
          seen.push(response?.status);
          return { error: new HookError(`wrapped: ${(error as Error).message}`) };
        },
      },
    });
    expect((await call(client, op, {})).error).toBeInstanceOf(HookError);
    expect(((await call(client, op, {})).error as Error).message).toBe('wrapped: connection failed: down');
    expect(seen).toEqual([400, undefined]);
  });

  test('a throwing hook fails the call with an UnexpectedClientError', async () => {
    const { client } = fakeClient(() => json({}), {
      hooks: {
        beforeRequest: () => {
          throw new Error('boom');
        },
      },
    });
    expect((await call(client, op, {})).error).toMatchObject({ name: 'UnexpectedClientError', message: 'boom' });
  });
});

describe('debug logger', () => {
  test('traces requests and responses with Authorization, cookies and API keys redacted', async () => {
    const lines: string[] = [];
    const logger = { debug: (...args: unknown[]) => lines.push(JSON.stringify(args)), warn: () => {} };
    const config: SDKConfig = {
      ...CONFIG,
      schemes: { ...CONFIG.schemes, q: { type: 'apiKey', in: 'query', name: 'api_key', field: 'q', env: 'X' } },
      security: [[{ key: 'bearer' }, { key: 'key' }, { key: 'q' }]],
    };
    const fetch = async () => json({}, 200, { 'set-cookie': 'sid=server-secret' });
    const client = new ClientSDK({ fetch, debugLogger: logger, bearer: 'bearer-secret', key: 'key-secret', q: 'query-secret' } as ClientOptions, config);
    await call(client, op, { token: 'cookie-secret' }, { headers: { 'x-trace': 'visible' } });
    const text = lines.join('\n');
    expect(text).not.toMatch(/secret/);
    expect(text).toContain('[REDACTED]');
    expect(text).toContain('visible');
    expect(text).toContain('--> GET https://api.example.com/v1/x?api_key=%5BREDACTED%5D');
    expect(text).toMatch(/<-- 200 GET/);
  });

  test('<PREFIX>_DEBUG=1 logs to the console', () => {
    process.env.TEST_SDK_DEBUG = '1';
    try {
      expect(new ClientSDK({}, CONFIG)._state.debugLogger).toBe(console);
    } finally {
      delete process.env.TEST_SDK_DEBUG;
    }
    expect(new ClientSDK({}, CONFIG)._state.debugLogger).toBeUndefined();
  });
});

/** A runtime client wired to a scripted fetch and a fake clock, for tests of the request pipeline. */
import type { ClientOptions, SDKConfig } from '../../../templates/runtime/typescript/config.js';
import { HTTPError } from '../../../templates/runtime/typescript/errors.js';
import type { Clock } from '../../../templates/runtime/typescript/retries.js';
import { ClientSDK } from '../../../templates/runtime/typescript/sdk.js';
import { RequestAbortedError } from '../../../templates/runtime/typescript/errors.js';

export class DefaultError extends HTTPError {
  override name = 'DefaultError';
}

export const CONFIG: SDKConfig = {
  servers: [{ url: 'https://api.example.com/{version}', variables: { version: 'v1' } }, { url: 'https://eu.example.com' }],
  schemes: {
    bearer: { type: 'http', scheme: 'bearer', field: 'bearer', env: 'TEST_SDK_BEARER' },
    key: { type: 'apiKey', in: 'header', name: 'X-Api-Key', field: 'key', env: 'TEST_SDK_KEY' },
  },
  security: [[{ key: 'bearer' }]],
  envPrefix: 'TEST_SDK',
  userAgent: 'test',
  defaultError: DefaultError,
};

/** Time that only moves when someone sleeps; sleeps are recorded. */
export class FakeClock implements Clock {
  time = 1_000_000;
  readonly sleeps: number[] = [];
  now = () => this.time;
  random = () => 0.5;
  sleep = async (ms: number, signal?: AbortSignal | null) => {
    if (signal?.aborted) throw new RequestAbortedError('aborted');
    this.sleeps.push(ms);
    this.time += ms;
  };
}

export type Script = (request: Request, n: number) => Response | Promise<Response>;

export function fakeClient(script: Script, options: ClientOptions & Record<string, unknown> = {}) {
  const requests: Request[] = [];
  const clock = new FakeClock();
  const fetch = async (request: Request) => {
    requests.push(request);
    return script(request, requests.length - 1);
  };
  const client = new ClientSDK({ fetch, clock, ...options }, CONFIG);
  return { client, requests, clock };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

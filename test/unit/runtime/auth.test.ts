/** Credentials: values, providers, environment fallback, per-operation requirements, OAuth2 client credentials. */
import { call } from '../../../templates/runtime/typescript/call.js';
import type { ClientOptions, SDKConfig } from '../../../templates/runtime/typescript/config.js';
import { OAuth2TokenError, TokenCache } from '../../../templates/runtime/typescript/oauth2.js';
import { json as jsonSpec, type OperationSpec } from '../../../templates/runtime/typescript/operation.js';
import { ClientSDK } from '../../../templates/runtime/typescript/sdk.js';
import { base64, resolveSecurity, type SecurityScheme } from '../../../templates/runtime/typescript/security.js';
import * as s from '../../../templates/runtime/typescript/schema.js';
import { CONFIG, fakeClient, json } from './fake-client.js';

const schemes: Record<string, SecurityScheme> = {
  bearer: { type: 'http', scheme: 'bearer', field: 'bearer', env: 'T_BEARER' },
  basic: { type: 'http', scheme: 'basic', field: 'basic', env: 'T_BASIC' },
  header: { type: 'apiKey', in: 'header', name: 'X-Key', field: 'header', env: 'T_HEADER' },
  query: { type: 'apiKey', in: 'query', name: 'key', field: 'query', env: 'T_QUERY' },
  cookie: { type: 'apiKey', in: 'cookie', name: 'sid', field: 'cookie', env: 'T_COOKIE' },
  oauth: { type: 'oauth2', tokenURL: '/oauth/token', field: 'oauth', env: 'T_OAUTH' },
};

describe('resolveSecurity', () => {
  afterEach(() => {
    delete process.env.T_BEARER;
    delete process.env.T_BASIC_USERNAME;
    delete process.env.T_BASIC_PASSWORD;
  });

  test('values, sync and async providers', async () => {
    expect(await resolveSecurity([[{ key: 'bearer' }]], schemes, { bearer: 'abc' })).toEqual([{ kind: 'header', name: 'Authorization', value: 'Bearer abc' }]);
    expect(await resolveSecurity([[{ key: 'bearer' }]], schemes, { bearer: () => 'Bearer xyz' })).toEqual([{ kind: 'header', name: 'Authorization', value: 'Bearer xyz' }]);
    expect(await resolveSecurity([[{ key: 'header' }]], schemes, { header: async () => 'k' })).toEqual([{ kind: 'header', name: 'X-Key', value: 'k' }]);
    expect(await resolveSecurity([[{ key: 'basic' }]], schemes, { basic: { username: 'ü', password: 'p:w' } })).toEqual([{ kind: 'header', name: 'Authorization', value: `Basic ${base64('ü:p:w')}` }]);
  });

  test('the first requirement whose credentials are all present wins; all schemes of it apply', async () => {
    const requirements = [[{ key: 'bearer' }, { key: 'query' }], [{ key: 'cookie' }]];
    expect(await resolveSecurity(requirements, schemes, { bearer: 'b', cookie: 'c' })).toEqual([{ kind: 'cookie', name: 'sid', value: 'c' }]);
    expect(await resolveSecurity(requirements, schemes, { bearer: 'b', query: 'q', cookie: 'c' })).toHaveLength(2);
    expect(await resolveSecurity(requirements, schemes, {})).toEqual([]);
  });

  test('the security option: the Security model, or a function returning it; own options win', async () => {
    const withMember = { ...schemes, header: { ...schemes.header, member: 'xKey' } } as Record<string, SecurityScheme>;
    const bearer = (value: string) => [{ kind: 'header', name: 'Authorization', value: `Bearer ${value}` }];
    expect(await resolveSecurity([[{ key: 'bearer' }]], schemes, { security: { bearer: 'abc' } })).toEqual(bearer('abc'));
    expect(await resolveSecurity([[{ key: 'bearer' }]], schemes, { security: async () => ({ bearer: 'async' }) })).toEqual(bearer('async'));
    expect(await resolveSecurity([[{ key: 'bearer' }]], schemes, { bearer: 'own', security: { bearer: 'model' } })).toEqual(bearer('own'));
    expect(await resolveSecurity([[{ key: 'header' }]], withMember, { security: { xKey: 'k' } })).toEqual([{ kind: 'header', name: 'X-Key', value: 'k' }]);
    expect(await resolveSecurity([[{ key: 'basic' }]], schemes, { security: { basic: { username: 'u', password: 'p' } } })).toEqual([
      { kind: 'header', name: 'Authorization', value: `Basic ${base64('u:p')}` },
    ]);
  });

  test('environment variables fill in missing options', async () => {
    process.env.T_BEARER = 'from-env';
    process.env.T_BASIC_USERNAME = 'u';
    process.env.T_BASIC_PASSWORD = 'p';
    expect(await resolveSecurity([[{ key: 'bearer' }]], schemes, {})).toEqual([{ kind: 'header', name: 'Authorization', value: 'Bearer from-env' }]);
    expect(await resolveSecurity([[{ key: 'bearer' }]], schemes, { bearer: 'option' })).toEqual([{ kind: 'header', name: 'Authorization', value: 'Bearer option' }]);
    expect(await resolveSecurity([[{ key: 'basic' }]], schemes, {})).toEqual([{ kind: 'header', name: 'Authorization', value: `Basic ${base64('u:p')}` }]);
  });
});

const op = (security?: OperationSpec<void, unknown>['security']): OperationSpec<void, unknown> => ({
  id: 'op',
  method: 'GET',
  path: '/x',
  responses: [jsonSpec(['200'], 'application/json', s.any, (w) => w)],
  ...(security ? { security } : {}),
});

describe('credentials on requests', () => {
  test('apiKey in query and cookie; per-operation requirements; empty requirement sends nothing', async () => {
    const config: SDKConfig = { ...CONFIG, schemes, security: [[{ key: 'bearer' }]] };
    const requests: Request[] = [];
    const client = new ClientSDK({ fetch: async (r: Request) => (requests.push(r), json({})), bearer: 'b', query: 'q k', cookie: 'c' } as ClientOptions, config);
    await call(client, op([[{ key: 'query' }, { key: 'cookie' }]]), undefined);
    await call(client, op([]), undefined);
    await call(client, op(), undefined);
    expect(requests[0].url).toBe('https://api.example.com/v1/x?key=q%20k');
    expect(requests[0].headers.get('cookie')).toBe('sid=c');
    expect(requests[0].headers.get('authorization')).toBeNull();
    expect(requests[1].headers.get('authorization')).toBeNull();
    expect(requests[2].headers.get('authorization')).toBe('Bearer b');
  });

  test('credentials never go to another origin (a next-page URL elsewhere)', async () => {
    const { client, requests } = fakeClient(() => json({}), { bearer: 'secret' });
    const { callRaw } = await import('../../../templates/runtime/typescript/call.js');
    await callRaw(client._state, op(), undefined, {}, { url: 'https://evil.example.net/next' });
    expect(requests[0].headers.get('authorization')).toBeNull();
  });
});

describe('OAuth2 client credentials', () => {
  function tokenServer(expiresIn = 3600) {
    const seen: { url: string; body: string; auth: string | null }[] = [];
    let issued = 0;
    const fetch = async (request: Request) => {
      if (request.url.endsWith('/oauth/token')) {
        seen.push({ url: request.url, body: await request.text(), auth: request.headers.get('authorization') });
        return json({ access_token: `t${++issued}`, token_type: 'bearer', expires_in: expiresIn });
      }
      return request.headers.get('authorization') === `Bearer t${issued}` ? json({}) : json({}, 401);
    };
    return { seen, fetch };
  }

  test('fetches once, caches, shares between concurrent calls, and keeps the token off the token request', async () => {
    const server = tokenServer();
    const config: SDKConfig = { ...CONFIG, schemes, security: [[{ key: 'oauth', scopes: ['read'] }]], tokenCache: () => new TokenCache() };
    const client = new ClientSDK({ fetch: server.fetch, oauth: { clientID: 'id', clientSecret: 's3' } } as ClientOptions, config);
    const results = await Promise.all([call(client, op(), undefined), call(client, op(), undefined), call(client, op(), undefined)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(server.seen).toEqual([{ url: 'https://api.example.com/oauth/token', body: 'grant_type=client_credentials&client_id=id&client_secret=s3&scope=read', auth: null }]);
  });

  test('refreshes a minute before expiry, and after a 401', async () => {
    let now = 0;
    const cache = new TokenCache(() => now);
    const server = tokenServer(120);
    const creds = { clientID: 'id', clientSecret: 's' };
    expect(await cache.token(creds, 'https://a/oauth/token', [], server.fetch)).toBe('t1');
    now = 59_000;
    expect(await cache.token(creds, 'https://a/oauth/token', [], server.fetch)).toBe('t1');
    now = 61_000;
    expect(await cache.token(creds, 'https://a/oauth/token', [], server.fetch)).toBe('t2');
    cache.invalidate('t2');
    expect(await cache.token(creds, 'https://a/oauth/token', [], server.fetch)).toBe('t3');
  });

  test('a failing token endpoint is an OAuth2TokenError', async () => {
    const cache = new TokenCache();
    await expect(cache.token({ clientID: 'a', clientSecret: 'b' }, 'https://a/oauth/token', [], async () => json({ error: 'invalid_client' }, 401))).rejects.toBeInstanceOf(OAuth2TokenError);
  });
});

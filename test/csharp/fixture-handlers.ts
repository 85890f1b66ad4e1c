/**
 * Answers of the client fixture's operations (test/fixtures/specs/csharp/client.yaml) that a
 * sample cannot give: echoes of the request, pages, errors by status, slow and broken answers,
 * credentials checks and the OAuth2 token endpoint.
 */
import type { IncomingMessage } from 'node:http';

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Raw body (not JSON-encoded). */
  raw?: Buffer | string;
  delayMs?: number;
}

export interface FixtureRequest {
  message: IncomingMessage;
  path: string;
  url: URL;
  body: Buffer;
  params: Record<string, string>;
  attempts: number;
  tokens: { issued: number };
}

export function echo(request: FixtureRequest): Answer {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(request.message.headers)) headers[key] = Array.isArray(value) ? value.join(', ') : String(value);
  return {
    status: 200,
    body: {
      method: request.message.method,
      url: request.path + request.url.search,
      path: request.path,
      query: request.url.search.replace(/^\?/, ''),
      headers,
      body: request.body.toString('latin1'),
      attempts: request.attempts,
    },
  };
}

const PAGE_ITEMS = Array.from({ length: 25 }, (_, i) => i + 1);

export function fixtureAnswer(operationId: string, request: FixtureRequest): Answer | undefined {
  const q = request.url.searchParams;
  const auth = String(request.message.headers.authorization ?? '');
  switch (operationId) {
    case 'roundTrip':
      return { status: 200, raw: request.body, headers: { 'content-type': 'application/json' } };
    case 'download':
      return { status: 200, raw: Buffer.from([0, 1, 2, 253, 254, 255]), headers: { 'content-type': 'application/octet-stream' } };
    case 'shout':
      return { status: 200, raw: request.body.toString('utf8').toUpperCase(), headers: { 'content-type': 'text/plain; charset=utf-8' } };
    case 'basicAuth':
      return auth === `Basic ${Buffer.from('user:pass').toString('base64')}` ? echo(request) : { status: 401 };
    case 'oauth':
      return /^Bearer token-\d+$/.test(auth) ? echo(request) : { status: 401 };
    case 'fail':
      return request.params.status === '200' ? echo(request) : failure(Number(request.params.status));
    case 'garbage':
      return { status: 200, raw: '{"method": "GET", "url": ', headers: { 'content-type': 'application/json' } };
    case 'slow':
      return { ...echo(request), delayMs: Number(q.get('ms') ?? 0) };
    case 'listOffset': {
      const offset = Number(q.get('offset') ?? 0);
      const limit = Number(q.get('limit') ?? 10);
      return { status: 200, body: { data: PAGE_ITEMS.slice(offset, offset + limit) } };
    }
    case 'listPages': {
      const page = Number(q.get('page') ?? 1);
      return { status: 200, body: { data: PAGE_ITEMS.slice((page - 1) * 10, page * 10), pages: 3 } };
    }
    case 'listCursor': {
      const start = Number(q.get('cursor') ?? 0);
      const next = start + 10 < PAGE_ITEMS.length ? String(start + 10) : null;
      return { status: 200, body: { data: PAGE_ITEMS.slice(start, start + 10), next_cursor: next } };
    }
    case 'listUrl': {
      const page = Number(q.get('page') ?? 1);
      return { status: 200, body: { data: PAGE_ITEMS.slice((page - 1) * 10, page * 10), next: page < 3 ? `/fixture/pagination/url?page=${page + 1}` : null } };
    }
    case 'listBody': {
      const cursor = request.body.length > 0 ? (JSON.parse(request.body.toString('utf8')) as { cursor?: string }).cursor : undefined;
      const start = cursor ? Number(cursor) : 0;
      return { status: 200, body: { data: PAGE_ITEMS.slice(start, start + 10) } };
    }
    default:
      return undefined;
  }
}

function failure(status: number): Answer {
  switch (status) {
    case 400:
      return { status, body: { message: 'bad input', code: 'E400' } };
    case 404:
      return { status, body: { resource: 'thing' } };
    case 422:
      return { status, raw: 'unprocessable', headers: { 'content-type': 'text/plain' } };
    case 500:
    case 503:
      return { status, body: { message: 'server trouble' } };
    default:
      return { status, body: { whatever: true } };
  }
}

/** POST /oauth/token: client credentials `id` / `secret` get a numbered token. */
export function tokenAnswer(form: URLSearchParams, tokens: { issued: number }): Answer {
  if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== 'id' || form.get('client_secret') !== 'secret') return { status: 401, body: { error: 'invalid_client' } };
  tokens.issued++;
  return { status: 200, body: { access_token: `token-${tokens.issued}`, token_type: 'bearer', expires_in: 3600 } };
}

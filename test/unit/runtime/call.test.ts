/** The request pipeline end to end against a scripted fetch: matching, errors, validation, hooks. */
import { call } from '../../../templates/runtime/typescript/call.js';
import { ConnectionError, HTTPError, InvalidRequestError, ResponseValidationError, type HTTPErrorInfo } from '../../../templates/runtime/typescript/errors.js';
import { binary, empty, fail, json as jsonSpec, text, type OperationSpec } from '../../../templates/runtime/typescript/operation.js';
import * as s from '../../../templates/runtime/typescript/schema.js';
import { DefaultError, fakeClient, json } from './fake-client.js';

class NotFound extends HTTPError {
  override name = 'NotFound';
  readonly data: { message: string };
  constructor(wire: { message: string }, info: HTTPErrorInfo) {
    super('not found', info);
    this.data = wire;
  }
}

const Thing = s.obj([
  ['id', s.str(), true],
  ['kind', s.enm(['a', 'b']), false],
]);

const getThing: OperationSpec<{ id: string; q?: string[] }, { id: string; kind?: string } | { range: unknown } | string | void> = {
  id: 'getThing',
  method: 'GET',
  path: '/things/{id}',
  params: [
    { name: 'id', in: 'path', style: 'simple', explode: false, get: (r) => r.id },
    { name: 'q', in: 'query', style: 'form', explode: true, get: (r) => r.q },
  ],
  responses: [
    jsonSpec(['200'], 'application/json', Thing, (w: { id: string; kind?: string }) => ({ ...w, mapped: true })),
    text(['200'], 'text/plain'),
    empty(['204']),
    jsonSpec(['2XX'], 'application/json', s.any, (w) => ({ range: w })),
    fail(['404'], 'application/json', s.obj([['message', s.str(), true]]), NotFound),
  ],
};

describe('call', () => {
  test('builds the URL from the server, path and query, and maps the JSON result', async () => {
    const { client, requests } = fakeClient(() => json({ id: 'x' }), { bearer: 'tok' });
    const res = await call(client, getThing, { id: 'a/b', q: ['1', '2'] });
    expect(res).toEqual({ ok: true, value: { id: 'x', mapped: true } });
    expect(requests[0].url).toBe('https://api.example.com/v1/things/a%2Fb?q=1&q=2');
    expect(requests[0].headers.get('authorization')).toBe('Bearer tok');
    expect(requests[0].headers.get('accept')).toBe('application/json, text/plain');
  });

  test('matches by status, then range, then content type; empty bodies', async () => {
    const answers = [new Response('hi', { headers: { 'content-type': 'text/plain; charset=utf-8' } }), new Response(null, { status: 204 }), json([1], 201)];
    const { client } = fakeClient((_, n) => answers[n]);
    expect(await call(client, getThing, { id: '1' })).toEqual({ ok: true, value: 'hi' });
    expect(await call(client, getThing, { id: '1' })).toEqual({ ok: true, value: undefined });
    expect(await call(client, getThing, { id: '1' })).toEqual({ ok: true, value: { range: [1] } });
  });

  test('declared errors get their class; other statuses the default error', async () => {
    const answers = [json({ message: 'gone' }, 404), new Response('<html>', { status: 502, headers: { 'content-type': 'text/html' } }), json({ nope: 1 }, 404)];
    const { client } = fakeClient((_, n) => answers[n], { retries: { strategy: 'none' } });
    const notFound = await call(client, getThing, { id: '1' });
    expect(notFound.error).toBeInstanceOf(NotFound);
    expect((notFound.error as NotFound).data).toEqual({ message: 'gone' });
    expect((notFound.error as NotFound).statusCode).toBe(404);
    const bad = await call(client, getThing, { id: '1' });
    expect(bad.error).toBeInstanceOf(DefaultError);
    expect(bad.error).toMatchObject({ statusCode: 502, body: '<html>', contentType: 'text/html' });
    expect((bad.error as HTTPError).rawResponse).toBeInstanceOf(Response);
    // A declared error body that does not fit its schema is reported as the default error.
    const misfit = await call(client, getThing, { id: '1' });
    expect(misfit.error).toBeInstanceOf(DefaultError);
    expect((misfit.error as Error).cause).toBeInstanceOf(ResponseValidationError);
  });

  test('validation policies: lax keeps drift and logs it, strict refuses it, off skips checks', async () => {
    const warnings: unknown[][] = [];
    const logger = { debug: () => {}, warn: (...args: unknown[]) => warnings.push(args) };
    const { client } = fakeClient(() => json({ id: 'x', kind: 'c', extra: true }), { logger });
    expect(await call(client, getThing, { id: '1' })).toMatchObject({ ok: true, value: { kind: 'c', extra: true } });
    expect(warnings[0][0]).toBe('getThing: the response differs from the API description');
    const strict = await call(client, getThing, { id: '1' }, { validation: 'strict' });
    expect(strict.error).toBeInstanceOf(ResponseValidationError);
    expect((strict.error as ResponseValidationError).issues.map((i) => i.path)).toEqual(['$.kind', '$.extra']);
    const { client: broken } = fakeClient(() => json({ kind: 5 }));
    const lax = await call(broken, getThing, { id: '1' });
    expect(lax.error).toMatchObject({ name: 'ResponseValidationError', path: '$.id' });
    expect(await call(broken, getThing, { id: '1' }, { validation: 'off' })).toMatchObject({ ok: true, value: { kind: 5 } });
  });

  test('invalid JSON is a validation error at $', async () => {
    const { client } = fakeClient(() => new Response('{"id":', { headers: { 'content-type': 'application/json' } }));
    const res = await call(client, getThing, { id: '1' });
    expect(res.error).toBeInstanceOf(ResponseValidationError);
    expect((res.error as ResponseValidationError).path).toBe('$');
    expect((res.error as Error).message).toMatch(/invalid JSON/);
  });

  test('missing path parameters and connection failures are errors, not exceptions', async () => {
    const { client } = fakeClient(
      () => {
        throw new TypeError('fetch failed');
      },
      { retries: { strategy: 'none' } },
    );
    expect((await call(client, getThing, { id: undefined as unknown as string })).error).toBeInstanceOf(InvalidRequestError);
    const res = await call(client, getThing, { id: '1' });
    expect(res.error).toBeInstanceOf(ConnectionError);
    expect((res.error as Error).message).toBe('connection failed: fetch failed');
  });

  test('binary responses are streams', async () => {
    const op: OperationSpec<void, ReadableStream<Uint8Array>> = { id: 'dl', method: 'GET', path: '/file', responses: [binary(['200'], 'application/octet-stream')] };
    const { client } = fakeClient(() => new Response(new Uint8Array([1, 2]), { headers: { 'content-type': 'application/octet-stream' } }));
    const res = await call(client, op, undefined);
    expect(new Uint8Array(await new Response(res.value as ReadableStream).arrayBuffer())).toEqual(new Uint8Array([1, 2]));
  });

  test('servers: index, variables, client and call overrides', async () => {
    const urls = async (options: Record<string, unknown>, callURL?: string) => {
      const { client, requests } = fakeClient(() => json({ id: 'x' }), options);
      await call(client, getThing, { id: '1' }, callURL ? { serverURL: callURL } : {});
      return requests[0].url;
    };
    expect(await urls({ serverVariables: { version: 'v2' } })).toBe('https://api.example.com/v2/things/1');
    expect(await urls({ serverIdx: 1 })).toBe('https://eu.example.com/things/1');
    expect(await urls({ serverURL: 'http://localhost:1/base/' })).toBe('http://localhost:1/base/things/1');
    expect(await urls({ serverURL: 'http://localhost:1' }, 'http://other:2/x')).toBe('http://other:2/x/things/1');
  });
});

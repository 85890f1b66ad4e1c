/** x-speakeasy-pagination: offsetLimit (offset and page), cursor and url, as async iteration over pages. */
import type { OperationSpec } from '../../../templates/runtime/typescript/operation.js';
import { json as jsonSpec } from '../../../templates/runtime/typescript/operation.js';
import { callPaged, type PaginationSpec } from '../../../templates/runtime/typescript/pagination.js';
import { readPath } from '../../../templates/runtime/typescript/json-path.js';
import * as s from '../../../templates/runtime/typescript/schema.js';
import { fakeClient, json } from './fake-client.js';

type Req = { offset?: number; page?: number; limit?: number; cursor?: string };

function op(pagination: PaginationSpec): OperationSpec<Req, unknown> {
  return {
    id: 'list',
    method: 'GET',
    path: '/items',
    params: (['offset', 'page', 'limit', 'cursor'] as const).map((name) => ({ name, in: 'query' as const, style: 'form' as const, explode: true, get: (r: Req) => r[name] })),
    responses: [jsonSpec(['200'], 'application/json', s.any, (w: { data: number[] }) => w.data)],
    pagination,
  };
}

async function pages(result: { ok: boolean; value?: AsyncIterable<unknown> }): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const page of result.value!) out.push(page);
  return out;
}

const ITEMS = [1, 2, 3, 4, 5];

describe('pagination', () => {
  test('offsetLimit with offset: stops at a short page', async () => {
    const { client, requests } = fakeClient((r) => {
      const u = new URL(r.url);
      const offset = Number(u.searchParams.get('offset') ?? 0);
      return json({ data: ITEMS.slice(offset, offset + Number(u.searchParams.get('limit'))) });
    });
    const spec = op({
      type: 'offsetLimit',
      inputs: [
        { name: 'offset', in: 'parameters', type: 'offset' },
        { name: 'limit', in: 'parameters', type: 'limit' },
      ],
      outputs: { results: '$.data' },
    });
    expect(await pages(await callPaged(client, spec, { limit: 2 }))).toEqual([[1, 2], [3, 4], [5]]);
    expect(requests.map((r) => new URL(r.url).search)).toEqual(['?limit=2', '?limit=2&offset=2', '?limit=2&offset=4']);
  });

  test('offsetLimit with page numbers and numPages', async () => {
    const { client, requests } = fakeClient((r) => json({ data: [Number(new URL(r.url).searchParams.get('page') ?? 1)], meta: { pages: 3 } }));
    const spec = op({ type: 'offsetLimit', inputs: [{ name: 'page', in: 'parameters', type: 'page' }], outputs: { results: '$.data', numPages: '$.meta.pages' } });
    expect(await pages(await callPaged(client, spec, {}))).toEqual([[1], [2], [3]]);
    expect(requests).toHaveLength(3);
  });

  test('cursor: follows the next cursor until it is empty', async () => {
    const { client } = fakeClient((r) => {
      const c = new URL(r.url).searchParams.get('cursor');
      return json(c === null ? { data: [1], next: 'b' } : c === 'b' ? { data: [2], next: 'c' } : { data: [3], next: null });
    });
    const spec = op({ type: 'cursor', inputs: [{ name: 'cursor', in: 'parameters', type: 'cursor' }], outputs: { nextCursor: '$.next' } });
    expect(await pages(await callPaged(client, spec, {}))).toEqual([[1], [2], [3]]);
  });

  test('url: follows next links, relative ones against the current URL', async () => {
    const { client, requests } = fakeClient((r) => json(r.url.endsWith('/items') ? { data: [1], links: { next: '/items?p=2' } } : { data: [2], links: {} }));
    const spec = op({ type: 'url', inputs: [], outputs: { nextUrl: '$.links.next' } });
    expect(await pages(await callPaged(client, spec, {}))).toEqual([[1], [2]]);
    expect(requests[1].url).toBe('https://api.example.com/items?p=2');
  });

  test('a failing later page rejects the iteration', async () => {
    const { client } = fakeClient((_, n) => (n === 0 ? json({ data: [1], next: 'x' }) : json({}, 500)), { retries: { strategy: 'none' } });
    const spec = op({ type: 'cursor', inputs: [{ name: 'cursor', in: 'parameters', type: 'cursor' }], outputs: { nextCursor: '$.next' } });
    await expect(pages(await callPaged(client, spec, {}))).rejects.toMatchObject({ statusCode: 500 });
  });

  test('readPath: the JSONPath subset', () => {
    const v = { a: { 'b-c': [1, { d: 2 }] } };
    expect(readPath(v, '$.a["b-c"][1].d')).toBe(2);
    expect(readPath(v, "$.a['b-c'][-1].d")).toBe(2);
    expect(readPath(v, '$.a.b-c[0]')).toBe(1);
    expect(readPath(v, '$.x.y')).toBeUndefined();
    expect(readPath(v, '$..d')).toBeUndefined();
    expect(readPath({ r: [1, 2, 3] }, '$.r[(@.length-1)]')).toBe(3);
  });
});

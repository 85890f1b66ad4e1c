/**
 * x-speakeasy-pagination through the generated api-shapes SDK: offset/limit, page numbers,
 * cursors (in the query and in the body) and next URLs, each served page by page by the spec
 * server, iterated with `for await`.
 */
import { apiShapesAvailable, buildApiShapes } from './support/api-shapes.js';
import type { BuiltSdk } from './support/build-sdk.js';
import { send, SpecServer, type Fault } from './support/spec-server.js';

let sdk: BuiltSdk;
let server: SpecServer;
let client: any;

/** Answers every request of the test from the received URL and body. */
function pager(answer: (url: URL, body: any) => unknown): void {
  const fault: Fault = (_req, res, received) => {
    const body = received.body.length > 0 ? JSON.parse(received.body.toString()) : undefined;
    send(res, 200, 'application/json', JSON.stringify(answer(new URL(received.url, 'http://x'), body)));
    server.faults.push(fault);
    return true;
  };
  server.faults.push(fault);
}

async function collect(page: AsyncIterable<{ resultArray: unknown[] }>): Promise<unknown[][]> {
  const out: unknown[][] = [];
  for await (const p of page) out.push(p.resultArray);
  return out;
}

const DATA = Array.from({ length: 10 }, (_, i) => i);

(apiShapesAvailable() ? describe : describe.skip)('pagination', () => {
  beforeAll(async () => {
    sdk = await buildApiShapes();
    server = await SpecServer.start(sdk.api, sdk.document);
    const { SDK } = await sdk.load('index.js');
    client = new SDK({ serverURL: server.url, retries: { strategy: 'none' } }).pagination;
  }, 150_000);

  afterAll(async () => {
    await server?.close();
  });

  beforeEach(() => {
    server.requests.length = 0;
    server.faults.length = 0;
  });

  const queries = () => server.requests.map((r) => r.received.url.slice(r.received.url.indexOf('?')));

  test('offset and limit: advances by the page length, stops at a short page', async () => {
    pager((u) => {
      const offset = Number(u.searchParams.get('offset') ?? 0);
      return { numPages: 0, resultArray: DATA.slice(offset, offset + Number(u.searchParams.get('limit'))) };
    });
    expect(await collect(await client.paginationLimitOffsetOffsetParams({ offset: 0, limit: 4 }))).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
    expect(queries()).toEqual(['?limit=4&offset=0', '?limit=4&offset=4', '?limit=4&offset=8']);
  });

  // The page that ends the iteration is yielded too: it was fetched, and may carry data besides the list.
  test('page numbers: stop at an empty page', async () => {
    pager((u) => {
      const page = Number(u.searchParams.get('page'));
      return { numPages: 0, resultArray: page <= 3 ? [page * 10, page * 10 + 1] : [] };
    });
    expect(await collect(await client.paginationLimitOffsetPageParams(1))).toEqual([[10, 11], [20, 21], [30, 31], []]);
    expect(queries()).toEqual(['?page=1', '?page=2', '?page=3', '?page=4']);
  });

  test('cursor in the query: the last item of a page is the next cursor', async () => {
    pager((u) => {
      const cursor = Number(u.searchParams.get('cursor'));
      return { numPages: 0, resultArray: DATA.filter((x) => x > cursor).slice(0, 4) };
    });
    expect(await collect(await client.paginationCursorParams(-1))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9], []]);
    expect(queries()).toEqual(['?cursor=-1', '?cursor=3', '?cursor=7', '?cursor=9']);
  });

  test('cursor in the body', async () => {
    pager((_, body) => ({ numPages: 0, resultArray: DATA.filter((x) => x > body.cursor).slice(0, 5) }));
    expect(await collect(await client.paginationCursorBody({ cursor: -1 }))).toEqual([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], []]);
    expect(server.requests.map((r) => JSON.parse(r.received.body.toString()))).toEqual([{ cursor: -1 }, { cursor: 4 }, { cursor: 9 }]);
  });

  test('next URL: followed until the response has none', async () => {
    pager((u) => {
      const page = Number(u.searchParams.get('page') ?? 1);
      return { numPages: 3, resultArray: [page], ...(page < 3 ? { next: `/pagination/url?attempts=3&page=${page + 1}` } : {}) };
    });
    expect(await collect(await client.paginationURLParams({ attempts: 3 }))).toEqual([[1], [2], [3]]);
    expect(queries()).toEqual(['?attempts=3', '?attempts=3&page=2', '?attempts=3&page=3']);
  });

  test('page numbers in the body, bounded by numPages', async () => {
    pager((_, body) => ({ numPages: 2, resultArray: [body.page ?? 1] }));
    expect(await collect(await client.paginationLimitOffsetPageBody({ limit: 1 }))).toEqual([[1], [2]]);
  });
});

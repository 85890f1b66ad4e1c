/**
 * OpenAPI 3.2 through the generated TypeScript SDK (test/fixtures/oas32/library.yaml), against a
 * node:http server on 127.0.0.1 that records each request as it arrived: the QUERY method with
 * its body, additionalOperations methods sent as written (PURGE, LINK), a querystring parameter
 * that is the whole query string, and JSON Lines, x-ndjson, json-seq and event-stream responses
 * read as async iterables of parsed, mapped items, while the response is still open.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { buildSdk, REPO, type BuiltSdk } from './support/build-sdk.js';

interface Seen {
  /** The request line as the server parsed it. */
  line: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: string;
}

type Answer = (res: ServerResponse) => void | Promise<void>;

let sdk: BuiltSdk;
let server: Server;
let url: string;
let Library: any;
const seen: Seen[] = [];
const answers: Answer[] = [];

const BOOK = { id: 'bk_1', title: 'Dune', published_at: '1965-08-01T00:00:00.000Z', author: { id: 'au_1', name: 'Frank Herbert' } };

function json(status: number, body?: unknown): Answer {
  return (res) => {
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
}

/** A streamed body, written chunk by chunk `gapMs` apart. */
function stream(contentType: string, chunks: string[], gapMs = 0): Answer {
  return async (res) => {
    res.writeHead(200, { 'content-type': contentType });
    for (const chunk of chunks) {
      res.write(chunk);
      if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
    }
    res.end();
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function client(): any {
  return new Library({ serverURL: url, validation: 'strict', retries: { strategy: 'none' } });
}

beforeAll(async () => {
  sdk = await buildSdk(resolve(REPO, 'test/fixtures/oas32/library.yaml'), '@oas32/library', 'Library');
  Library = (await sdk.load('index.js')).Library;
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = req.url ?? '/';
    seen.push({
      line: `${req.method} ${target} HTTP/${req.httpVersion}`,
      query: target.includes('?') ? target.slice(target.indexOf('?') + 1) : '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });
    const answer = answers.shift() ?? json(599, { error: 'no answer queued' });
    await answer(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 150_000);

afterAll(async () => {
  await new Promise((done) => server?.close(done));
});

beforeEach(() => {
  seen.length = 0;
  answers.length = 0;
});

test('the QUERY method: request line, JSON body, parsed result', async () => {
  answers.push(json(200, [BOOK]));
  const books = await client().books.searchBooks({ text: 'dune', limit: 5 });
  expect(seen.map((s) => s.line)).toEqual(['QUERY /books/search HTTP/1.1']);
  expect(seen[0].headers['content-type']).toBe('application/json');
  expect(JSON.parse(seen[0].body)).toEqual({ text: 'dune', limit: 5 });
  expect(books).toEqual([{ id: 'bk_1', title: 'Dune', publishedAt: new Date('1965-08-01T00:00:00.000Z'), author: { id: 'au_1', name: 'Frank Herbert' } }]);
});

test('QUERY is retried as a safe method; POST-like additional methods are not', async () => {
  answers.push(json(503, { error: 'busy' }), json(200, []));
  const retries = { strategy: 'backoff', backoff: { initialInterval: 1, maxInterval: 2, maxElapsedTime: 5000, exponent: 1 }, statusCodes: ['503'], retryConnectionErrors: false };
  const retrying = new Library({ serverURL: url, retries });
  expect(await retrying.books.searchBooks({ text: 'x' })).toEqual([]);
  expect(seen.map((s) => s.line)).toEqual(['QUERY /books/search HTTP/1.1', 'QUERY /books/search HTTP/1.1']);
  seen.length = 0;
  answers.length = 0;
  answers.push(json(503, { error: 'busy' }), json(204));
  await expect(retrying.books.purgeBook('bk_1')).rejects.toMatchObject({ statusCode: 503 });
  expect(seen.map((s) => s.line)).toEqual(['PURGE /books/bk_1 HTTP/1.1']);
});

test('additionalOperations: PURGE and LINK sent as written, with their parameters', async () => {
  answers.push(json(204), json(204));
  const sdkClient = client();
  await expect(sdkClient.books.purgeBook('bk 1')).resolves.toBeUndefined();
  await expect(sdkClient.books.linkBook({ bookId: 'bk_1', rel: 'series' })).resolves.toBeUndefined();
  expect(seen.map((s) => s.line)).toEqual(['PURGE /books/bk%201 HTTP/1.1', 'LINK /books/bk_1?rel=series HTTP/1.1']);
});

test('a querystring parameter is the whole query string: form fields of its object, arrays exploded', async () => {
  answers.push(json(200, [BOOK]), json(200, []));
  const sdkClient = client();
  const books = await sdkClient.books.listBooks({ author: 'Frank Herbert', genre: ['sf', 'classic'], available: true });
  expect(books).toHaveLength(1);
  await sdkClient.books.listBooks();
  expect(seen.map((s) => s.line)).toEqual(['GET /books?author=Frank%20Herbert&genre=sf&genre=classic&available=true HTTP/1.1', 'GET /books HTTP/1.1']);
  expect(new URLSearchParams(seen[0].query).getAll('genre')).toEqual(['sf', 'classic']);
});

test('JSON Lines: items parsed and mapped, lines split across chunks, blank lines and CRLF skipped', async () => {
  const lines = ['{"kind":"added","book_id":"bk_1","at":"2025-01-02T03:04:05.000Z"}', '{"kind":"removed","book_id":"bk_2"}'];
  answers.push(stream('application/jsonl', [lines[0].slice(0, 20), `${lines[0].slice(20)}\r\n\n`, `${lines[1]}\n`]));
  const items = await collect(await client().feeds.streamBookChanges());
  expect(seen.map((s) => [s.line, s.headers.accept])).toEqual([['GET /feeds/books.jsonl HTTP/1.1', 'application/jsonl']]);
  expect(items).toEqual([
    { kind: 'added', bookId: 'bk_1', at: new Date('2025-01-02T03:04:05.000Z') },
    { kind: 'removed', bookId: 'bk_2' },
  ]);
});

test('application/x-ndjson, and items that arrive while the response is still open', async () => {
  answers.push(stream('application/x-ndjson', ['{"kind":"added","book_id":"first"}\n', '{"kind":"added","book_id":"second"}\n'], 800));
  const started = Date.now();
  const times: number[] = [];
  const ids: string[] = [];
  for await (const item of await client().feeds.streamBookChangesNdjson()) {
    times.push(Date.now() - started);
    ids.push(item.bookId);
  }
  expect(ids).toEqual(['first', 'second']);
  // Wide margins: the first item comes long before the second is even written.
  expect(times[0]).toBeLessThan(500);
  expect(times[1]).toBeGreaterThanOrEqual(700);
});

test('application/json-seq: record separators, values checked against the item schema', async () => {
  const RS = '\u001e';
  answers.push(stream('application/json-seq', [`${RS}{"kind":"added","book_id":"a"}\n${RS}`, '{"kind":"removed","book_id":"b"}\n']));
  expect(await collect(await client().feeds.streamBookChangesSeq())).toEqual([
    { kind: 'added', bookId: 'a' },
    { kind: 'removed', bookId: 'b' },
  ]);
  // An item that does not fit its schema fails the iteration at that item (strict validation).
  answers.push(stream('application/json-seq', [`${RS}{"kind":"added","book_id":"a"}\n`, `${RS}{"kind":"lost"}\n`]));
  const got: unknown[] = [];
  await expect(
    (async () => {
      for await (const item of await client().feeds.streamBookChangesSeq()) got.push(item);
    })(),
  ).rejects.toMatchObject({ name: 'ResponseValidationError' });
  expect(got).toEqual([{ kind: 'added', bookId: 'a' }]);
});

test('text/event-stream with itemSchema: each event typed, its data parsed as the item', async () => {
  answers.push(stream('text/event-stream', ['event: change\nid: 1\ndata: {"kind":"added","book_id":"a"}\n\n', ': keep-alive\n\n', 'data: {"kind":"removed","book_id":"b"}\n\n']));
  expect(await collect(await client().feeds.streamBookEvents())).toEqual([{ event: 'change', id: '1', data: { kind: 'added', bookId: 'a' } }, { data: { kind: 'removed', bookId: 'b' } }]);
});

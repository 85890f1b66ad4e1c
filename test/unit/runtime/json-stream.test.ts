/** JSON Lines and json-seq splitting (templates/runtime/typescript/json-stream.ts) at every chunk boundary, and the querystring encoder. */
import { JsonStream, splitItems } from '../../../templates/runtime/typescript/json-stream.js';
import { encodeQueryString } from '../../../templates/runtime/typescript/params.js';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('splitItems', () => {
  const lines = '{"a":1}\r\n\n  \n{"b":"é"}\n{"c":[1,2]}';
  const records = '\u001e{"a":1}\n\u001e{"b":"é"}\n\u001e\n\u001e{"c":[1,2]}\n';
  const expected = ['{"a":1}', '{"b":"é"}', '{"c":[1,2]}'];

  test.each([
    ['lines', lines],
    ['records', records],
  ] as const)('%s, split at every position (multi-byte characters included)', async (framing, text) => {
    const bytes = new TextEncoder().encode(text);
    for (let i = 1; i < bytes.length; i++) {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, i));
          controller.enqueue(bytes.slice(i));
          controller.close();
        },
      });
      expect(await collect(splitItems(body, framing))).toEqual(expected);
    }
  });

  test('typed iteration, and early exit cancels the body', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('{"n":1}\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const items = new JsonStream(body, 'lines', (text) => JSON.parse(text) as { n: number });
    for await (const item of items) {
      expect(item).toEqual({ n: 1 });
      break;
    }
    expect(cancelled).toBe(true);
  });

  test('an empty body has no items', async () => {
    expect(await collect(splitItems(streamOf([]), 'lines'))).toEqual([]);
    expect(await collect(splitItems(streamOf(['\n\n']), 'records'))).toEqual([]);
  });
});

describe('encodeQueryString', () => {
  const p = { name: 'filter', style: 'form' as const, explode: true };

  test('an object is form fields: arrays exploded, nested objects as JSON, undefined left out', () => {
    expect(encodeQueryString(p, { q: 'a b&c', tags: ['x', 'y'], n: 3, deep: { k: 1 }, none: undefined })).toEqual(['q=a%20b%26c', 'tags=x', 'tags=y', 'n=3', 'deep=%7B%22k%22%3A1%7D']);
  });

  test('a string is the query string as written (what RFC 3986 does not allow in a query percent-encoded, brackets included); JSON content is the JSON text; nothing for null', () => {
    expect(encodeQueryString(p, '$.books[?(@.price < 10)]')).toEqual(['$.books%5B?(@.price%20%3C%2010)%5D']);
    expect(encodeQueryString({ ...p, json: true }, { a: [1] })).toEqual(['%7B%22a%22%3A%5B1%5D%7D']);
    expect(encodeQueryString(p, null)).toEqual([]);
    expect(encodeQueryString(p, undefined)).toEqual([]);
  });
});

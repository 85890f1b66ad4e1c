/**
 * text/event-stream responses through the generated api-shapes SDK: typed events, JSON and
 * text data, multi-line data, standard fields, a sentinel that ends the stream, content
 * negotiation between JSON and a stream, and events delivered as they arrive.
 */
import { apiShapesAvailable, buildApiShapes } from './support/api-shapes.js';
import type { BuiltSdk } from './support/build-sdk.js';
import { SpecServer, type Fault } from './support/spec-server.js';

let sdk: BuiltSdk;
let server: SpecServer;
let streams: any;

/** Answers with an event stream written chunk by chunk, `gapMs` apart. */
function stream(chunks: string[], gapMs = 0): Fault {
  return async (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const chunk of chunks) {
      res.write(chunk);
      if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
    }
    res.end();
    return true;
  };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

(apiShapesAvailable() ? describe : describe.skip)('server-sent events', () => {
  beforeAll(async () => {
    sdk = await buildApiShapes();
    server = await SpecServer.start(sdk.api, sdk.document);
    const { SDK } = await sdk.load('index.js');
    streams = new SDK({ serverURL: server.url, validation: 'strict' }).eventstreams;
  }, 150_000);

  afterAll(async () => {
    await server?.close();
  });

  beforeEach(() => {
    server.faults.length = 0;
  });

  test('JSON data, split across chunks', async () => {
    server.faults.push(stream(['data: {"content":"He', 'llo"}\n\n: keep-alive\n\ndata: {"content":"world"}\n', '\n']));
    expect(await collect(await streams.json())).toEqual([{ data: { content: 'Hello' } }, { data: { content: 'world' } }]);
  });

  test('text data, multi-line', async () => {
    server.faults.push(stream(['data: line one\ndata: line two\n\ndata: {"not":"parsed"}\n\n']));
    expect(await collect(await streams.multiline())).toEqual([{ data: 'line one\nline two' }, { data: '{"not":"parsed"}' }]);
  });

  test('id, event and retry fields', async () => {
    server.faults.push(stream(['id: 1\nevent: greeting\nretry: 3000\ndata: hi\n\n']));
    expect(await collect(await streams.wptCompliance())).toEqual([{ id: '1', event: 'greeting', retry: 3000, data: 'hi' }]);
  });

  test('a sentinel ends the stream; events without data (heartbeats) are skipped', async () => {
    server.faults.push(stream(['event: heartbeat\n\n', 'data: {"content":"a"}\n\n', 'data: [DONE]\n\n', 'data: {"content":"never"}\n\n']));
    expect(await collect(await streams.chatHeartbeat())).toEqual([{ data: { content: 'a' } }]);
  });

  test('JSON or a stream, by the content type of the response; union events', async () => {
    server.faults.push(stream(['data: {"content":"a"}\n\n', 'data: [DONE]\n\n']));
    expect(await collect(await streams.chat({ prompt: 'p', stream: true }))).toEqual([{ data: { content: 'a' } }, { data: '[DONE]' }]);
    const json = await streams.chat({ prompt: 'prompt-x', stream: true });
    expect(Array.isArray(json)).toBe(true);
  });

  test('events arrive while the response is still open', async () => {
    server.faults.push(stream(['data: {"content":"first"}\n\n', 'data: {"content":"second"}\n\n'], 800));
    const started = Date.now();
    const times: number[] = [];
    for await (const _ of await streams.json()) times.push(Date.now() - started);
    expect(times).toHaveLength(2);
    // Wide margins: the first event comes long before the second is even written.
    expect(times[0]).toBeLessThan(500);
    expect(times[1]).toBeGreaterThanOrEqual(700);
  });
});

/** text/event-stream parsing: fields, multi-line data, comments, chunk boundaries anywhere. */
import { EventStream, eventWireValue, parseEvents } from '../../../templates/runtime/typescript/sse.js';

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

const text = ': comment\nevent: lonely\n\nevent: update\nid: 7\ndata: {"a":1}\n\ndata: line1\ndata: line2\r\n\r\nretry: 500\ndata:no-space\n\ndata: last';

describe('parseEvents', () => {
  const expected = [{ event: 'update', id: '7', data: '{"a":1}' }, { data: 'line1\nline2' }, { data: 'no-space', retry: 500 }, { data: 'last' }];

  test('whole text', async () => {
    expect(await collect(parseEvents(streamOf([text])))).toEqual(expected);
  });

  test('split at every position', async () => {
    for (let i = 1; i < text.length; i++) {
      expect(await collect(parseEvents(streamOf([text.slice(0, i), text.slice(i)])))).toEqual(expected);
    }
  });

  test('typed iteration, and early exit cancels the body', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('data: {"n":1}\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const events = new EventStream(body, (e) => eventWireValue(e, false, false) as { n: number });
    for await (const e of events) {
      expect(e).toEqual({ n: 1 });
      break;
    }
    expect(cancelled).toBe(true);
  });

  test('wire value: the event itself or just its data', () => {
    expect(eventWireValue({ data: '{"x":1}', event: 'e', id: '1' }, true, false)).toEqual({ data: { x: 1 }, event: 'e', id: '1' });
    expect(eventWireValue({ data: 'plain' }, true, true)).toEqual({ data: 'plain' });
    expect(eventWireValue({ data: '[1,2]' }, false, false)).toEqual([1, 2]);
  });
});

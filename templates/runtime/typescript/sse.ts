/** `text/event-stream` responses as async iterables of typed events. */
import type { ResponseSpec } from "./operation.js";
import { decodeChecked } from "./response.js";
import type { Schema } from "./schema.js";
import { validate } from "./validate.js";

export interface RawEvent {
  event?: string;
  data: string;
  id?: string;
  retry?: number;
}

/**
 * The events of a stream, each decoded. Iterate once; leaving the loop early (break, throw)
 * cancels the underlying response body.
 */
export class EventStream<T> implements AsyncIterable<T> {
  /** `sentinel`: data text that ends the stream (`[DONE]`); the rest of the body is dropped. */
  constructor(
    private readonly body: ReadableStream<Uint8Array>,
    private readonly decode: (event: RawEvent) => T,
    private readonly sentinel?: string,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const event of parseEvents(this.body)) {
      if (this.sentinel !== undefined && event.data === this.sentinel) return;
      yield this.decode(event);
    }
  }

  /** Stops the stream without reading it. */
  cancel(): Promise<void> {
    return this.body.cancel();
  }
}

/** The event-stream format (WHATWG HTML §9.2): fields per line, a blank line ends an event. */
export async function* parseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<RawEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let current: { event?: string; data: string[]; id?: string; retry?: number } = { data: [] };
  let finished = false;
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      // A trailing "\r" may be the first half of "\r\n": keep it until the next chunk.
      const lines = buffer.split(/\r\n|\n|\r(?!$)/);
      buffer = lines.pop() ?? "";
      for (const line of lines) {
        if (line === "" || line === "\r") {
          // As browsers do: an event without data (a heartbeat, a lone `id:`) is not dispatched.
          if (hasData(current)) yield toEvent(current);
          current = { data: [] };
          continue;
        }
        if (line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon === -1 ? line : line.slice(0, colon);
        let text = colon === -1 ? "" : line.slice(colon + 1);
        if (text.startsWith(" ")) text = text.slice(1);
        if (field === "data") current.data.push(text);
        else if (field === "event") current.event = text;
        else if (field === "id") current.id = text;
        else if (field === "retry" && /^\d+$/.test(text)) current.retry = Number(text);
      }
    }
    if (buffer !== "" && !buffer.startsWith(":")) {
      const colon = buffer.indexOf(":");
      if (buffer.slice(0, colon) === "data") current.data.push(buffer.slice(colon + 1).replace(/^ /, ""));
    }
    if (hasData(current)) yield toEvent(current);
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

function hasData(e: { data: string[] }): boolean {
  return e.data.length > 1 || (e.data.length === 1 && e.data[0] !== "");
}

function toEvent(e: { event?: string; data: string[]; id?: string; retry?: number }): RawEvent {
  const event: RawEvent = { data: e.data.join("\n") };
  if (e.event !== undefined) event.event = e.event;
  if (e.id !== undefined) event.id = e.id;
  if (e.retry !== undefined) event.retry = e.retry;
  return event;
}

/**
 * The wire value of an event for a schema: when the schema describes the event itself (an
 * object with a `data` field, the common convention), the event with its data parsed as JSON
 * if it is JSON; otherwise the data alone, parsed.
 */
export function eventWireValue(event: RawEvent, describesEvent: boolean, dataIsText: boolean): unknown {
  const data = dataIsText ? event.data : parseJSON(event.data);
  if (!describesEvent) return data;
  const wire: Record<string, unknown> = { data };
  if (event.event !== undefined) wire["event"] = event.event;
  if (event.id !== undefined) wire["id"] = event.id;
  if (event.retry !== undefined) wire["retry"] = event.retry;
  return wire;
}

function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * An event-stream response. `schema` describes either each event (an object with a `data`
 * field, and maybe `id`, `event`, `retry`) or the data alone; each event is checked and mapped
 * like a JSON body. `sentinel` is the data text that ends the stream (`[DONE]`); it is not yielded.
 */
export function sse<T>(status: readonly string[], media: string, schema: Schema | undefined, decode: (wire: any) => T, sentinel?: string): ResponseSpec<EventStream<T>> {
  const describesEvent = schema !== undefined && describesWholeEvent(schema);
  return {
    kind: "success",
    status,
    media,
    async read(response, o) {
      const body = response.body ?? new Blob([]).stream();
      const read = (event: RawEvent) => decodeChecked(eventWire(event, schema, describesEvent), schema, decode, response, o);
      return { value: new EventStream(body, read, sentinel) };
    },
  };
}

function resolve(schema: Schema): Schema {
  return schema.t === "ref" ? resolve(schema.get()) : schema;
}

/** Whether the schema describes the event (objects with a `data` field) rather than its data. */
function describesWholeEvent(schema: Schema): boolean {
  const s = resolve(schema);
  if (s.t === "union") return s.members.length > 0 && s.members.every(describesWholeEvent);
  return s.t === "object" && s.props.some(([name]) => name === "data");
}

/**
 * The wire value of an event: its data parsed as JSON when that fits the schema, else the
 * data as text (`data: 123` may be the number or the string, depending on the schema).
 */
function eventWire(event: RawEvent, schema: Schema | undefined, describesEvent: boolean): unknown {
  const parsed = eventWireValue(event, describesEvent, false);
  if (!schema) return parsed;
  const text = eventWireValue(event, describesEvent, true);
  return validate(parsed, schema).errors.length === 0 || validate(text, schema).errors.length > 0 ? parsed : text;
}

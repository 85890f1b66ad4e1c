/**
 * Responses that are a stream of JSON values (OpenAPI 3.2 `itemSchema`): JSON Lines
 * (application/jsonl, application/x-ndjson: one value per line) and JSON text sequences
 * (application/json-seq, RFC 7464: each value after a record separator), as async iterables of
 * typed items, read as they arrive. Event streams have their own reader (sse.ts).
 */
import { ResponseValidationError } from "./errors.js";
import type { ResponseSpec } from "./operation.js";
import { decodeChecked } from "./response.js";
import type { Schema } from "./schema.js";

/** How a body is cut into the texts of its items. */
export type Framing = "lines" | "records";

/**
 * The items of a stream, each parsed, checked and mapped. Iterate once; leaving the loop early
 * (break, throw) cancels the underlying response body.
 */
export class JsonStream<T> implements AsyncIterable<T> {
  constructor(
    private readonly body: ReadableStream<Uint8Array>,
    private readonly framing: Framing,
    private readonly decode: (text: string) => T,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const text of splitItems(this.body, this.framing)) yield this.decode(text);
  }

  /** Stops the stream without reading it. */
  cancel(): Promise<void> {
    return this.body.cancel();
  }
}

const RS = "\u001e";

/**
 * The item texts of a body: `lines` cuts at LF (a CR before it dropped), `records` at the
 * record separator (RFC 7464: RS, the value, then LF). Blank items are skipped: a trailing
 * newline, or a keep-alive blank line, is not a value.
 */
export async function* splitItems(body: ReadableStream<Uint8Array>, framing: Framing): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const separator = framing === "lines" ? "\n" : RS;
  let buffer = "";
  let finished = false;
  try {
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      const parts = buffer.split(separator);
      buffer = parts.pop() ?? "";
      for (const part of parts) if (part.trim() !== "") yield part.trim();
    }
    buffer += decoder.decode();
    if (buffer.trim() !== "") yield buffer.trim();
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}

/**
 * A stream response: each item's text is parsed as JSON (a text that is not JSON is a
 * validation error for that item, thrown by the iteration), then checked against `schema` and
 * mapped like a JSON body.
 */
export function jsonStream<T>(status: readonly string[], media: string, framing: Framing, schema: Schema | undefined, decode: (wire: any) => T): ResponseSpec<JsonStream<T>> {
  return {
    kind: "success",
    status,
    media,
    async read(response, o) {
      const body = response.body ?? new Blob([]).stream();
      const read = (text: string) => decodeChecked(parseItem(text, response), schema, decode, response, o);
      return { value: new JsonStream(body, framing, read) };
    },
  };
}

function parseItem(text: string, response: Response): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ResponseValidationError([{ path: "$", message: `invalid JSON item: ${(cause as Error).message}` }], text, response, { cause });
  }
}

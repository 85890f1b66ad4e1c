/**
 * A standalone function's `Result` as an MCP tool result. Nothing here throws: an API error, a
 * transport error or a response that does not validate becomes an `isError` result the model
 * can read (status and body), never a failure of the server.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { HTTPError, ResponseValidationError, SDKError } from "../lib/errors.js";
import type { Result } from "../lib/result.js";

export interface ResultLimits {
  /** Events read from an event stream before it is cut off. */
  maxEvents: number;
  /** Bytes of a binary response returned; more is an error rather than a huge message. */
  maxBytes: number;
}

export const DEFAULT_LIMITS: ResultLimits = { maxEvents: 100, maxBytes: 8 * 1024 * 1024 };

export async function toolResult(result: Result<unknown, unknown>, shape: { paged: boolean; binaryMediaType?: string | undefined; name: string }, limits: ResultLimits): Promise<CallToolResult> {
  if (!result.ok) return errorResult(result.error);
  try {
    let value = result.value;
    if (shape.paged && isPage(value)) value = value.result;
    if (value === undefined) return { content: [{ type: "text", text: "Done: the API answered with no content." }] };
    if (typeof value === "string") return { content: [{ type: "text", text: value }] };
    if (typeof ReadableStream !== "undefined" && value instanceof ReadableStream) return await binaryResult(value, shape, limits);
    if (isAsyncIterable(value)) return await streamResult(value, limits);
    return jsonResult(value);
  } catch (error) {
    // Reading a stream can still fail (connection lost, an event that does not validate).
    return errorResult(error);
  }
}

function jsonResult(value: unknown): CallToolResult {
  const json = toJson(value);
  // structuredContent must be an object: other values are wrapped.
  const structured = typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : { result: json };
  return { content: [{ type: "text", text: JSON.stringify(json, null, 2) }], structuredContent: structured };
}

async function streamResult(stream: AsyncIterable<unknown>, limits: ResultLimits): Promise<CallToolResult> {
  const events: unknown[] = [];
  let truncated = false;
  for await (const event of stream) {
    if (events.length >= limits.maxEvents) {
      truncated = true;
      break;
    }
    events.push(toJson(event));
  }
  const structured = { events, truncated };
  const note = truncated ? `\n(stopped after ${limits.maxEvents} events)` : "";
  return { content: [{ type: "text", text: `${JSON.stringify(events, null, 2)}${note}` }], structuredContent: structured };
}

async function binaryResult(body: ReadableStream<Uint8Array>, shape: { binaryMediaType?: string | undefined; name: string }, limits: ResultLimits): Promise<CallToolResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limits.maxBytes) {
      await reader.cancel();
      return { isError: true, content: [{ type: "text", text: `The response is larger than ${limits.maxBytes} bytes; call the API through the SDK to read it.` }] };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  const mimeType = shape.binaryMediaType && !shape.binaryMediaType.includes("*") ? shape.binaryMediaType : "application/octet-stream";
  const data = base64(bytes);
  if (mimeType.startsWith("image/")) return { content: [{ type: "image", data, mimeType }] };
  if (mimeType.startsWith("audio/")) return { content: [{ type: "audio", data, mimeType }] };
  return { content: [{ type: "resource", resource: { uri: `response://${shape.name}`, mimeType, blob: data } }] };
}

/** The error as the model should see it: what failed, and for an API error its status and body. */
export function errorResult(error: unknown): CallToolResult {
  const report: Record<string, unknown> = { error: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) };
  if (error instanceof HTTPError) {
    report.statusCode = error.statusCode;
    report.contentType = error.contentType;
    report.body = parseBody(error.body);
  } else if (error instanceof ResponseValidationError) {
    report.issues = error.issues;
  } else if (!(error instanceof SDKError)) {
    report.error = "UnexpectedError";
  }
  return { isError: true, content: [{ type: "text", text: JSON.stringify(report, null, 2) }], structuredContent: report };
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** Dates as ISO strings, bigints as strings, files dropped: what JSON can carry. */
function toJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null");
}

function isPage(value: unknown): value is { result: unknown } {
  return typeof value === "object" && value !== null && "result" in value && typeof (value as { next?: unknown }).next === "function";
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";
}

function base64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * The description of one operation that a generated standalone function hands to `call`:
 * where its parameters go, how its body is encoded, and how each response is read. Plain data
 * plus small accessor functions, so every operation shares one request pipeline.
 */
import type { BodyEncoder, BodyEncoding } from "./body.js";
import type { HTTPError, HTTPErrorInfo } from "./errors.js";
import type { PaginationSpec } from "./pagination.js";
import type { ParamEncoding, ParamLocation } from "./params.js";
import { decodeChecked, readJSON, type DecodeOptions } from "./response.js";
import type { RetryConfig } from "./retries.js";
import type { Schema } from "./schema.js";
import type { SecurityRequirement } from "./security.js";
import type { ServerSpec } from "./url.js";

export interface ParamSpec<Req> extends ParamEncoding {
  in: ParamLocation;
  /** The value in wire form, from the request object. */
  get(request: Req): unknown;
  /** The wire shape of the value: the input is checked against it before anything is sent. */
  schema?: Schema;
}

export interface BodySpec<Req> extends BodyEncoding {
  get(request: Req): unknown;
  encode: BodyEncoder;
  required: boolean;
  /** The wire shape of a JSON body: the input is checked against it before anything is sent. */
  schema?: Schema;
}

/** What reading a success body gives: the value, and the JSON before mapping (for pagination). */
export interface Read<Res> {
  value: Res;
  wire?: unknown;
}

/**
 * A declared response. Success ones read their body (each kind brings its own reader, so
 * bundles keep only the readers their operations use); error ones become error classes.
 * `media` is absent for a response without a body.
 */
export type ResponseSpec<Res> =
  | { kind: "success"; status: readonly string[]; media?: string; read(response: Response, options: DecodeOptions): Promise<Read<Res>> }
  | { kind: "error"; status: readonly string[]; media: string; schema: Schema | undefined; create: ErrorClass };

export type ErrorClass = new (wire: any, info: HTTPErrorInfo) => HTTPError;

export interface OperationSpec<Req, Res> {
  id: string;
  method: string;
  path: string;
  params?: readonly ParamSpec<Req>[];
  body?: BodySpec<Req>;
  responses: readonly ResponseSpec<Res>[];
  /** Undefined: the API's requirements apply; empty: no credentials. */
  security?: readonly SecurityRequirement[];
  servers?: readonly ServerSpec[];
  retries?: RetryConfig;
  pagination?: PaginationSpec;
}

// Builders that keep the generated descriptors short and typed.

/** JSON: validated against `schema` (per policy), then mapped by `decode`. */
export function json<T>(status: readonly string[], media: string, schema: Schema | undefined, decode: (wire: any) => T): ResponseSpec<T> {
  return {
    kind: "success",
    status,
    media,
    async read(response, o) {
      const wire = await readJSON(response);
      return { value: decodeChecked(wire, schema, decode, response, o), wire };
    },
  };
}

export function text(status: readonly string[], media: string): ResponseSpec<string> {
  return { kind: "success", status, media, read: async (response) => ({ value: await response.text() }) };
}

/** The body as a stream, unread: the caller consumes it. */
export function binary(status: readonly string[], media: string): ResponseSpec<ReadableStream<Uint8Array>> {
  return { kind: "success", status, media, read: async (response) => ({ value: response.body ?? new Blob([]).stream() }) };
}

export function empty(status: readonly string[]): ResponseSpec<void> {
  return {
    kind: "success",
    status,
    async read(response) {
      await response.body?.cancel().catch(() => {});
      return { value: undefined };
    },
  };
}

export function fail(status: readonly string[], media: string, schema: Schema | undefined, create: ErrorClass): ResponseSpec<never> {
  return { kind: "error", status, media, schema, create };
}

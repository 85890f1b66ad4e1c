/**
 * `x-speakeasy-pagination` (offsetLimit, cursor, url): the first page comes back as a `Page`
 * whose iteration yields that page's result, then fetches and yields the following ones.
 * Nothing is guessed for operations the API description does not mark as paginated.
 */
import { apiPromise, type APIPromise } from "./api-promise.js";
import { callRaw, type CallOutcome } from "./call.js";
import type { RequestOptions } from "./config.js";
import type { TransportError } from "./errors.js";
import { readPath } from "./json-path.js";
import type { OperationSpec } from "./operation.js";
import { OK, type Result } from "./result.js";
import type { ClientSDK, ClientState } from "./sdk.js";

export interface PaginationSpec {
  type: "offsetLimit" | "cursor" | "url";
  inputs: readonly { readonly name: string; readonly in: "parameters" | "requestBody"; readonly type: "page" | "offset" | "limit" | "cursor" }[];
  /** JSONPaths into the response body. */
  outputs: { readonly results?: string; readonly numPages?: string; readonly nextCursor?: string; readonly nextUrl?: string };
}

export interface Page<T> extends AsyncIterable<T> {
  readonly result: T;
  /** The following page, or null after the last one. Rejects with the call's error. */
  next(): Promise<Page<T> | null>;
}

export function callPaged<Req, Res, E>(client: ClientSDK, op: OperationSpec<Req, Res>, request: Req, options: RequestOptions = {}): APIPromise<Result<Page<Res>, E | TransportError>> {
  return apiPromise(async (exchange) => {
    const state = client._state;
    const first = await callRaw<Req, Res, E>(state, op, request, options, undefined, exchange);
    if (!first.ok) return first;
    return OK(page(state, op, request, options, first.value, initialValues(op, request)));
  });
}

function page<Req, Res>(state: ClientState, op: OperationSpec<Req, Res>, request: Req, options: RequestOptions, outcome: CallOutcome<Res>, values: Record<string, unknown>): Page<Res> {
  const next = async (): Promise<Page<Res> | null> => {
    const plan = nextRequest(op, outcome, values);
    if (!plan) return null;
    const result = await callRaw<Req, Res, unknown>(state, op, request, options, plan);
    if (!result.ok) throw result.error;
    return page(state, op, request, options, result.value, plan.values);
  };
  return {
    result: outcome.value,
    next,
    async *[Symbol.asyncIterator]() {
      let current: Page<Res> | null = this;
      while (current) {
        yield current.result;
        current = await current.next();
      }
    },
  };
}

/** Wire values of the pagination inputs in the first request. */
function initialValues<Req>(op: OperationSpec<Req, unknown>, request: Req): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const body = op.body?.get(request);
  for (const input of op.pagination?.inputs ?? []) {
    const value = input.in === "parameters" ? op.params?.find((p) => p.name === input.name)?.get(request) : isRecord(body) ? body[input.name] : undefined;
    if (value !== undefined) values[input.name] = value;
  }
  return values;
}

function nextRequest(op: OperationSpec<any, unknown>, outcome: CallOutcome<unknown>, values: Record<string, unknown>): { values: Record<string, unknown>; url?: string } | null {
  const p = op.pagination;
  if (!p) return null;
  const input = (type: string) => p.inputs.find((i) => i.type === type);
  if (p.type === "url") {
    const next = p.outputs.nextUrl ? readPath(outcome.wire, p.outputs.nextUrl) : undefined;
    return typeof next === "string" && next !== "" ? { values, url: new URL(next, outcome.url).toString() } : null;
  }
  if (p.type === "cursor") {
    const cursor = p.outputs.nextCursor ? readPath(outcome.wire, p.outputs.nextCursor) : undefined;
    const name = input("cursor")?.name;
    if (!name || cursor === undefined || cursor === null || cursor === "" || cursor === values[name]) return null;
    return { values: { ...values, [name]: cursor } };
  }
  // offsetLimit: stop at an empty or short page, or past the last page when the API says how many.
  const results = p.outputs.results ? readPath(outcome.wire, p.outputs.results) : undefined;
  const numPages = p.outputs.numPages ? Number(readPath(outcome.wire, p.outputs.numPages)) : NaN;
  if (p.outputs.results && (!Array.isArray(results) || results.length === 0)) return null;
  if (!Array.isArray(results) && !Number.isFinite(numPages)) return null;
  const limitName = input("limit")?.name;
  const limit = limitName ? Number(values[limitName]) : NaN;
  if (Array.isArray(results) && Number.isFinite(limit) && results.length < limit) return null;
  const pageInput = input("page");
  if (pageInput) {
    const nextPage = (Number(values[pageInput.name] ?? 1) || 1) + 1;
    if (Number.isFinite(numPages) && nextPage > numPages) return null;
    return { values: { ...values, [pageInput.name]: nextPage } };
  }
  const offsetInput = input("offset");
  if (!offsetInput) return null;
  const step = Array.isArray(results) ? results.length : limit;
  if (!Number.isFinite(step) || step <= 0) return null;
  return { values: { ...values, [offsetInput.name]: (Number(values[offsetInput.name] ?? 0) || 0) + step } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

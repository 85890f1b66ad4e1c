/** Turns a request object into URL, headers and body: everything but sending. */
import type { RequestOptions } from "./config.js";
import { InvalidRequestError, RequestValidationError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import { encodeCookieParam, encodeHeaderParam, encodePathParam, encodeQueryParam, encodeQueryString } from "./params.js";
import { baseURL, validationPolicy, type ClientState } from "./sdk.js";
import { resolveSecurity, type ResolvedSecurity } from "./security.js";
import { joinURL, sameOrigin } from "./url.js";
import type { Schema } from "./schema.js";
import { validate } from "./validate.js";

export interface BuiltRequest {
  url: string;
  base: string;
  method: string;
  headers: Headers;
  body: BodyInit | undefined;
  replayable: boolean;
  /** The OAuth2 token sent, to forget it when the API refuses it. */
  oauthToken?: string;
  /** The credentials sent, for the registered hooks' context. */
  resolvedSecurity?: ResolvedSecurity;
  /** Other fetch settings a `beforeCreateRequest` hook gave (`cache`, `credentials`, …). */
  init?: RequestInit;
}

/** Changes pagination makes to the request of the next page. */
export interface Overrides {
  /** Values by wire name, replacing parameters or top-level body fields. */
  values?: Readonly<Record<string, unknown>>;
  /** A complete next-page URL (`url` pagination). */
  url?: string;
}

export async function buildRequest<Req>(state: ClientState, op: OperationSpec<Req, unknown>, request: Req, options: RequestOptions, overrides: Overrides = {}): Promise<BuiltRequest> {
  const base = baseURL(state, options.serverURL, op.servers);
  const pathValues: Record<string, string> = {};
  // Query parameters go out sorted by name, as the reference SDK sends them (stable within a name).
  const queryParams: { name: string; pairs: string[] }[] = [];
  // A `querystring` parameter's pairs, in its own order, before any other.
  const queryString: string[] = [];
  const headers = new Headers();
  const cookies: string[] = [];
  const values = overrides.values ?? {};
  for (const p of op.params ?? []) {
    const value = Object.prototype.hasOwnProperty.call(values, p.name) ? values[p.name] : checkedInput(state, op, p, `${p.in}.${p.name}`, request, options);
    if (p.in === "path") {
      if (value === undefined || value === null) throw new InvalidRequestError(`${op.id}: path parameter "${p.name}" is required`);
      pathValues[p.name] = encodePathParam(p, value);
    } else if (p.in === "query") queryParams.push({ name: p.name, pairs: encodeQueryParam(p, value) });
    else if (p.in === "querystring") queryString.push(...encodeQueryString(p, value));
    else if (p.in === "header") {
      const text = encodeHeaderParam(p, value);
      if (text !== undefined) headers.set(p.name, text);
    } else cookies.push(...encodeCookieParam(p, value));
  }
  const query = [...queryString, ...queryParams.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).flatMap((q) => q.pairs)];
  const url = overrides.url ?? joinURL(base, op.path, pathValues, query);

  let body: BodyInit | undefined;
  let replayable = true;
  if (op.body) {
    let wire = checkedInput(state, op, op.body, "$", request, options);
    if (overrides.values && typeof wire === "object" && wire !== null && !Array.isArray(wire)) wire = { ...wire, ...bodyOverrides(op, overrides.values) };
    // fetch refuses a body on GET and HEAD (the generator warned: body-not-sendable): the
    // request goes without it, and the logger says so.
    if (wire !== undefined && (op.method === "GET" || op.method === "HEAD")) {
      state.options.logger?.warn(`${op.id}: fetch cannot send a body with ${op.method}; the request was sent without it`);
      wire = undefined;
    } else if (wire === undefined && op.body.required) throw new InvalidRequestError(`${op.id}: a request body is required`);
    if (wire !== undefined) {
      const encoded = await op.body.encode(op.body, wire);
      body = encoded.body;
      replayable = encoded.replayable;
      if (encoded.contentType) headers.set("content-type", encoded.contentType);
    }
  }

  const accept = acceptHeader(op);
  if (accept) headers.set("accept", accept);
  if (typeof document === "undefined") headers.set("user-agent", state.config.userAgent);
  if (options.idempotencyKey) headers.set("idempotency-key", options.idempotencyKey);
  else if (needsIdempotencyKey(state, op, headers)) headers.set("idempotency-key", newIdempotencyKey());

  let oauthToken: string | undefined;
  let resolved: ResolvedSecurity | undefined;
  let finalURL = url;
  // Credentials only ever go to the API's own origin (a next-page URL may point elsewhere).
  if (sameOrigin(url, base)) {
    const credentials = await resolveSecurity(op.security ?? state.config.security, state.config.schemes, state.options);
    if (credentials.length > 0) resolved = { headers: {}, queryParams: {}, cookies: {} };
    for (const c of credentials) {
      if (c.kind === "header") headers.set(c.name, (resolved!.headers[c.name] = c.value));
      else if (c.kind === "query") finalURL += `${finalURL.includes("?") ? "&" : "?"}${encodeURIComponent(c.name)}=${encodeURIComponent((resolved!.queryParams[c.name] = c.value))}`;
      else if (c.kind === "cookie") cookies.push(`${c.name}=${encodeURIComponent((resolved!.cookies[c.name] = c.value))}`);
      else {
        const tokenURL = new URL(c.tokenURL ?? "", base.endsWith("/") ? base : `${base}/`).toString();
        const fetcher = state.options.fetch ?? ((r: Request) => globalThis.fetch(r));
        if (!state.tokens) throw new InvalidRequestError("OAuth2 client credentials given, but the API declares no client credentials flow");
        oauthToken = await state.tokens.token(c.credentials, tokenURL, c.scopes, fetcher);
        headers.set("authorization", (resolved!.headers["authorization"] = `Bearer ${oauthToken}`));
      }
    }
  }
  if (cookies.length > 0) headers.set("cookie", cookies.join("; "));
  for (const extra of [options.fetchOptions?.headers, options.headers]) {
    if (extra) new Headers(extra).forEach((value, name) => headers.set(name, value));
  }
  const built: BuiltRequest = { url: finalURL, base, method: op.method, headers, body, replayable };
  if (oauthToken !== undefined) built.oauthToken = oauthToken;
  if (resolved !== undefined) built.resolvedSecurity = resolved;
  return built;
}

/**
 * A request part (the body, or one parameter at `<in>.<name>`) in wire form, checked against its
 * schema unless validation is off: a mapper that cannot read the input (a string where a Date
 * goes) or a wrong type or missing field fails the call before anything is sent. Drift (an enum
 * value this SDK does not know) is the caller's choice and goes out as given.
 */
function checkedInput<Req>(state: ClientState, op: OperationSpec<Req, unknown>, part: { get(request: Req): unknown; schema?: Schema }, at: string, request: Req, options: RequestOptions): unknown {
  const policy = validationPolicy(state, options);
  let wire: unknown;
  try {
    wire = part.get(request);
  } catch (cause) {
    if (policy === "off") throw cause;
    throw new RequestValidationError(op.id, [{ path: at, message: `could not map the input: ${(cause as Error).message}` }], request, { cause });
  }
  // A null parameter is one not sent; a null body is checked like any other.
  const absent = wire === undefined || (wire === null && at !== "$");
  if (policy !== "off" && part.schema && !absent) {
    const { errors } = validate(wire, part.schema);
    if (errors.length > 0)
      throw new RequestValidationError(
        op.id,
        errors.map((e) => ({ ...e, path: at + e.path.slice(1) })),
        request,
      );
  }
  return wire;
}

function bodyOverrides(op: OperationSpec<unknown, unknown>, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const params = new Set((op.params ?? []).map((p) => p.name));
  return Object.fromEntries(Object.entries(values).filter(([k]) => !params.has(k)));
}

function acceptHeader(op: OperationSpec<unknown, unknown>): string | undefined {
  const types: string[] = [];
  for (const r of op.responses) if (r.media !== undefined && !types.includes(r.media)) types.push(r.media);
  return types.length === 0 ? undefined : types.join(", ");
}

/** Methods a retry cannot make do anything twice (RFC 9110; QUERY, draft-ietf-httpbis-safe-method-w-body). */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "QUERY"]);

/**
 * A request the API description says to retry (`x-speakeasy-retries`) that is not idempotent by
 * its method, of an operation that declares an `Idempotency-Key` header the caller left out:
 * one key is made for the call, so every attempt carries the same one.
 */
function needsIdempotencyKey(state: ClientState, op: OperationSpec<unknown, unknown>, headers: Headers): boolean {
  if (IDEMPOTENT_METHODS.has(op.method.toUpperCase()) || headers.has("idempotency-key")) return false;
  if ((op.retries ?? state.config.retries) === undefined) return false;
  return (op.params ?? []).some((p) => p.in === "header" && p.name.toLowerCase() === "idempotency-key");
}

function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join("");
}

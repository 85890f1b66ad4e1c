/**
 * Runs one operation: build the request, send it (hooks, retries, timeouts), read the
 * response it matches, and return a Result. Nothing here throws: every failure is an error value.
 */
import { apiPromise, type APIPromise, type Exchange } from "./api-promise.js";
import type { RequestOptions } from "./config.js";
import { httpErrorMessage, ResponseValidationError, SDKError, UnexpectedClientError, type HTTPErrorInfo, type TransportError } from "./errors.js";
import { hookList, runAfterError, runAfterSuccess, type HookContext, type RegisteredHooks, type SDKHookContext } from "./hooks.js";
import type { OperationSpec, ResponseSpec } from "./operation.js";
import { buildRequest, type BuiltRequest, type Overrides } from "./request.js";
import { decodeChecked, matchResponse, type DecodeOptions } from "./response.js";
import { ERR, OK, type Result } from "./result.js";
import { effectiveRetries, validationPolicy, type ClientSDK, type ClientState } from "./sdk.js";
import { requiredScopes, securitySource } from "./security.js";
import { send } from "./send.js";

/** A decoded result with what pagination needs to ask for the next page. */
export interface CallOutcome<Res> {
  value: Res;
  /** The JSON body before mapping (JSON responses only). */
  wire: unknown;
  url: string;
}

export function call<Req, Res, E>(client: ClientSDK, op: OperationSpec<Req, Res>, request: Req, options: RequestOptions = {}): APIPromise<Result<Res, E | TransportError>> {
  return apiPromise(async (exchange) => {
    const outcome = await callRaw<Req, Res, E>(client._state, op, request, options, undefined, exchange);
    return outcome.ok ? OK(outcome.value.value) : outcome;
  });
}

export async function callRaw<Req, Res, E>(
  state: ClientState,
  op: OperationSpec<Req, Res>,
  request: Req,
  options: RequestOptions,
  overrides?: Overrides,
  exchange?: Exchange,
): Promise<Result<CallOutcome<Res>, E | TransportError>> {
  const hooks = hookList(state.options.hooks);
  let context: HookContext = { operationID: op.id, baseURL: "", retryAttempt: 0 };
  try {
    let built = await buildRequest(state, op, request, options, overrides);
    context = { ...context, baseURL: built.base };
    // The hooks of src/hooks/registration.ts, each after the `hooks` option's of the same kind.
    const registered = state.registeredHooks && { hooks: state.registeredHooks, context: registeredContext(state, op, built, options) };
    if (registered) built = beforeCreateRequest(registered.hooks, registered.context, built);
    const decodeOptions: DecodeOptions = { policy: validationPolicy(state, options), logger: state.options.logger, operationID: op.id };
    const success = async (response: Response, url: string) => {
      const spec = matchResponse(op.responses, response.status, response.headers.get("content-type"));
      if (!spec || spec.kind !== "success" || response.status >= 400) return undefined;
      const { value, wire } = await spec.read(response, decodeOptions);
      return OK({ value, wire, url });
    };
    // A registered afterError hook that returns no error and a success response recovers the call.
    const afterRegistered = async (response: Response | null, error: unknown, url: string): Promise<Result<CallOutcome<Res>, E | TransportError>> => {
      if (registered) {
        const after = await registered.hooks.afterError(registered.context, response, error);
        if (after.error === null || after.error === undefined) {
          const recovered = after.response ? await success(after.response, url) : undefined;
          if (recovered) return recovered;
        } else error = after.error;
      }
      return ERR(asSDKError(error) as E | TransportError);
    };
    let sent;
    try {
      sent = await send(state, built, options, hooks, context, op.retries, registered);
      if (exchange) Object.assign(exchange, { request: sent.request, response: sent.response });
    } catch (error) {
      const handled = await runAfterError(hooks, context, undefined, asSDKError(error));
      return afterRegistered(null, asSDKError(handled.error), built.url);
    }
    try {
      let response = sent.response;
      if (response.status === 401 && built.oauthToken !== undefined) state.tokens?.invalidate(built.oauthToken);
      const spec = matchResponse(op.responses, response.status, response.headers.get("content-type"));
      if (spec && spec.kind === "success" && response.status < 400) {
        response = await runAfterSuccess(hooks, context, response);
        if (registered) response = await registered.hooks.afterSuccess(registered.context, response);
        const { value, wire } = await spec.read(response, decodeOptions);
        return OK({ value, wire, url: sent.request.url });
      }
      // The registered hooks get the response with its body unread.
      const unread = registered ? response.clone() : response;
      const error = await errorFor(state, spec, response, sent.request, decodeOptions);
      const handled = await runAfterError(hooks, context, response, error);
      return await afterRegistered(unread, handled.error, sent.request.url);
    } finally {
      sent.dispose();
    }
  } catch (error) {
    return ERR(asSDKError(error) as TransportError);
  }
}

/** The reference's hook context for this call. */
function registeredContext(state: ClientState, op: OperationSpec<unknown, unknown>, built: BuiltRequest, options: RequestOptions): SDKHookContext {
  const requirements = op.security ?? state.config.security;
  return {
    baseURL: built.base,
    operationID: op.id,
    oAuth2Scopes: requiredScopes(requirements),
    securitySource: securitySource(state.config.schemes, state.options),
    retryConfig: effectiveRetries(state, options.retries, op.retries, options.retryCodes),
    resolvedSecurity: built.resolvedSecurity ?? null,
    options: state.options,
  };
}

/** Runs the registered beforeCreateRequest hooks on the URL and fetch settings of a built request. */
function beforeCreateRequest(hooks: RegisteredHooks, context: SDKHookContext, built: BuiltRequest): BuiltRequest {
  const url = new URL(built.url);
  const href = url.href;
  const init: RequestInit = { method: built.method, headers: built.headers };
  if (built.body !== undefined) init.body = built.body;
  const input = hooks.beforeCreateRequest(context, { url, options: init });
  const next: BuiltRequest = { ...built, url: input.url.href === href ? built.url : input.url.href };
  if (!input.options) return next;
  const { method, headers, body, ...rest } = input.options;
  if (method !== undefined) next.method = method;
  if (headers !== undefined && headers !== built.headers) next.headers = new Headers(headers);
  if ("body" in input.options && body !== built.body) {
    next.body = body ?? undefined;
    next.replayable = !(body instanceof ReadableStream);
  }
  if (Object.keys(rest).length > 0) next.init = { ...built.init, ...rest };
  return next;
}

/** The error for a non-success response: the declared error class, or the SDK's default one. */
async function errorFor(state: ClientState, spec: ResponseSpec<unknown> | undefined, response: Response, request: Request, o: DecodeOptions): Promise<SDKError> {
  const body = await response.text().catch(() => "");
  const info: HTTPErrorInfo = { response, body, request };
  const fallback = (cause?: unknown) => new state.config.defaultError(httpErrorMessage(info), info, cause === undefined ? undefined : { cause });
  if (!spec || spec.kind !== "error") {
    return spec ? fallback(new ResponseValidationError([{ path: "$", message: `status ${response.status} was declared as a success` }], body, response)) : fallback();
  }
  try {
    const wire = body.trim() === "" ? undefined : JSON.parse(body);
    // A declared error whose body does not fit its schema is still an API error: report the
    // default one (with the validation problem as cause) rather than a half-filled typed one.
    return decodeChecked(wire, spec.schema, (w) => new spec.create(w, info), response, { ...o, policy: o.policy === "off" ? "off" : "lax" });
  } catch (cause) {
    return fallback(cause);
  }
}

function asSDKError(error: unknown): SDKError {
  if (error instanceof SDKError) return error;
  return new UnexpectedClientError(error instanceof Error ? error.message : String(error), { cause: error });
}

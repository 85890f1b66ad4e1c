/**
 * Sends a built request: one `Request` per attempt (a body can be read once), hooks, debug
 * logging, per-attempt timeout, and the retry loop.
 */
import type { RequestOptions } from "./config.js";
import { runBeforeRequest, type HookContext, type Hooks, type RegisteredHooks, type SDKHookContext } from "./hooks.js";
import { logRequest, logResponse, redaction } from "./logger.js";
import { IDEMPOTENT_METHODS, type BuiltRequest } from "./request.js";
import { withRetries, type Clock, type RetryConfig } from "./retries.js";
import { effectiveRetries, type ClientState } from "./sdk.js";
import { secretNames } from "./security.js";
import { attemptSignal, sleep, type AttemptSignal } from "./signals.js";

export interface Sent {
  response: Response;
  request: Request;
  /** Ends the attempt's timeout once the body has been read. */
  dispose(): void;
}

export const systemClock: Clock = { now: () => Date.now(), sleep, random: Math.random };

export async function send(
  state: ClientState,
  built: BuiltRequest,
  options: RequestOptions,
  hooks: readonly Hooks[],
  context: Omit<HookContext, "retryAttempt">,
  operationRetries: RetryConfig | undefined,
  registered?: { hooks: RegisteredHooks; context: SDKHookContext },
): Promise<Sent> {
  const client = state.options.httpClient;
  const fetcher = client ? (r: Request) => client.request(r) : (state.options.fetch ?? ((r: Request) => globalThis.fetch(r)));
  const callerSignal = options.signal ?? options.fetchOptions?.signal ?? undefined;
  const timeoutMs = options.timeoutMs ?? state.options.timeoutMs;
  const secrets = secretNames(state.config.schemes);
  const redact = redaction(secrets.headers, secrets.query);
  const logger = state.debugLogger;
  let last: { request: Request; signal: AttemptSignal } | undefined;

  const attempt = async (n: number): Promise<Response> => {
    last?.signal.dispose();
    const signal = attemptSignal(callerSignal, timeoutMs);
    const init: RequestInit & { duplex?: "half" } = { ...options.fetchOptions, ...built.init, method: built.method, headers: built.headers, signal: signal.signal ?? null };
    if (built.body !== undefined) init.body = built.body;
    // Node's fetch requires this for streamed bodies; browsers ignore it.
    if (built.body instanceof ReadableStream) init.duplex = "half";
    let request = new Request(built.url, init);
    request = await runBeforeRequest(hooks, { ...context, retryAttempt: n }, request);
    if (registered) request = await registered.hooks.beforeRequest(registered.context, request);
    last = { request, signal };
    logRequest(logger, request, redact, n);
    const started = Date.now();
    let response: Response;
    try {
      // A custom fetch may not look at the signal; an aborted call must not go out at all.
      request.signal.throwIfAborted();
      response = await fetcher(request);
    } catch (cause) {
      signal.dispose();
      throw signal.failure(cause);
    }
    logResponse(logger, request, response, Date.now() - started, redact);
    return response;
  };

  // The API description's x-speakeasy-retries is the API owner's word that its operations may be
  // retried, POST included; without it only idempotent requests (or ones with a key) are.
  const describedRetries = operationRetries !== undefined || state.config.retries !== undefined;
  const idempotent = IDEMPOTENT_METHODS.has(built.method.toUpperCase()) || built.headers.has("idempotency-key") || describedRetries;
  const response = await withRetries(attempt, {
    config: effectiveRetries(state, options.retries, operationRetries, options.retryCodes),
    allowed: idempotent && built.replayable,
    signal: callerSignal,
    clock: state.options.clock ?? systemClock,
    onRetry: (n, delay, reason) => logger?.debug(`retrying ${built.method} in ${delay} ms (attempt ${n + 1}): ${reason}`),
  });
  const final = last!;
  return { response, request: final.request, dispose: () => final.signal.dispose() };
}

/**
 * One AbortSignal per attempt that fires on the caller's signal or on the timeout, remembering
 * which, so a failure can be reported as aborted or timed out. The caller's signal wins: when it
 * has fired, the failure is an abort even if the timeout elapsed too.
 */
import { ConnectionError, RequestAbortedError, RequestTimeoutError, SDKError } from "./errors.js";

export interface AttemptSignal {
  signal: AbortSignal | undefined;
  /** Stops the timer and unlinks the caller's signal; safe to call twice. */
  dispose(): void;
  /** The error for a failure of this attempt: aborted, timed out, or a connection error. */
  failure(cause: unknown): SDKError;
}

export function attemptSignal(caller: AbortSignal | null | undefined, timeoutMs: number | undefined): AttemptSignal {
  const hasTimeout = timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs);
  if (!caller && !hasTimeout) return { signal: undefined, dispose: () => {}, failure: (cause) => classify(cause, undefined, false) };
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener("abort", onAbort, { once: true });
  const timer = hasTimeout
    ? setTimeout(() => {
        timedOut = true;
        controller.abort(new RequestTimeoutError(`request timed out after ${timeoutMs} ms`));
      }, timeoutMs)
    : undefined;
  return {
    signal: controller.signal,
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    },
    failure: (cause) => classify(cause, caller, timedOut, timeoutMs),
  };
}

function classify(cause: unknown, caller: AbortSignal | null | undefined, timedOut: boolean, timeoutMs?: number): SDKError {
  if (cause instanceof SDKError) return cause;
  if (caller?.aborted) return new RequestAbortedError("request aborted by the caller", { cause: caller.reason ?? cause });
  if (timedOut) return new RequestTimeoutError(`request timed out after ${timeoutMs} ms`, { cause });
  if (isAbort(cause)) return new RequestAbortedError("request aborted", { cause });
  const message = cause instanceof Error ? cause.message : String(cause);
  return new ConnectionError(`connection failed: ${message}`, { cause });
}

function isAbort(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

/** Waits `ms`, or rejects with RequestAbortedError as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new RequestAbortedError("request aborted by the caller", { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new RequestAbortedError("request aborted by the caller", { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Retries with exponential backoff and jitter, bounded by an attempt cap and a total time
 * budget. Retry-After (seconds or an HTTP date) replaces the computed delay when the server
 * sends it. Only idempotent requests are retried (see `call.ts`).
 */
import { ConnectionError, RequestTimeoutError } from "./errors.js";

export interface BackoffStrategy {
  /** First delay, in milliseconds. */
  initialInterval?: number;
  /** Longest delay between two attempts, in milliseconds. */
  maxInterval?: number;
  /** Growth factor of the delay per attempt. */
  exponent?: number;
  /** Total time budget for all attempts and delays, in milliseconds. */
  maxElapsedTime?: number;
}

export type RetryConfig =
  | { strategy: "none" }
  | {
      strategy: "backoff";
      backoff?: BackoffStrategy;
      /** Retry when the connection fails or times out. */
      retryConnectionErrors?: boolean;
      /** Statuses to retry: codes (`503`) or ranges (`5XX`). */
      statusCodes?: readonly string[];
      /** Most attempts in total, the first included. */
      maxAttempts?: number;
    };

export const DEFAULT_RETRIES: RetryConfig = {
  strategy: "backoff",
  backoff: { initialInterval: 500, maxInterval: 10_000, exponent: 2, maxElapsedTime: 60_000 },
  retryConnectionErrors: true,
  statusCodes: ["408", "429", "5XX"],
  maxAttempts: 3,
};

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal | null): Promise<void>;
  random(): number;
}

export interface RetryPolicy {
  config: RetryConfig;
  /** False for requests that must not be sent twice (non-idempotent without an idempotency key, streamed bodies). */
  allowed: boolean;
  signal?: AbortSignal | null | undefined;
  clock: Clock;
  onRetry?: (attempt: number, delayMs: number, reason: string) => void;
}

/**
 * Runs `attempt(n)` until it yields a response that is not to be retried, the attempts or the
 * budget run out, or an error is not retryable. Returns the last response; throws the last error.
 */
export async function withRetries(attempt: (n: number) => Promise<Response>, policy: RetryPolicy): Promise<Response> {
  const { config, clock } = policy;
  if (config.strategy !== "backoff" || !policy.allowed) return attempt(0);
  const b = { ...DEFAULT_BACKOFF, ...config.backoff };
  const maxAttempts = config.maxAttempts ?? Number.POSITIVE_INFINITY;
  const start = clock.now();
  for (let n = 0; ; n++) {
    let outcome: { response: Response } | { error: unknown };
    try {
      outcome = { response: await attempt(n) };
    } catch (error) {
      outcome = { error };
    }
    const retryable = "response" in outcome ? matchesStatus(outcome.response.status, config.statusCodes ?? []) : isConnectionFailure(outcome.error) && config.retryConnectionErrors === true;
    const serverDelay = "response" in outcome ? retryAfterMs(outcome.response.headers.get("retry-after"), clock.now()) : undefined;
    const delay = serverDelay ?? backoffDelay(n, b, clock.random());
    const withinBudget = clock.now() + delay - start <= b.maxElapsedTime;
    if (!retryable || n + 1 >= maxAttempts || !withinBudget) {
      if ("response" in outcome) return outcome.response;
      throw outcome.error;
    }
    // The connection is only reused once the unread body is gone.
    if ("response" in outcome) await outcome.response.body?.cancel().catch(() => {});
    policy.onRetry?.(n + 1, delay, "response" in outcome ? `status ${outcome.response.status}` : String((outcome.error as Error)?.message ?? outcome.error));
    await clock.sleep(delay, policy.signal);
  }
}

const DEFAULT_BACKOFF: Required<BackoffStrategy> = { initialInterval: 500, maxInterval: 60_000, exponent: 1.5, maxElapsedTime: 3_600_000 };

/** `initial · exponent^n`, capped, then jittered into [50 %, 100 %] so clients do not retry in lockstep. */
export function backoffDelay(n: number, b: Required<BackoffStrategy>, random: number): number {
  const base = Math.min(b.initialInterval * Math.pow(b.exponent, n), b.maxInterval);
  return Math.round(base * (0.5 + random * 0.5));
}

/** Milliseconds a Retry-After header asks for (delta-seconds or HTTP date), or undefined. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function matchesStatus(status: number, patterns: readonly string[]): boolean {
  const code = String(status);
  return patterns.some((p) => p === code || (/^[1-5]XX$/i.test(p) && p[0] === code[0]));
}

function isConnectionFailure(error: unknown): boolean {
  return error instanceof ConnectionError || error instanceof RequestTimeoutError;
}

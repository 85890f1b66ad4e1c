/** Options of a client and of one call, and the facts about the API a generated client supplies. */
import type { HTTPError, HTTPErrorInfo } from "./errors.js";
import type { Hooks } from "./hooks.js";
import type { HTTPClient } from "./http.js";
import type { ConsoleLogger, Logger } from "./logger.js";
import type { TokenCache } from "./oauth2.js";
import type { Clock, RetryConfig } from "./retries.js";
import type { SecurityRequirement, SecurityScheme } from "./security.js";
import type { ServerSpec } from "./url.js";
import type { ValidationPolicy } from "./validate.js";

/** What fetch the SDK calls: the global one by default. */
export type Fetcher = (request: Request) => Promise<Response>;

export interface ClientOptions {
  /** Replaces the server of the API description. */
  serverURL?: string | undefined;
  /** Index into the API description's server list (default 0). */
  serverIdx?: number | undefined;
  /** Values for the variables of the server URL; missing ones take their defaults. */
  serverVariables?: Readonly<Record<string, string>> | undefined;
  /** A fetch to use instead of the global one (proxies, tests, instrumentation). */
  fetch?: Fetcher | undefined;
  /** Retry policy for every call; a call's own `retries` replaces it. */
  retries?: RetryConfig | undefined;
  /** The reference generator's name for `retries`; `retries` wins when both are given. */
  retryConfig?: RetryConfig | undefined;
  /** Sends the requests instead of `fetch` (its hooks run on every attempt); see lib/http.ts. */
  httpClient?: HTTPClient | undefined;
  /** Time limit of one attempt, in milliseconds (no limit by default). */
  timeoutMs?: number | undefined;
  /** How responses are checked against the API description (default `lax`). */
  validation?: ValidationPolicy | undefined;
  hooks?: Hooks | readonly Hooks[] | undefined;
  /** Receives request/response traces with secrets redacted. Also enabled by `<PREFIX>_DEBUG=1` (to the console). */
  debugLogger?: Logger | ConsoleLogger | undefined;
  /** Receives warnings, such as response drift in `lax` validation. */
  logger?: Logger | undefined;
  /** Time and randomness of retry delays; replaceable for tests. */
  clock?: Clock | undefined;
}

export interface RequestOptions {
  /** Passed to fetch for this call; `method` and `body` are the SDK's. */
  fetchOptions?: Omit<RequestInit, "method" | "body"> | undefined;
  retries?: RetryConfig | undefined;
  /**
   * Statuses to retry for this call (`"5XX"`, `"429"`), replacing the policy's; a policy given
   * without status codes retries those of the API description.
   */
  retryCodes?: readonly string[] | undefined;
  timeoutMs?: number | undefined;
  /** Aborts the call, including a pending retry delay. */
  signal?: AbortSignal | undefined;
  /** Replaces the server URL for this call. */
  serverURL?: string | URL | undefined;
  validation?: ValidationPolicy | undefined;
  /** Extra headers; they win over the SDK's own. */
  headers?: HeadersInit | undefined;
  /**
   * Sent as `Idempotency-Key`. POST and PATCH requests are retried only when one is sent,
   * so that a retry cannot apply a change twice.
   */
  idempotencyKey?: string | undefined;
}

/** Facts about the API, fixed at generation time. */
export interface SDKConfig {
  servers: readonly ServerSpec[];
  schemes: Readonly<Record<string, SecurityScheme>>;
  /** Requirements of operations that declare none. */
  security: readonly SecurityRequirement[];
  /** Prefix of environment variables, e.g. `CLERK_BACKEND_API`. */
  envPrefix: string;
  userAgent: string;
  /** Class of API errors for statuses the description does not declare. */
  defaultError: new (message: string, info: HTTPErrorInfo, options?: { cause?: unknown }) => HTTPError;
  /** The API description's `x-speakeasy-retries`, if any. */
  retries?: RetryConfig | undefined;
  /** Only for APIs with an OAuth2 client credentials flow: so that others do not bundle it. */
  tokenCache?: (() => TokenCache) | undefined;
}

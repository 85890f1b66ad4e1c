/**
 * The hook interfaces of the reference generator's SDKs, for code written against them: classes
 * implementing these, registered in ./registration.ts, run around every call of this SDK (after
 * the hooks of the `hooks` client option, which keep working as they do).
 */
import type { SDKOptions } from "../core.js";
import type { HTTPClient } from "../lib/http.js";
import type { RetryConfig } from "../lib/retries.js";
import type { ResolvedSecurity } from "../lib/security.js";

export type { ResolvedSecurity };

export type Awaitable<T> = T | Promise<T>;

export interface HookContext {
  /** The server the call goes to. */
  baseURL: string | URL;
  /** operationId from the API description. */
  operationID: string;
  /** The OAuth2 scopes the operation's security requirements name (empty when none). */
  oAuth2Scopes: string[] | null;
  /** The credentials as configured in the client options (the option of the API's one scheme, or an object of them by option name). */
  securitySource?: any;
  /** The retry policy of this call. */
  retryConfig: RetryConfig;
  /** The credentials as sent on this request, by where they went; null when none was sent. */
  resolvedSecurity: ResolvedSecurity | null;
  /** The client options. */
  options: SDKOptions;
}

export interface SDKInitOptions {
  /** The client's base URL (null when it has none); a different one returned replaces it. */
  baseURL: URL | null;
  /** Sends every request of the client; the one returned is used. */
  client: HTTPClient;
}

export type BeforeCreateRequestContext = HookContext;
export type BeforeRequestContext = HookContext;
export type AfterSuccessContext = HookContext;
export type AfterErrorContext = HookContext;

/** The URL and fetch settings of a request before it is made: method, headers and body among them. */
export interface RequestInput {
  url: URL;
  options?: RequestInit | undefined;
}

/** Runs once, when an SDK instance is created. */
export interface SDKInitHook {
  sdkInit(opts: SDKInitOptions): SDKInitOptions;
}

/** Runs once per call, before its Request is made (retries reuse the result). */
export interface BeforeCreateRequestHook {
  beforeCreateRequest(hookCtx: BeforeCreateRequestContext, input: RequestInput): RequestInput;
}

/** Runs before every attempt; the request returned is sent. */
export interface BeforeRequestHook {
  beforeRequest(hookCtx: BeforeRequestContext, request: Request): Awaitable<Request>;
}

/** Runs on a success response, before it is read. */
export interface AfterSuccessHook {
  afterSuccess(hookCtx: AfterSuccessContext, response: Response): Awaitable<Response>;
}

/**
 * Runs on an error response (`response` set, its body unread) or a failure to get one (`response`
 * null). The error returned is the call's; returning no error with a success response recovers the call.
 */
export interface AfterErrorHook {
  afterError(
    hookCtx: AfterErrorContext,
    response: Response | null,
    error: unknown,
  ): Awaitable<{
    response: Response | null;
    error: unknown;
  }>;
}

/** The names the reference's docs also use for the hook interfaces. */
export type SDKInit = SDKInitHook;
export type BeforeCreateRequest = BeforeCreateRequestHook;
export type BeforeRequest = BeforeRequestHook;
export type AfterSuccess = AfterSuccessHook;
export type AfterError = AfterErrorHook;

export interface Hooks {
  registerSDKInitHook(hook: SDKInitHook): void;
  registerBeforeCreateRequestHook(hook: BeforeCreateRequestHook): void;
  registerBeforeRequestHook(hook: BeforeRequestHook): void;
  registerAfterSuccessHook(hook: AfterSuccessHook): void;
  registerAfterErrorHook(hook: AfterErrorHook): void;
}

import type { ClientOptions } from "./config.js";
import type { HTTPClient } from "./http.js";
import type { RetryConfig } from "./retries.js";
import type { ResolvedSecurity } from "./security.js";

/**
 * Hooks run around every HTTP attempt. They may replace the request or response, or the error
 * reported; a hook that throws fails the call with that error.
 */
export interface HookContext {
  /** operationId from the API description. */
  operationID: string;
  baseURL: string;
  /** 0 for the first attempt, then 1, 2, … for retries. */
  retryAttempt: number;
}

export interface Hooks {
  beforeRequest?(context: HookContext, request: Request): Request | void | Promise<Request | void>;
  afterSuccess?(context: HookContext, response: Response): Response | void | Promise<Response | void>;
  /** Called for error responses (`response` set) and transport failures (`response` undefined). */
  afterError?(context: HookContext, response: Response | undefined, error: unknown): AfterErrorResult | void | Promise<AfterErrorResult | void>;
}

export interface AfterErrorResult {
  response?: Response;
  error?: unknown;
}

export function hookList(hooks: Hooks | readonly Hooks[] | undefined): readonly Hooks[] {
  if (!hooks) return [];
  return Array.isArray(hooks) ? hooks : [hooks as Hooks];
}

export async function runBeforeRequest(hooks: readonly Hooks[], context: HookContext, request: Request): Promise<Request> {
  let current = request;
  for (const hook of hooks) if (hook.beforeRequest) current = (await hook.beforeRequest(context, current)) ?? current;
  return current;
}

export async function runAfterSuccess(hooks: readonly Hooks[], context: HookContext, response: Response): Promise<Response> {
  let current = response;
  for (const hook of hooks) if (hook.afterSuccess) current = (await hook.afterSuccess(context, current)) ?? current;
  return current;
}

export async function runAfterError(hooks: readonly Hooks[], context: HookContext, response: Response | undefined, error: unknown): Promise<{ response: Response | undefined; error: unknown }> {
  let state = { response, error };
  for (const hook of hooks) {
    if (!hook.afterError) continue;
    const result = await hook.afterError(context, state.response, state.error);
    if (result) state = { response: result.response ?? state.response, error: "error" in result ? result.error : state.error };
  }
  return state;
}

/**
 * What the runtime calls of the hooks registered in the package's src/hooks/registration.ts (the
 * reference generator's hook interfaces, run by src/hooks/hooks.ts), after the `hooks` option's.
 */
export interface RegisteredHooks {
  sdkInit(opts: { baseURL: URL | null; client: HTTPClient }): { baseURL: URL | null; client: HTTPClient };
  beforeCreateRequest(context: SDKHookContext, input: { url: URL; options?: RequestInit }): { url: URL; options?: RequestInit };
  beforeRequest(context: SDKHookContext, request: Request): Request | Promise<Request>;
  afterSuccess(context: SDKHookContext, response: Response): Response | Promise<Response>;
  afterError(context: SDKHookContext, response: Response | null, error: unknown): { response: Response | null; error: unknown } | Promise<{ response: Response | null; error: unknown }>;
}

/** The context the registered hooks get: the reference's `HookContext`, filled from this call. */
export interface SDKHookContext {
  /** The server the call goes to. */
  baseURL: string | URL;
  operationID: string;
  /** The OAuth2 scopes the operation's security requirements name (empty when none). */
  oAuth2Scopes: string[] | null;
  /** The credentials as configured: the option of the API's one scheme, or an object of them by option name. */
  securitySource?: unknown;
  /** The retry policy of this call. */
  retryConfig: RetryConfig;
  /** What the credentials resolved to on this request, or null when none was sent. */
  resolvedSecurity: ResolvedSecurity | null;
  options: Readonly<ClientOptions> & Readonly<Record<string, unknown>>;
}

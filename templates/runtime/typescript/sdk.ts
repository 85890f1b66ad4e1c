/**
 * State shared by an SDK instance and its operation groups: options, API facts, and the OAuth2
 * token cache. Standalone functions take any instance; group objects share their root's state.
 */
import type { ClientOptions, SDKConfig } from "./config.js";
import { envVar } from "./env.js";
import type { RegisteredHooks } from "./hooks.js";
import { HTTPClient } from "./http.js";
import { toLogger, type Logger } from "./logger.js";
import type { TokenCache } from "./oauth2.js";
import { DEFAULT_RETRIES, type RetryConfig } from "./retries.js";
import { serverURL } from "./url.js";
import type { ValidationPolicy } from "./validate.js";

export interface ClientState {
  readonly options: Readonly<ClientOptions> & Readonly<Record<string, unknown>>;
  readonly config: SDKConfig;
  /** Present when the API has an OAuth2 client credentials flow. */
  readonly tokens: TokenCache | undefined;
  readonly debugLogger: Logger | undefined;
  /** The hooks of src/hooks/registration.ts, when the package has them. */
  readonly registeredHooks?: RegisteredHooks | undefined;
}

export class ClientSDK {
  /** Internal; shared with the operation groups of the same client. */
  readonly _state: ClientState;

  constructor(options: ClientOptions | ClientSDK, config?: SDKConfig, hooks?: RegisteredHooks) {
    if (options instanceof ClientSDK) {
      this._state = options._state;
      return;
    }
    if (!config) throw new TypeError("ClientSDK needs the API configuration");
    checkServerIndex(options.serverIdx, config.servers.length);
    const debug = envVar(`${config.envPrefix}_DEBUG`);
    const consoleLogger = debug === "1" || debug === "true" ? (globalThis.console as Logger) : undefined;
    const state: ClientState = { options: { ...options }, config, tokens: config.tokenCache?.(), debugLogger: toLogger(options.debugLogger) ?? consoleLogger };
    this._state = hooks ? initRegisteredHooks(state, hooks) : state;
  }
}

/**
 * Runs the registered `sdkInit` hooks with the client's base URL and HTTP client (the
 * `httpClient` option, else one over the `fetch` option or the global fetch); what they return
 * is what the client uses: a different base URL replaces the server, the client sends every request.
 */
function initRegisteredHooks(state: ClientState, hooks: RegisteredHooks): ClientState {
  let base: URL | null = null;
  try {
    base = new URL(baseURL(state, undefined));
  } catch {
    // No server, or not an absolute URL: the hooks get null, as the reference's do.
  }
  const fetcher = state.options.fetch;
  const client = state.options.httpClient ?? new HTTPClient(fetcher ? { fetcher } : {});
  const result = hooks.sdkInit({ baseURL: base, client });
  const options: ClientOptions & Record<string, unknown> = { ...state.options, httpClient: result.client };
  if (result.baseURL !== null && result.baseURL.href !== base?.href) options.serverURL = result.baseURL.href;
  return { ...state, options, registeredHooks: hooks };
}

/** A `serverIdx` that names no server is the caller's mistake: said at once, not replaced by server 0. */
function checkServerIndex(index: number | undefined, count: number): void {
  if (index === undefined || count === 0) return;
  if (!Number.isInteger(index) || index < 0 || index >= count)
    throw new RangeError(`serverIdx ${index} is out of range: the API description lists ${count} server${count === 1 ? "" : "s"} (0 to ${count - 1})`);
}

/** The base URL of a call: the call's override, the client's, or the configured server. */
/** The validation policy of one call: its own, else the client's, else "lax". */
export function validationPolicy(state: ClientState, options: { validation?: ValidationPolicy | undefined }): ValidationPolicy {
  return options.validation ?? state.options.validation ?? "lax";
}

export function baseURL(state: ClientState, callOverride: string | URL | undefined, operationServers?: readonly { url: string; variables?: Readonly<Record<string, string>> }[]): string {
  if (callOverride) return String(callOverride);
  if (state.options.serverURL) return state.options.serverURL;
  const servers = operationServers && operationServers.length > 0 ? operationServers : state.config.servers;
  const index = state.options.serverIdx ?? 0;
  const server = servers[index] ?? servers[0];
  if (!server) throw new TypeError("no server URL: pass serverURL in the client options");
  return serverURL(server, state.options.serverVariables);
}

/**
 * The retry policy of a call: the call's, the client's, the operation's, the API's, or the
 * default. A policy given without status codes retries those of the API description (as the
 * reference SDK does), and a call's `retryCodes` replace them.
 */
export function effectiveRetries(state: ClientState, callRetries: ClientOptions["retries"], operationRetries: ClientOptions["retries"], retryCodes?: readonly string[]): RetryConfig {
  const described = operationRetries ?? state.config.retries ?? DEFAULT_RETRIES;
  let chosen = callRetries ?? state.options.retries ?? state.options.retryConfig ?? described;
  if (chosen.strategy === "backoff" && chosen.statusCodes === undefined && described.strategy === "backoff") chosen = { ...chosen, statusCodes: described.statusCodes ?? [] };
  if (retryCodes && chosen.strategy === "backoff") chosen = { ...chosen, statusCodes: retryCodes };
  return chosen;
}

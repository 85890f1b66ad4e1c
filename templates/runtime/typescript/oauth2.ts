/**
 * OAuth2 client credentials: the token is fetched from the token URL, cached per client,
 * shared by concurrent calls, and refreshed a minute before it expires (or when the API
 * rejects it with 401). The token request never carries the API's own credentials.
 */
import { ConnectionError, SDKError } from "./errors.js";
import type { ClientCredentials } from "./security.js";

/** Refresh this long before expiry so a token never expires in flight. */
const REFRESH_MARGIN_MS = 60_000;

interface CachedToken {
  token: string;
  expiresAt: number;
}

export class OAuth2TokenError extends SDKError {
  override name = "OAuth2TokenError";
}

export class TokenCache {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<CachedToken>>();

  constructor(private readonly now: () => number = Date.now) {}

  async token(credentials: ClientCredentials, tokenURL: string, scopes: readonly string[], fetcher: (request: Request) => Promise<Response>): Promise<string> {
    const key = cacheKey(credentials, tokenURL, scopes);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt - REFRESH_MARGIN_MS > this.now()) return cached.token;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.fetchToken(credentials, tokenURL, scopes, fetcher).finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    const fresh = await pending;
    this.tokens.set(key, fresh);
    return fresh.token;
  }

  /** Forgets a token the API refused, so the next call fetches a new one. */
  invalidate(token: string): void {
    for (const [key, cached] of this.tokens) if (cached.token === token) this.tokens.delete(key);
  }

  private async fetchToken(credentials: ClientCredentials, tokenURL: string, scopes: readonly string[], fetcher: (request: Request) => Promise<Response>): Promise<CachedToken> {
    const form = new URLSearchParams({ grant_type: "client_credentials", client_id: credentials.clientID, client_secret: credentials.clientSecret });
    if (scopes.length > 0) form.set("scope", scopes.join(" "));
    const request = new Request(tokenURL, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" }, body: form.toString() });
    let response: Response;
    try {
      response = await fetcher(request);
    } catch (cause) {
      throw new ConnectionError(`OAuth2 token request to ${tokenURL} failed`, { cause });
    }
    const text = await response.text();
    if (!response.ok) throw new OAuth2TokenError(`OAuth2 token request failed: status ${response.status}`);
    let body: { access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch (cause) {
      throw new OAuth2TokenError("OAuth2 token response is not JSON", { cause });
    }
    if (typeof body.access_token !== "string") throw new OAuth2TokenError("OAuth2 token response has no access_token");
    const lifetime = typeof body.expires_in === "number" ? body.expires_in * 1000 : 3_600_000;
    return { token: body.access_token, expiresAt: this.now() + lifetime };
  }
}

function cacheKey(credentials: ClientCredentials, tokenURL: string, scopes: readonly string[]): string {
  return JSON.stringify([tokenURL, credentials.clientID, credentials.clientSecret, [...scopes].sort()]);
}

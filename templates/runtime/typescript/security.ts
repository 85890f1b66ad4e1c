/**
 * Credentials: which scheme applies to an operation, where its value comes from, and how it
 * goes on the request.
 *
 * A value is given in the client options (a string, or a function returning one, possibly
 * async, called for every request so that rotating secrets work), else in the `security`
 * option's object (the Security model: one field per scheme, or a function returning it), else read from the
 * environment variable named in the scheme (`<PREFIX>_<SCHEME>`; basic auth and OAuth2 client
 * credentials read `_USERNAME`/`_PASSWORD` and `_CLIENT_ID`/`_CLIENT_SECRET`).
 * An operation lists alternative requirements; the first whose credentials are all available
 * is used. When none is, the request goes out without credentials and the API answers 401.
 */
import { envVar } from "./env.js";

export type Provider<T> = T | (() => T | undefined | Promise<T | undefined>);
export type Secret = Provider<string>;
export interface BasicCredentials {
  username: string;
  password: string;
}
export interface ClientCredentials {
  clientID: string;
  clientSecret: string;
  /** Overrides the token URL of the API description. */
  tokenURL?: string;
  /** Scopes to ask for; default: the scopes the operation requires. */
  scopes?: readonly string[];
}

/** `field`: the scheme's client option; `member`: its field in the `security` option, when not `field`. */
export type SecurityScheme = (
  | { type: "http"; scheme: string; field: string; env: string }
  | { type: "apiKey"; in: "header" | "query" | "cookie"; name: string; field: string; env: string }
  | { type: "oauth2"; tokenURL?: string; field: string; env: string }
  | { type: "openIdConnect"; field: string; env: string }
) & { member?: string };

/** All schemes of a requirement apply together. */
export type SecurityRequirement = readonly { readonly key: string; readonly scopes?: readonly string[] }[];

export type Credential =
  | { kind: "header"; name: string; value: string }
  | { kind: "query"; name: string; value: string }
  | { kind: "cookie"; name: string; value: string }
  | { kind: "clientCredentials"; credentials: ClientCredentials; tokenURL: string | undefined; scopes: readonly string[] };

/** Credentials as they went on a request, by where they went (the OAuth2 token as a header). */
export interface ResolvedSecurity {
  headers: Record<string, string>;
  queryParams: Record<string, string>;
  cookies: Record<string, string>;
}

/** The configured credentials (not their resolved values): the option of the one scheme, or an object of them by option name. */
export function securitySource(schemes: Readonly<Record<string, SecurityScheme>>, options: Readonly<Record<string, unknown>>): unknown {
  const fields = [...new Set(Object.values(schemes).map((s) => s.field))];
  if (fields.length === 0) return undefined;
  if (fields.every((f) => options[f] === undefined) && options["security"] !== undefined) return options["security"];
  if (fields.length === 1) return options[fields[0]!];
  return Object.fromEntries(fields.filter((f) => options[f] !== undefined).map((f) => [f, options[f]]));
}

/** The OAuth2 scopes named by the requirements, each once, in order. */
export function requiredScopes(requirements: readonly SecurityRequirement[]): string[] {
  return [...new Set(requirements.flatMap((r) => r.flatMap((entry) => entry.scopes ?? [])))];
}

/** Credentials of the first satisfiable requirement, or none. */
export async function resolveSecurity(
  requirements: readonly SecurityRequirement[],
  schemes: Readonly<Record<string, SecurityScheme>>,
  options: Readonly<Record<string, unknown>>,
): Promise<Credential[]> {
  // The `security` option (the Security model, or a function returning one), asked once per request.
  const all = options["security"];
  const security = typeof all === "function" ? await (all as () => unknown)() : all;
  const optionFor = (scheme: SecurityScheme): unknown =>
    options[scheme.field] ?? (typeof security === "object" && security !== null ? (security as Record<string, unknown>)[scheme.member ?? scheme.field] : undefined);
  for (const requirement of requirements) {
    const credentials: Credential[] = [];
    let satisfied = true;
    for (const { key, scopes = [] } of requirement) {
      const scheme = schemes[key];
      const credential = scheme ? await credentialFor(scheme, optionFor(scheme), scopes) : undefined;
      if (!credential) {
        satisfied = false;
        break;
      }
      credentials.push(credential);
    }
    if (satisfied) return credentials;
  }
  return [];
}

async function credentialFor(scheme: SecurityScheme, option: unknown, scopes: readonly string[]): Promise<Credential | undefined> {
  const value = typeof option === "function" ? await (option as () => unknown)() : option;
  switch (scheme.type) {
    case "apiKey": {
      const key = asString(value) ?? envVar(scheme.env);
      return key === undefined ? undefined : { kind: scheme.in, name: scheme.name, value: key };
    }
    case "http": {
      if (scheme.scheme.toLowerCase() === "basic") {
        const basic = isBasic(value) ? value : envBasic(scheme.env);
        return basic && { kind: "header", name: "Authorization", value: `Basic ${base64(`${basic.username}:${basic.password}`)}` };
      }
      const token = asString(value) ?? envVar(scheme.env);
      if (token === undefined) return undefined;
      const prefix = scheme.scheme.toLowerCase() === "bearer" ? "Bearer" : scheme.scheme;
      return { kind: "header", name: "Authorization", value: token.toLowerCase().startsWith(`${prefix.toLowerCase()} `) ? token : `${prefix} ${token}` };
    }
    case "oauth2":
    case "openIdConnect": {
      const token = asString(value);
      if (token !== undefined) return bearer(token);
      const credentials = isClientCredentials(value) ? value : scheme.type === "oauth2" ? envClientCredentials(scheme.env) : undefined;
      if (credentials && scheme.type === "oauth2") return { kind: "clientCredentials", credentials, tokenURL: credentials.tokenURL ?? scheme.tokenURL, scopes: credentials.scopes ?? scopes };
      const envToken = envVar(scheme.env);
      return envToken === undefined ? undefined : bearer(envToken);
    }
  }
}

function bearer(token: string): Credential {
  return { kind: "header", name: "Authorization", value: token.toLowerCase().startsWith("bearer ") ? token : `Bearer ${token}` };
}

function asString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function isBasic(value: unknown): value is BasicCredentials {
  return typeof value === "object" && value !== null && typeof (value as BasicCredentials).username === "string";
}

function isClientCredentials(value: unknown): value is ClientCredentials {
  return typeof value === "object" && value !== null && typeof (value as ClientCredentials).clientID === "string";
}

function envBasic(prefix: string): BasicCredentials | undefined {
  const username = envVar(`${prefix}_USERNAME`);
  const password = envVar(`${prefix}_PASSWORD`);
  return username === undefined ? undefined : { username, password: password ?? "" };
}

function envClientCredentials(prefix: string): ClientCredentials | undefined {
  const clientID = envVar(`${prefix}_CLIENT_ID`);
  const clientSecret = envVar(`${prefix}_CLIENT_SECRET`);
  return clientID === undefined || clientSecret === undefined ? undefined : { clientID, clientSecret };
}

/** Base64 of the UTF-8 bytes (btoa alone only takes Latin-1). */
export function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Header and query names that carry secrets, for the debug logger to redact. */
export function secretNames(schemes: Readonly<Record<string, SecurityScheme>>): { headers: string[]; query: string[] } {
  const headers: string[] = [];
  const query: string[] = [];
  for (const s of Object.values(schemes)) if (s.type === "apiKey") (s.in === "query" ? query : headers).push(s.name);
  return { headers, query };
}

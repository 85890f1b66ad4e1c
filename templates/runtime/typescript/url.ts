/** Server URLs and request paths. */

export interface ServerSpec {
  url: string;
  /** Variable name → default value. */
  variables?: Readonly<Record<string, string>>;
}

/** A server URL with its `{variables}` filled from `values`, else from the defaults. */
export function serverURL(server: ServerSpec, values: Readonly<Record<string, string | undefined>> = {}): string {
  return server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => values[name] ?? server.variables?.[name] ?? whole);
}

/**
 * Joins a base URL and an operation path with its parameters filled in. A `#suffix` in the
 * path (used by some specs to declare two operations on one path) is not part of the URL.
 */
export function joinURL(base: string, path: string, pathValues: Readonly<Record<string, string>>, query: readonly string[]): string {
  const cleanPath = path.split("#")[0]!.replace(/\{([^}]+)\}/g, (_, name: string) => pathValues[name] ?? "");
  const trimmedBase = base.endsWith("/") ? base.slice(0, -1) : base;
  const joined = cleanPath === "" || cleanPath === "/" ? trimmedBase + cleanPath : trimmedBase + (cleanPath.startsWith("/") ? cleanPath : `/${cleanPath}`);
  if (query.length === 0) return joined;
  return joined + (joined.includes("?") ? "&" : "?") + query.join("&");
}

/** Whether two URLs share scheme, host and port: credentials go only to the API's origin. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

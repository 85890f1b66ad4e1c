/**
 * Debug logging of requests and responses. Secrets never reach the logger: Authorization,
 * cookies and every header or query parameter that carries an API key are replaced by `[REDACTED]`.
 */
export interface Logger {
  debug(message: string, ...data: unknown[]): void;
  warn(message: string, ...data: unknown[]): void;
}

/** A console-shaped logger (`console` itself, or the reference generator's `{ log, group, groupEnd }`). */
export interface ConsoleLogger {
  log(message?: unknown, ...data: unknown[]): void;
  group?(...label: unknown[]): void;
  groupEnd?(): void;
}

/** Either kind of logger as a `Logger`: a console-shaped one writes both levels with `log`. */
export function toLogger(logger: Logger | ConsoleLogger | undefined): Logger | undefined {
  if (!logger || ("debug" in logger && typeof logger.debug === "function" && "warn" in logger && typeof logger.warn === "function")) return logger as Logger | undefined;
  const console = logger as ConsoleLogger;
  return { debug: (message, ...data) => console.log(message, ...data), warn: (message, ...data) => console.log(message, ...data) };
}

export const REDACTED = "[REDACTED]";

/** Always secret, whatever the API description says. */
const SECRET_HEADERS = ["authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"];

export interface Redaction {
  headers: ReadonlySet<string>;
  query: ReadonlySet<string>;
}

export function redaction(extraHeaders: Iterable<string> = [], extraQuery: Iterable<string> = []): Redaction {
  return {
    headers: new Set([...SECRET_HEADERS, ...Array.from(extraHeaders, (h) => h.toLowerCase())]),
    query: new Set(extraQuery),
  };
}

export function redactHeaders(headers: Headers, r: Redaction): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = r.headers.has(name.toLowerCase()) ? REDACTED : value;
  });
  return out;
}

export function redactURL(url: string, r: Redaction): string {
  if (r.query.size === 0 || !url.includes("?")) return url;
  try {
    const parsed = new URL(url);
    for (const name of r.query) if (parsed.searchParams.has(name)) parsed.searchParams.set(name, REDACTED);
    return parsed.toString();
  } catch {
    return url;
  }
}

export function logRequest(logger: Logger | undefined, request: Request, r: Redaction, attempt: number): void {
  if (!logger) return;
  logger.debug(`--> ${request.method} ${redactURL(request.url, r)}${attempt > 0 ? ` (retry ${attempt})` : ""}`, { headers: redactHeaders(request.headers, r) });
}

export function logResponse(logger: Logger | undefined, request: Request, response: Response, ms: number, r: Redaction): void {
  if (!logger) return;
  logger.debug(`<-- ${response.status} ${request.method} ${redactURL(request.url, r)} (${Math.round(ms)} ms)`, { headers: redactHeaders(response.headers, r) });
}

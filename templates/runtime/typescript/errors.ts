/**
 * Errors the SDK reports. Every one extends `SDKError`, so `catch (e) { if (e instanceof SDKError) … }`
 * catches all of them. `name` is set explicitly because minifiers rename classes.
 */

/** The npm package this copy belongs to (the generator writes the real name here). */
const PACKAGE_NAME = "sdkwright-runtime";

/**
 * Where an error records the classes it is an instance of. `Symbol.for` is one symbol per
 * process, so the package's ESM and CommonJS builds, loaded side by side, read each other's.
 */
const ERROR_CLASSES = Symbol.for("sdkwright.error-classes");

const classKey = (constructor: Function) => `${PACKAGE_NAME}:${constructor.name}`;

/**
 * Base class of every error this SDK returns or throws. `instanceof` also holds for an error
 * made by the other build of this package (ESM next to CommonJS, the dual-package hazard):
 * it compares the classes recorded at construction, by package and class name.
 */
export class SDKError extends Error {
  override name = "SDKError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const classes: string[] = [];
    for (let c: Function | null = new.target; c !== null && c !== Error && c !== Function.prototype; c = Object.getPrototypeOf(c) as Function | null) classes.push(classKey(c));
    Object.defineProperty(this, ERROR_CLASSES, { value: classes });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const classes = typeof value === "object" && value !== null ? (value as { [ERROR_CLASSES]?: unknown })[ERROR_CLASSES] : undefined;
    return Array.isArray(classes) && classes.includes(classKey(this));
  }
}

/** What an HTTP error response carried: status, headers, body text and the raw `Response`. */
export interface HTTPErrorInfo {
  response: Response;
  /** The body as text (already read; `response.body` is consumed). */
  body: string;
  request?: Request;
}

/**
 * An error response from the API (a non-success status). Declared error schemas have their
 * own subclasses with a typed `data`; undeclared statuses get the SDK's default API error.
 */
export class HTTPError extends SDKError {
  override name = "HTTPError";
  readonly statusCode: number;
  readonly headers: Headers;
  readonly body: string;
  readonly contentType: string;
  readonly rawResponse: Response;
  readonly rawRequest: Request | undefined;
  constructor(message: string, info: HTTPErrorInfo, options?: { cause?: unknown }) {
    super(message, options);
    this.statusCode = info.response.status;
    this.headers = info.response.headers;
    this.body = info.body;
    this.contentType = info.response.headers.get("content-type") ?? "";
    this.rawResponse = info.response;
    this.rawRequest = info.request;
  }
}

/** The message of an API error: the status line, and the body when it is short. */
export function httpErrorMessage(info: HTTPErrorInfo, prefix = "API error occurred"): string {
  const status = `${info.response.status}${info.response.statusText ? ` ${info.response.statusText}` : ""}`;
  const body = info.body.length > 0 && info.body.length <= 500 ? `: ${info.body}` : "";
  return `${prefix}: status ${status}${body}`;
}

/** A failure on the client's side of the exchange, before or instead of a response: the base of the next five. */
export class HTTPClientError extends SDKError {
  override name = "HTTPClientError";
}

/** The server could not be reached, or the connection broke before a response arrived. */
export class ConnectionError extends HTTPClientError {
  override name = "ConnectionError";
}

/** No response within the timeout (per client or per call). */
export class RequestTimeoutError extends HTTPClientError {
  override name = "RequestTimeoutError";
}

/** The caller's AbortSignal fired. */
export class RequestAbortedError extends HTTPClientError {
  override name = "RequestAbortedError";
}

/** The request could not be built from the arguments (a missing path parameter, an unencodable body). */
export class InvalidRequestError extends HTTPClientError {
  override name = "InvalidRequestError";
}

/** A hook or custom fetch threw something that is not an SDK error. */
export class UnexpectedClientError extends HTTPClientError {
  override name = "UnexpectedClientError";
}

/** One mismatch between a response and the API description, located by a JSON path (`$.data[0].id`). */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** A value that does not match its schema: `rawValue` is what was received, `rawMessage` the first problem. */
export class SDKValidationError extends SDKError {
  override name = "SDKValidationError";
  readonly rawValue: unknown;
  readonly rawMessage: string;
  constructor(message: string, rawValue: unknown, rawMessage: string, options?: { cause?: unknown }) {
    super(message, options);
    this.rawValue = rawValue;
    this.rawMessage = rawMessage;
  }

  /** The message and every problem, one per line, for a log or a terminal. */
  pretty(): string {
    return `${this.message}\n  ${this.rawMessage}`;
  }
}

/** A response did not match the API description (invalid JSON, a missing field, a wrong type). */
export class ResponseValidationError extends SDKValidationError {
  override name = "ResponseValidationError";
  readonly path: string;
  readonly issues: readonly ValidationIssue[];
  readonly rawResponse: Response | undefined;
  constructor(issues: readonly ValidationIssue[], rawValue: unknown, rawResponse?: Response, options?: { cause?: unknown }) {
    const first = issues[0] ?? { path: "$", message: "invalid response" };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`Response validation failed at ${first.path}: ${first.message}${more}`, rawValue, `${first.path}: ${first.message}`, options);
    this.path = first.path;
    this.issues = issues;
    this.rawResponse = rawResponse;
  }

  override pretty(): string {
    return [this.message, ...this.issues.map((i) => `  ${i.path}: ${i.message}`)].join("\n");
  }
}

/**
 * The arguments of a call do not match the API description (a wrong type, a missing required
 * field): nothing was sent. Paths are those of the body as sent (`$.email_address`).
 */
export class RequestValidationError extends SDKValidationError {
  override name = "RequestValidationError";
  readonly path: string;
  readonly issues: readonly ValidationIssue[];
  constructor(operationID: string, issues: readonly ValidationIssue[], rawValue: unknown, options?: { cause?: unknown }) {
    const first = issues[0] ?? { path: "$", message: "invalid input" };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`${operationID}: input validation failed at ${first.path}: ${first.message}${more}`, rawValue, `${first.path}: ${first.message}`, options);
    this.path = first.path;
    this.issues = issues;
  }

  override pretty(): string {
    return [this.message, ...this.issues.map((i) => `  ${i.path}: ${i.message}`)].join("\n");
  }
}

/** Errors that are not API responses: what every operation may fail with besides its HTTP errors. */
export type TransportError = ConnectionError | RequestTimeoutError | RequestAbortedError | InvalidRequestError | UnexpectedClientError | RequestValidationError | ResponseValidationError;

/**
 * Extensions the IR does not carry yet, read from the loaded document: the global
 * `x-speakeasy-retries` and the `x-speakeasy-sse-sentinel` of an event-stream media type.
 * (Both belong in the IR; see the notes in client/README.md.)
 */
import type { Operation } from '../../../ir/model.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `$ref` (`#/components/responses/X`), once per hop, at most a few hops. */
function deref(document: Json, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 8 && isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#/'); hops++) {
    current = current.$ref
      .slice(2)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((n, key) => (isObject(n) ? n[key] : undefined), document);
  }
  return current;
}

/** The data text that ends an event stream (`[DONE]`), when the spec declares one. */
export function sseSentinel(document: Json, op: Operation, statusCode: string, mediaType: string): string | undefined {
  const paths = deref(document, document.paths);
  const item = isObject(paths) ? deref(document, paths[op.path]) : undefined;
  const operation = isObject(item) ? item[op.method] : undefined;
  const responses = isObject(operation) ? operation.responses : undefined;
  const response = isObject(responses) ? deref(document, responses[statusCode]) : undefined;
  const content = isObject(response) ? response.content : undefined;
  const media = isObject(content) ? content[mediaType] : undefined;
  const sentinel = isObject(media) ? media['x-speakeasy-sse-sentinel'] : undefined;
  return typeof sentinel === 'string' ? sentinel : undefined;
}

/** The document-level `x-speakeasy-retries`, as the runtime's RetryConfig. */
export function globalRetries(document: Json): Json | undefined {
  const r = document['x-speakeasy-retries'];
  if (!isObject(r) || r.strategy !== 'backoff') return undefined;
  const out: Json = { strategy: 'backoff' };
  if (isObject(r.backoff)) out.backoff = r.backoff;
  if (Array.isArray(r.statusCodes)) out.statusCodes = r.statusCodes.map(String);
  if (typeof r.retryConnectionErrors === 'boolean') out.retryConnectionErrors = r.retryConnectionErrors;
  return out;
}

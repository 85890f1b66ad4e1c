/**
 * The response half of an operation descriptor: one entry per declared response and media
 * type, the result type of the operation, and the error classes it can fail with.
 */
import type { MediaContent, Operation, Response, TypeRef } from '../../../ir/model.js';
import { conversionKind, convertExpr } from '../convert.js';
import { isNullable, typeText } from '../type-text.js';
import type { ErrorClasses } from './errors.js';
import { schemaExpr } from './schemas.js';
import type { ClientScope } from './scope.js';

export interface ResponseShape {
  entries: string[];
  /** Union of the success results (`void` when no success response has a body). */
  resultType: string;
  /** Declared error classes (local names), in spec order. */
  errorTypes: string[];
}

/** `jsonl` and `json-seq`: a stream of JSON items (3.2 `itemSchema`), read by lib/json-stream.ts. */
export type ResponseKind = 'json' | 'sse' | 'jsonl' | 'json-seq' | 'text' | 'binary';

export function responseShape(op: Operation, scope: ClientScope, errors: ErrorClasses): ResponseShape {
  const entries: string[] = [];
  const results: string[] = [];
  const errorTypes: string[] = [];
  const add = (list: string[], text: string) => list.includes(text) || list.push(text);
  for (const r of op.responses.filter((x) => !x.isError)) {
    const status = statusList([r]);
    if (r.contents.length === 0) {
      entries.push(`${scope.lib('operation', 'empty')}(${status})`);
      add(results, 'void');
    }
    for (const c of r.contents) {
      entries.push(successEntry(c, status, scope));
      add(results, successType(c, scope));
    }
  }
  // Statuses sharing an error class and media type share an entry: `fail(["400", "404"], …)`.
  const failures = new Map<string, { responses: Response[]; content: MediaContent; modelId: string }>();
  for (const r of op.responses.filter((x) => x.isError)) {
    for (const c of r.contents) {
      if (c.type.kind !== 'model' || responseKind(c) !== 'json' || !errors.byModel.has(c.type.id)) continue;
      const key = `${c.mediaType}\n${c.type.id}`;
      const existing = failures.get(key);
      if (existing) existing.responses.push(r);
      else failures.set(key, { responses: [r], content: c, modelId: c.type.id });
    }
  }
  for (const { responses, content, modelId } of failures.values()) {
    const errorClass = scope.named_(`errors/${errors.byModel.get(modelId)!.fileName}`, errors.byModel.get(modelId)!.className, false);
    add(errorTypes, errorClass);
    entries.push(`${scope.lib('operation', 'fail')}(${statusList(responses)}, ${JSON.stringify(content.mediaType)}, ${schemaExpr(content.type, scope)}, ${errorClass})`);
  }
  return { entries, resultType: results.length === 0 ? 'void' : results.join(' | '), errorTypes };
}

/** The result type of an operation, importing only types: for the SDK class methods. */
export function resultType(op: Operation, scope: ClientScope): string {
  const results: string[] = [];
  for (const r of op.responses.filter((x) => !x.isError)) {
    if (r.contents.length === 0 && !results.includes('void')) results.push('void');
    for (const c of r.contents) {
      const type = successType(c, scope);
      if (!results.includes(type)) results.push(type);
    }
  }
  return results.length === 0 ? 'void' : results.join(' | ');
}

function successType(c: MediaContent, scope: ClientScope): string {
  switch (responseKind(c)) {
    case 'text':
      return 'string';
    case 'binary':
      return 'ReadableStream<Uint8Array>';
    case 'sse':
      return `${scope.lib('sse', 'EventStream', true)}<${typeText(c.type, 'model', scope)}>`;
    case 'jsonl':
    case 'json-seq':
      return `${scope.lib('json-stream', 'JsonStream', true)}<${typeText(c.type, 'model', scope)}>`;
    case 'json':
      return typeText(c.type, 'model', scope);
  }
}

function successEntry(c: MediaContent, status: string, scope: ClientScope): string {
  const media = JSON.stringify(c.mediaType);
  const kind = responseKind(c);
  if (kind === 'text' || kind === 'binary') return `${scope.lib('operation', kind)}(${status}, ${media})`;
  if (kind === 'jsonl' || kind === 'json-seq') {
    const framing = JSON.stringify(kind === 'jsonl' ? 'lines' : 'records');
    return `${scope.lib('json-stream', 'jsonStream')}(${status}, ${media}, ${framing}, ${schemaExpr(c.type, scope)}, ${decoder(c.type, scope)})`;
  }
  const end = kind === 'sse' && c.sseSentinel !== undefined ? `, ${JSON.stringify(c.sseSentinel)}` : '';
  // The event-stream reader lives with the stream parser, so other operations do not bundle it.
  const builder = kind === 'sse' ? scope.lib('sse', 'sse') : scope.lib('operation', 'json');
  return `${builder}(${status}, ${media}, ${schemaExpr(c.type, scope)}, ${decoder(c.type, scope)}${end})`;
}

/** A function from the wire value to the model value: the mapper itself when that is all it takes. */
function decoder(t: TypeRef, scope: ClientScope): string {
  // Only objects and unions have mappers (enums cross the wire unchanged).
  if (t.kind === 'model' && conversionKind(t, 'in', scope) === 'code' && !isNullable(t, scope)) return scope.fromWire(t.id);
  return `(w: ${typeText(t, 'wire', scope)}) => ${convertExpr(t, 'w', 'in', scope)}`;
}

/** How a response body is read: a stream of items (`sequence`), else by its media type and, for wildcards, its schema. */
export function responseKind(c: Pick<MediaContent, 'mediaType' | 'type' | 'sequence'>): ResponseKind {
  if (c.sequence) return c.sequence;
  const t = c.type;
  const media = c.mediaType.split(';')[0].trim().toLowerCase();
  if (media === 'text/event-stream') return 'sse';
  if (media === 'application/json' || media.endsWith('+json') || media.startsWith('text/json')) return 'json';
  if (t.kind === 'string' && (t.format === 'binary' || t.format === 'byte')) return 'binary';
  if (media.startsWith('text/')) return 'text';
  if (media.includes('*') && t.kind !== 'string' && t.kind !== 'any') return 'json';
  return 'binary';
}

function statusList(responses: Response[]): string {
  return `[${responses.map((r) => JSON.stringify(r.statusCode)).join(', ')}]`;
}

/**
 * The response half of a method: match the status (exact codes, then ranges, then `default`)
 * and the content type the spec declares, then return the response wrapper, throw the declared
 * error class, or throw SDKError for anything undeclared.
 */
import type { MediaContent, Operation, Response } from '../../../ir/model.js';
import type { CsScope } from '../scope.js';
import { csString } from '../text.js';
import { bodyKind } from './request-code.js';

export interface ResponseTarget {
  /** Class of the response wrapper. */
  className: string;
  httpMeta: string;
  /** Body property of the wrapper and the content type it was made from, when there is a body. */
  body?: { property: string; content: MediaContent };
  /** Declared error classes by model id (error-namespace models thrown as exceptions). */
  errorClasses: ReadonlySet<string>;
  /** Statements run with `result` in scope before it is returned (pagination). */
  beforeReturn: string[];
}

const AWAIT = '.ConfigureAwait(false)';

export function responseStatements(operation: Operation, target: ResponseTarget, scope: CsScope): string[] {
  const responses = scope.util('Responses');
  const fail = (message: string) => `throw await ${responses}.SdkErrorAsync(${csString(message)}, response, cancellationToken)${AWAIT};`;
  const exact = operation.responses.filter((r) => /^\d{3}$/.test(r.statusCode));
  const ranges = operation.responses.filter((r) => /^\dXX$/i.test(r.statusCode));
  const fallback = operation.responses.find((r) => r.statusCode === 'default');
  const lines = [`var status = (int)response.StatusCode;`, `var contentType = ${responses}.ContentType(response);`];
  // Codes with the same handling share one branch; exact codes merge only with exact ones and
  // ranges with ranges, so that every exact code is still tested before any range.
  const branches: { conditions: string[]; body: string[] }[] = [];
  for (const group of [exact, ranges]) {
    const start = branches.length;
    for (const response of group) {
      const body = handler(response, target, scope, fail);
      const condition = /^\d{3}$/.test(response.statusCode) ? `status == ${Number(response.statusCode)}` : `status >= ${response.statusCode[0]}00 && status < ${Number(response.statusCode[0]) + 1}00`;
      const same = branches.slice(start).find((b) => b.body.join('\n') === body.join('\n'));
      if (same) same.conditions.push(condition);
      else branches.push({ conditions: [condition], body });
    }
  }
  for (const branch of branches) {
    const conditions = branch.conditions.length === 1 ? branch.conditions[0] : branch.conditions.map((c) => (c.includes('&&') ? `(${c})` : c)).join(' || ');
    lines.push(`if (${conditions})`, '{', ...branch.body.map((l) => `    ${l}`), '}');
  }
  if (fallback) return [...lines, ...handler(fallback, target, scope, fail)];
  lines.push(`if (status >= 400 && status < 600)`, '{', `    ${fail('API error occurred')}`, '}');
  lines.push(fail('Unexpected response'));
  return lines;
}

function handler(response: Response, target: ResponseTarget, scope: CsScope, fail: (message: string) => string): string[] {
  if (response.contents.length === 0) return response.isError ? [fail('API error occurred')] : successReturn(target, undefined, scope);
  const lines: string[] = [];
  for (const content of response.contents) {
    const match = `${scope.util('Responses')}.ContentTypeMatches(contentType, ${csString(content.mediaType)})`;
    const body = response.isError ? errorThrow(content, target, scope, fail) : successReturn(target, content, scope);
    lines.push(`if (${match})`, '{', ...body.map((l) => `    ${l}`), '}');
  }
  lines.push(fail(response.isError ? 'API error occurred' : 'Unknown content type received'));
  return lines;
}

function errorThrow(content: MediaContent, target: ResponseTarget, scope: CsScope, fail: (message: string) => string): string[] {
  if (content.type.kind === 'model' && target.errorClasses.has(content.type.id) && bodyKind(content) === 'json') {
    return [`throw await ${scope.util('Responses')}.ApiErrorAsync<${scope.model(content.type.id)}>(response, cancellationToken)${AWAIT};`];
  }
  return [fail('API error occurred')];
}

function successReturn(target: ResponseTarget, content: MediaContent | undefined, scope: CsScope): string[] {
  const responses = scope.util('Responses');
  const init = [`${target.httpMeta} = ${responses}.Metadata(response),`];
  const readable = content !== undefined && target.body !== undefined && sameType(content, target.body.content);
  if (readable) init.push(`${target.body!.property} = ${readExpr(content!, scope)},`);
  return [`var result = new ${target.className}`, '{', ...init.map((l) => `    ${l}`), '};', ...target.beforeReturn, 'return result;'];
}

function sameType(a: MediaContent, b: MediaContent): boolean {
  return JSON.stringify(a.type) === JSON.stringify(b.type) && (bodyKind(a) === 'json') === (bodyKind(b) === 'json') && a.sequence === b.sequence;
}

function readExpr(content: MediaContent, scope: CsScope): string {
  const responses = scope.util('Responses');
  const kind = bodyKind(content);
  if (content.sequence) return `await ${responses}.StreamAsync(response, cancellationToken)${AWAIT}`;
  if (kind === 'bytes') return `await ${responses}.BytesAsync(response, cancellationToken)${AWAIT}`;
  if (kind !== 'json' && content.type.kind === 'string') return `await ${responses}.TextAsync(response, cancellationToken)${AWAIT}`;
  return `await ${responses}.JsonAsync<${scope.type(content.type, false)}>(response, cancellationToken)${AWAIT}`;
}

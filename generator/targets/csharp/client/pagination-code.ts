/**
 * `Next` of a paginated response: from the page just read, decide whether there is another one
 * and, if so, set `result.Next` to a call of the same operation with the next offset, page,
 * cursor or URL. Inputs may be parameters (request wrapper properties) or body properties.
 * Anything the extension says that does not fit the request leaves `Next` unset.
 */
import type { Model, Operation, Property, TypeRef } from '../../../ir/model.js';
import type { CsContext } from '../context.js';
import { objectMembers } from '../../../surface/csharp/members.js';
import type { CsScope } from '../scope.js';
import { csString } from '../text.js';

interface Input {
  name: string;
  in: string;
  type: string;
}

/** How the core method is reached: the request expression and the model it is (wrapper or body). */
export interface PagingRequest {
  /** Model of `request` (the wrapper, or the body when there are no parameters); undefined: no request. */
  model?: Model;
  /** Whether `request` may be null (an optional body passed as the request). */
  nullable: boolean;
  /** Call of the core method with a request expression and a page URL. */
  call: (request: string, pageUrl: string) => string;
  resultClass: string;
}

export function paginationStatements(ctx: CsContext, operation: Operation, paging: PagingRequest, nextMember: string, scope: CsScope): string[] {
  const config = operation.pagination!.config as { inputs?: Input[]; outputs?: Record<string, string> };
  const outputs = config.outputs ?? {};
  const pagination = scope.util('Pagination');
  const lines = [`var page = await ${pagination}.BodyAsync(response, cancellationToken).ConfigureAwait(false);`];
  const next = (request: string, url = 'null') => `result.${nextMember} = async () => (${paging.resultClass}?)await ${paging.call(request, url)};`;
  if (operation.pagination!.type === 'url') {
    if (!outputs.nextUrl) return [];
    lines.push(`var nextUrl = ${pagination}.Text(${pagination}.Select(page, ${csString(outputs.nextUrl)}));`);
    lines.push(`if (nextUrl is not null)`, '{', `    var nextPageUrl = ${pagination}.Absolute(nextUrl, response);`, `    ${next(paging.model ? 'request' : 'null', 'nextPageUrl')}`, '}');
    return lines;
  }
  const inputs = config.inputs ?? [];
  const target = inputs.find((i) => i.type === 'offset' || i.type === 'page' || i.type === 'cursor');
  const located = target && locate(ctx, paging.model, target, paging.nullable);
  if (!target || !located) return [];
  const copy = copyStatements(ctx, paging.model!, located, paging.nullable, scope);
  if (target.type === 'cursor') {
    if (!outputs.nextCursor) return [];
    lines.push(`var cursor = ${pagination}.Text(${pagination}.Select(page, ${csString(outputs.nextCursor)}));`);
    lines.push(`if (cursor is not null)`, '{', ...copy.map((l) => `    ${l}`), `    ${located.assign(cursorValue(located.property.type, scope))}`, `    ${next('next')}`, '}');
    return lines;
  }
  const count = outputs.results ? `${pagination}.Count(${pagination}.Select(page, ${csString(outputs.results)}))` : undefined;
  const current = `${located.read}${located.nullable ? ` ?? ${target.type === 'page' ? 1 : 0}` : ''}`;
  const conditions: string[] = [];
  if (count) {
    lines.push(`var count = ${count};`);
    conditions.push('count > 0');
  }
  if (target.type === 'page' && outputs.numPages) {
    lines.push(`var pages = ${pagination}.Number(${pagination}.Select(page, ${csString(outputs.numPages)}));`);
    conditions.push(`pages is not null && (${current}) < pages`);
  }
  if (conditions.length === 0) return [];
  if (target.type === 'offset' && !count) return [];
  const value = target.type === 'page' ? `(${current}) + 1` : `(${current}) + count`;
  lines.push(`if (${conditions.join(' && ')})`, '{', ...copy.map((l) => `    ${l}`), `    ${located.assign(numberValue(located.property.type, value))}`, `    ${next('next')}`, '}');
  return lines;
}

interface Located {
  property: Property;
  read: string;
  nullable: boolean;
  assign: (value: string) => string;
  /** Body model whose copy holds the property (inputs in the request body of a wrapper). */
  viaBody?: { model: Model; property: string; optional: boolean };
}

function locate(ctx: CsContext, model: Model | undefined, input: Input, requestNullable = false): Located | undefined {
  if (!model || model.shape.kind !== 'object') return undefined;
  const shape = model.shape;
  const names = objectMembers(model, ctx.className(model.id), model.origin === 'request' ? 'request' : 'plain').properties;
  const nullable = (p: Property) => !p.required || p.type.nullable === true;
  if (input.in === 'parameters' && model.origin === 'request') {
    const i = shape.properties.findIndex((p) => p.location !== 'body' && p.wireName === input.name);
    if (i < 0) return undefined;
    return { property: shape.properties[i], read: `request.${names[i]}`, nullable: nullable(shape.properties[i]), assign: (v) => `next.${names[i]} = ${v};` };
  }
  if (input.in !== 'requestBody') return undefined;
  if (model.origin !== 'request') {
    const i = shape.properties.findIndex((p) => p.wireName === input.name);
    if (i < 0) return undefined;
    const read = `request${requestNullable ? '?' : ''}.${names[i]}`;
    return { property: shape.properties[i], read, nullable: requestNullable || nullable(shape.properties[i]), assign: (v) => `next.${names[i]} = ${v};` };
  }
  const b = shape.properties.findIndex((p) => p.location === 'body');
  const bodyType = b >= 0 ? shape.properties[b].type : undefined;
  if (!bodyType || bodyType.kind !== 'model') return undefined;
  const body = ctx.model(bodyType.id);
  const inner = locate(ctx, body, input);
  if (!inner) return undefined;
  const bodyName = names[b];
  const innerName = inner.read.replace(/^request\??\./, '');
  // `?.` only where the body may be null: it would make the compiler think so everywhere after.
  const optional = nullable(shape.properties[b]);
  return {
    property: inner.property,
    read: `request.${bodyName}${optional ? '?' : ''}.${innerName}`,
    nullable: optional || inner.nullable,
    assign: (v) => (optional ? `if (next.${bodyName} is not null) next.${bodyName}.${innerName} = ${v};` : `next.${bodyName}.${innerName} = ${v};`),
    viaBody: { model: body, property: bodyName, optional },
  };
}

/** `var next = <shallow copy of request>;` (and of its body, when the input lives there). */
function copyStatements(ctx: CsContext, model: Model, located: Located, requestNullable: boolean, scope: CsScope): string[] {
  const copy = copyExpr(ctx, model, 'request', scope);
  const lines = [`var next = ${requestNullable ? `request is null ? new ${scope.model(model.id)}() : ${copy}` : copy};`];
  if (located.viaBody) {
    const { model: body, property, optional } = located.viaBody;
    const copy = `next.${property} = ${copyExpr(ctx, body, `request.${property}`, scope)};`;
    lines.push(optional ? `if (request.${property} is not null) ${copy}` : copy);
  }
  return lines;
}

function copyExpr(ctx: CsContext, model: Model, source: string, scope: CsScope): string {
  const role = model.origin === 'request' ? 'request' : 'plain';
  const members = objectMembers(model, ctx.className(model.id), role);
  const assignments = members.properties.map((name) => `${name} = ${source}.${name}`);
  if (members.additionalProperties) assignments.push(`${members.additionalProperties} = ${source}.${members.additionalProperties}`);
  return `new ${scope.model(model.id)} { ${assignments.join(', ')} }`;
}

function numberValue(type: TypeRef, value: string): string {
  if (type.kind === 'integer' && type.format === 'int32') return `(int)(${value})`;
  if (type.kind === 'string') return `(${value}).ToString(global::System.Globalization.CultureInfo.InvariantCulture)`;
  return value;
}

function cursorValue(type: TypeRef, scope: CsScope): string {
  const culture = 'global::System.Globalization.CultureInfo.InvariantCulture';
  void scope;
  if (type.kind === 'integer') return `${type.format === 'int32' ? 'int' : 'long'}.Parse(cursor, ${culture})`;
  if (type.kind === 'number') return `double.Parse(cursor, ${culture})`;
  return 'cursor';
}

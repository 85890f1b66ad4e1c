/**
 * One operation as C# members of its group class: a static OperationInfo, the public
 * `…Async` method (flattened arguments or one request object, as surface.ts decides) and a
 * private core method that takes the request object, sends it and reads the response. The core
 * method is what pagination calls again for the next page.
 */
import type { Operation, Property } from '../../../ir/model.js';
import type { CsContext } from '../context.js';
import { obsolete } from '../emit-object.js';
import { objectMembers } from '../../../surface/csharp/members.js';
import type { CsScope } from '../scope.js';
import { csharpTrailingArguments, type CsharpMethodInput } from '../../../surface/csharp/sdk-surface.js';
import { firstFree } from '../../../surface/common/deconflict.js';
import { csString, xmlDoc } from '../text.js';
import { paginationStatements } from './pagination-code.js';
import { acceptValue, bodyStatement, parameterStatements, type ParameterSource } from './request-code.js';
import { responseStatements } from './response-code.js';
import { requirementsExpr, retriesExpr, serversExpr } from './settings-code.js';

const I = '    ';
/** The methods System.Net.Http.HttpMethod has a property for; any other is made by name. */
const HTTP_METHODS: Readonly<Record<string, string>> = {
  GET: 'Get',
  PUT: 'Put',
  POST: 'Post',
  DELETE: 'Delete',
  OPTIONS: 'Options',
  HEAD: 'Head',
  PATCH: 'Patch',
  TRACE: 'Trace',
};

/** The public method's signature (`Task<R> NameAsync(args)`) and its doc comment, shared by the class and its interface. */
export function operationSignature(ctx: CsContext, operation: Operation, scope: CsScope): { docs: string[]; signature: string } {
  const methodName = ctx.surface.methodNames.get(operation.id)!;
  const input = ctx.methodInput(operation.id);
  const trailing = csharpTrailingArguments(input);
  const resultClass = scope.model(ctx.model(operation.responseModelId).id);
  const args = [
    ...publicArguments(input, scope),
    `${scope.util('RequestOptions')}? ${trailing.options} = null`,
    `${scope.sys('System.Threading.CancellationToken')} ${trailing.cancellationToken} = default`,
    `${scope.util('RetryConfig')}? ${trailing.retryConfig} = null`,
  ];
  const summary = [operation.summary, operation.description].filter((t) => t !== undefined && t.trim() !== '').join('\n\n');
  return {
    docs: [...xmlDoc(summary || undefined, I), ...obsolete(operation.deprecated, I, scope)],
    signature: `global::System.Threading.Tasks.Task<${resultClass}> ${methodName}(${args.join(', ')})`,
  };
}

export function operationMembers(ctx: CsContext, operation: Operation, scope: CsScope): string[] {
  const methodName = ctx.surface.methodNames.get(operation.id)!;
  const base = methodName.replace(/Async$/, '');
  const info = `${base[0].toLowerCase()}${base.slice(1)}Info`;
  const core = `${base}Core`;
  const input = ctx.methodInput(operation.id);
  const trailing = csharpTrailingArguments(input);
  const responseModel = ctx.model(operation.responseModelId);
  const resultClass = scope.model(responseModel.id);
  const task = (t: string) => `global::System.Threading.Tasks.Task<${t}>`;
  const ct = scope.sys('System.Threading.CancellationToken');
  const options = scope.util('RequestOptions');
  const requestType = requestTypeOf(input, scope);

  const lines: string[] = [`${I}private static readonly ${scope.util('OperationInfo')} ${info} = ${operationInfo(operation, scope)};`, ''];
  const { docs, signature } = operationSignature(ctx, operation, scope);
  lines.push(...docs, `${I}public async ${signature}`, `${I}{`);
  let requestArg = input.kind === 'none' ? 'null' : 'request';
  // An optional wrapper (no required field) stands for an empty one.
  if (input.kind === 'request' && input.wrapper && !input.required) requestArg = `request ?? new ${scope.model(input.modelId!)}()`;
  if (input.kind === 'flattened') {
    // The wrapper is a local of the public method; an argument may already be called `request`.
    requestArg = firstFree(['request', 'requestObject', 'wrapper'], new Set(input.parameters.map((p) => p.name)));
    lines.push(`${I}${I}var ${requestArg} = new ${scope.model(input.modelId)}`, `${I}${I}{`);
    for (const p of input.parameters) lines.push(`${I}${I}${I}${p.propertyName} = ${p.name},`);
    lines.push(`${I}${I}};`);
  }
  // `retryConfig`, when given, replaces the options' retries for this call.
  const callOptions = `${options}.WithRetries(${trailing.options}, ${trailing.retryConfig})`;
  lines.push(`${I}${I}return await ${core}(${requestArg}, ${callOptions}, null, ${trailing.cancellationToken}).ConfigureAwait(false);`, `${I}}`, '');

  const coreArgs = [`${requestType} request`, `${options}? options`, 'string? pageUrl', `${ct} cancellationToken`];
  lines.push(`${I}private async ${task(resultClass)} ${core}(${coreArgs.join(', ')})`, `${I}{`);
  const body = [
    `var spec = new ${scope.util('RequestSpec')}(${methodExpr(operation, scope)}, ${csString(operation.path)});`,
    ...requestStatements(ctx, operation, input, scope),
    `if (pageUrl is not null) spec.AbsoluteUrl = pageUrl;`,
    `var response = await core.SendAsync(spec, ${info}, options, cancellationToken).ConfigureAwait(false);`,
    ...responseStatements(operation, responseTarget(ctx, operation, input, core, resultClass, scope), scope),
  ];
  lines.push(...body.map((l) => `${I}${I}${l}`.trimEnd()), `${I}}`);
  return lines;
}

/** `HttpMethod.Get`, or `new HttpMethod("QUERY")` for a method without a property (sent as written). */
function methodExpr(operation: Operation, scope: CsScope): string {
  const type = scope.sys('System.Net.Http.HttpMethod');
  const known = Object.prototype.hasOwnProperty.call(HTTP_METHODS, operation.requestMethod) ? HTTP_METHODS[operation.requestMethod] : undefined;
  return known ? `${type}.${known}` : `new ${type}(${csString(operation.requestMethod)})`;
}

/** Type of the core method's request; `public` for the public method's argument, where an optional wrapper may be null. */
function requestTypeOf(input: CsharpMethodInput, scope: CsScope, forPublic = false): string {
  if (input.kind === 'none') return 'object?';
  if (input.kind === 'flattened') return scope.model(input.modelId);
  if (input.wrapper) return scope.type(input.type, forPublic && !input.required);
  return scope.type(input.type, !input.required || input.type.nullable === true);
}

/** Required arguments first (C# wants optional ones last); optional ones default to null. */
function publicArguments(input: CsharpMethodInput, scope: CsScope): string[] {
  if (input.kind === 'none') return [];
  if (input.kind === 'request') return [`${requestTypeOf(input, scope, true)} request${input.required ? '' : ' = null'}`];
  const required = input.parameters.filter((p) => p.property.required);
  const optional = input.parameters.filter((p) => !p.property.required);
  return [...required.map((p) => `${scope.type(p.property.type, p.property.type.nullable === true)} ${p.name}`), ...optional.map((p) => `${scope.type(p.property.type, true)} ${p.name} = null`)];
}

function operationInfo(operation: Operation, scope: CsScope): string {
  const args = [csString(operation.id)];
  args.push(operation.servers && operation.servers.length > 0 ? serversExpr(operation.servers, scope) : 'null');
  args.push(operation.security ? requirementsExpr(operation.security, scope) : 'null');
  args.push(operation.retries ? retriesExpr(operation.retries, scope) : 'null');
  while (args.length > 1 && args[args.length - 1] === 'null') args.pop();
  return `new ${scope.util('OperationInfo')}(${args.join(', ')})`;
}

function requestStatements(ctx: CsContext, operation: Operation, input: CsharpMethodInput, scope: CsScope): string[] {
  const lines: string[] = [];
  const accept = acceptValue(operation);
  if (accept) lines.push(`spec.SetHeader("Accept", ${csString(accept)});`);
  const content = operation.requestBody?.contents[0];
  if (input.kind === 'none') return lines;
  const modelId = wrapperModelId(ctx, input);
  if (modelId === undefined) {
    // No parameters: the request is the body itself.
    if (content) lines.push(bodyStatement(content, 'request', scope));
    return lines;
  }
  const model = ctx.model(modelId);
  const properties = (model.shape as { properties: Property[] }).properties;
  const names = objectMembers(model, ctx.className(modelId), 'request').properties;
  const sources: ParameterSource[] = [];
  properties.forEach((p, i) => {
    if (p.parameter) sources.push({ parameter: p.parameter, value: `request.${names[i]}` });
  });
  lines.push(...parameterStatements(sources, scope));
  const bodyIndex = properties.findIndex((p) => p.location === 'body');
  if (content && bodyIndex >= 0) lines.push(bodyStatement(content, `request.${names[bodyIndex]}`, scope));
  return lines;
}

/** The request wrapper (`<Op>Request`) the core method takes, if it takes one. */
function wrapperModelId(ctx: CsContext, input: CsharpMethodInput): string | undefined {
  if (input.kind === 'flattened') return input.modelId;
  if (input.kind === 'request' && input.modelId !== undefined && ctx.model(input.modelId).origin === 'request') return input.modelId;
  return undefined;
}

function responseTarget(ctx: CsContext, operation: Operation, input: CsharpMethodInput, core: string, resultClass: string, scope: CsScope) {
  const model = ctx.model(operation.responseModelId);
  const members = objectMembers(model, ctx.className(model.id), 'response', operation.pagination !== undefined);
  const success = operation.responses.find((r) => !r.isError && r.contents.length > 0);
  const properties = (model.shape as { properties: Property[] }).properties;
  const body = success && properties.length > 0 ? { property: members.properties[0], content: success.contents[0] } : undefined;
  const pagingModel = input.kind === 'none' ? undefined : input.kind === 'flattened' ? ctx.model(input.modelId) : input.modelId ? ctx.model(input.modelId) : undefined;
  const beforeReturn =
    operation.pagination && members.next
      ? paginationStatements(
          ctx,
          operation,
          {
            model: pagingModel,
            nullable: input.kind === 'request' && !input.wrapper && !input.required,
            resultClass,
            call: (r, url) => `${core}(${r}, options, ${url}, cancellationToken).ConfigureAwait(false)`,
          },
          members.next,
          scope,
        )
      : [];
  return { className: resultClass, httpMeta: members.httpMeta!, body, errorClasses: ctx.errorModelIds, beforeReturn };
}

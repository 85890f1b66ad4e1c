/**
 * src/funcs/<name>.ts: one standalone function per operation. It holds the operation's
 * descriptor and hands it to the shared runtime (`call`), so a bundle that imports one function
 * carries that operation's models and the runtime, nothing else. It returns a Result and never
 * throws for API or transport failures.
 */
import type { Operation } from '../../../ir/model.js';
import type { EmitContext } from '../context.js';
import { jsDoc } from '../jsdoc.js';
import type { ModuleStatements } from '../module-text.js';
import { typeText } from '../type-text.js';
import type { ErrorClasses } from './errors.js';
import { inputTypeName, requestHasFiles, withFilesType } from './file-types.js';
import { bodyValueType, requestShape } from './request-parts.js';
import { responseShape } from './response-parts.js';
import { retriesJson } from './retries.js';
import { ClientScope } from './scope.js';
import type { OperationSurface } from '../../../surface/typescript/sdk-surface.js';

export interface FunctionNames {
  coreClass: string;
}

export function functionModule(ctx: EmitContext, s: OperationSurface, errors: ErrorClasses, names: FunctionNames): ModuleStatements {
  const op = s.operation;
  const positional = s.argument.kind === 'positional' ? s.argument.parameters.map((p) => p.name) : [];
  const scope = new ClientScope(ctx, 'funcs', ['operation', 'client', 'options', 'request', s.functionName, inputTypeName(s.functionName), ...positional]);
  const core = scope.named_('core', names.coreClass, true);
  const input = requestHasFiles(ctx, op) ? inputTypeName(s.functionName) : undefined;
  const request = requestShape(ctx, op, s.argument, scope, input);
  const response = responseShape(op, scope, errors);
  const paged = op.pagination !== undefined;
  const fields = [`id: ${JSON.stringify(op.id)}`, `method: "${op.method.toUpperCase()}"`, `path: ${JSON.stringify(op.path)}`];
  if (request.params.length > 0) fields.push(`params: ${list(request.params)}`);
  if (request.body) fields.push(`body: ${request.body}`);
  fields.push(`responses: ${list(response.entries)}`);
  fields.push(...operationSettings(op));
  const spec = scope.lib('operation', 'OperationSpec', true);
  const descriptor = `const operation: ${spec}<${request.type}, ${response.resultType}> = {\n${fields.map((f) => `  ${indent(f)},\n`).join('')}};`;

  const defaultError = scope.named_(`errors/${errors.defaultClass.fileName}`, errors.defaultClass.className, true);
  const errorUnion = [...response.errorTypes, defaultError].join(' | ');
  const value = paged ? `${scope.lib('pagination', 'Page', true)}<${response.resultType}>` : response.resultType;
  // A Promise that also has `$inspect()` (lib/api-promise.ts).
  const returnType = `${scope.lib('api-promise', 'APIPromise', true)}<${scope.lib('result', 'Result', true)}<${value}, ${errorUnion} | ${scope.lib('errors', 'TransportError', true)}>>`;
  const { parameters, argument } = signature(s, scope, input);
  const options = scope.lib('config', 'RequestOptions', true);
  const runner = paged ? scope.lib('pagination', 'callPaged') : scope.lib('call', 'call');
  const doc = operationDoc(op);
  const fn = [
    ...(doc ? [doc] : []),
    `export function ${s.functionName}(`,
    `  client: ${core},`,
    ...parameters.map((p) => `  ${p},`),
    `  options?: ${options},`,
    `): ${returnType} {`,
    `  return ${runner}<${request.type}, ${response.resultType}, ${errorUnion}>(client, operation, ${argument}, options);`,
    '}',
  ].join('\n');
  const declarations = input ? [inputDeclaration(ctx, s, scope, input), descriptor, fn] : [descriptor, fn];
  return { imports: scope.imports(), body: declarations };
}

/** `<Function>Input`: the request with its file fields typed as files. */
function inputDeclaration(ctx: EmitContext, s: OperationSurface, scope: ClientScope, name: string): string {
  const op = s.operation;
  const content = op.requestBody!.contents[0]!;
  const body = withFilesType(ctx, content.type, scope);
  const wrapper = op.requestModelId && ctx.has(op.requestModelId) ? ctx.info(op.requestModelId) : undefined;
  let type = body;
  if (wrapper && wrapper.model.shape.kind === 'object') {
    const i = wrapper.model.shape.properties.findIndex((p) => p.location === 'body');
    const key = wrapper.propertyNames[i];
    const optional = !wrapper.model.shape.properties[i].required;
    type = `Omit<${scope.type(wrapper.model.id)}, ${JSON.stringify(key)}> & { ${key}${optional ? '?' : ''}: ${body}${optional ? ' | undefined' : ''} }`;
  }
  return `/** The request of \`${s.functionName}\`, with files as Blob, File, stream, bytes or \`{ fileName, content }\`. */\nexport type ${name} = ${type};`;
}

/** The parameters before `options`, and the request value built from them. */
export function signature(s: OperationSurface, scope: ClientScope, inputType?: string): { parameters: string[]; argument: string } {
  const a = s.argument;
  if (a.kind === 'none') return { parameters: [], argument: 'undefined' };
  if (a.kind === 'positional') {
    const parameters = a.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${typeText(p.parameter.type, 'model', scope)}${p.optional ? ' | undefined' : ''}`);
    const fields = a.parameters.map((p) => (p.name === p.propertyName ? p.name : `${propertyKey(p.propertyName)}: ${p.name}`));
    return { parameters, argument: `{ ${fields.join(', ')} }` };
  }
  const wrapperId = s.operation.requestModelId;
  const isWrapper = wrapperId !== undefined && a.type.kind === 'model' && a.type.id === wrapperId;
  const type = inputType ?? (isWrapper ? scope.type(wrapperId) : requestBodyType(s, scope));
  const parameter = `request${a.optional ? '?' : ''}: ${type}${a.optional ? ' | undefined' : ''}`;
  return { parameters: [parameter], argument: isWrapper && a.optional ? 'request ?? {}' : 'request' };
}

function requestBodyType(s: OperationSurface, scope: ClientScope): string {
  // The same type requestShape gives the descriptor, without `| undefined`.
  return bodyValueType(s.operation.requestBody!.contents[0]!, scope);
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** Security, servers, retries and pagination, as written in the spec. */
function operationSettings(op: Operation): string[] {
  const fields: string[] = [];
  if (op.security) fields.push(`security: ${JSON.stringify(op.security.map((r) => r.schemes.map((x) => (x.scopes.length > 0 ? { key: x.key, scopes: x.scopes } : { key: x.key }))))}`);
  if (op.servers && op.servers.length > 0) {
    fields.push(
      `servers: ${JSON.stringify(op.servers.map((sv) => (sv.variables.length > 0 ? { url: sv.url, variables: Object.fromEntries(sv.variables.map((v) => [v.name, v.default])) } : { url: sv.url })))}`,
    );
  }
  if (op.retries) fields.push(`retries: ${retriesJson(op.retries)}`);
  if (op.pagination) fields.push(`pagination: ${JSON.stringify(paginationSpec(op.pagination.type, op.pagination.config))}`);
  return fields;
}

function paginationSpec(type: string, config: Record<string, unknown>): unknown {
  const inputs = Array.isArray(config.inputs) ? config.inputs.filter(isRecord).map((i) => ({ name: String(i.name), in: String(i.in ?? 'parameters'), type: String(i.type) })) : [];
  const outputs = isRecord(config.outputs) ? Object.fromEntries(Object.entries(config.outputs).filter(([, v]) => typeof v === 'string')) : {};
  return { type, inputs, outputs };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Summary, then description, then `@deprecated`. */
export function operationDoc(op: Operation): string | undefined {
  const text = [op.summary, op.description].filter((x): x is string => x !== undefined && x.trim() !== '').join('\n\n');
  const lines = jsDoc({ description: text === '' ? undefined : text, deprecated: op.deprecated });
  return lines.length === 0 ? undefined : lines.join('\n');
}

function list(items: string[]): string {
  return items.length === 0 ? '[]' : `[\n${items.map((i) => `  ${indent(i)},\n`).join('')}]`;
}

/** Indents the continuation lines of a multi-line item by two spaces. */
function indent(text: string): string {
  return text.replace(/\n/g, '\n  ');
}

/**
 * The request half of an operation descriptor: the request type the function takes, and the
 * `params` / `body` entries that read wire values out of it (templates/runtime/typescript/operation.ts).
 */
import type { MediaContent, Operation, Parameter, Property, TypeRef } from '../../../ir/model.js';
import type { EmitContext } from '../context.js';
import { convertExpr } from '../convert.js';
import { wireDefault } from '../emit-object.js';
import { access } from '../../../surface/typescript/spelling.js';
import { typeText } from '../type-text.js';
import { schemaExpr } from './schemas.js';
import type { ClientScope } from './scope.js';
import type { OperationArgument } from '../../../surface/typescript/sdk-surface.js';

/** How the function's request value is typed and read. */
export interface RequestShape {
  /** `Req` of OperationSpec<Req, Res>: what the descriptor's accessors receive. */
  type: string;
  params: string[];
  body?: string;
}

/**
 * `inputType` is the local name of the operation's `<Function>Input` type when its request
 * carries files (file-types.ts); the accessors then view the body as the model type again.
 */
export function requestShape(ctx: EmitContext, op: Operation, argument: OperationArgument, scope: ClientScope, inputType?: string): RequestShape {
  if (argument.kind === 'none' && !op.requestBody) return { type: 'void', params: [] };
  if (!op.requestModelId || !ctx.has(op.requestModelId)) {
    // Body only: the request value is the body itself.
    const content = op.requestBody!.contents[0]!;
    const optional = !op.requestBody!.required;
    const type = (inputType ?? bodyValueType(content, scope)) + (optional ? ' | undefined' : '');
    return { type, params: [], body: bodyEntry(content, op.requestBody!.required, bodyAccess(content, 'r', scope, optional, inputType !== undefined), scope) };
  }
  const info = ctx.info(op.requestModelId);
  const shape = info.model.shape;
  if (shape.kind !== 'object') throw new Error(`typescript target: request wrapper ${info.model.id} is not an object`);
  const params: string[] = [];
  let body: string | undefined;
  shape.properties.forEach((p: Property, i) => {
    const read = access('r', info.propertyNames[i]);
    if (p.location === 'body') {
      const content = op.requestBody!.contents[0]!;
      body = bodyEntry(content, p.required, bodyAccess(content, read, scope, !p.required, inputType !== undefined), scope);
    } else if (p.parameter) {
      const value = convertExpr(p.type, read, 'out', scope, !p.required);
      // The spec's default goes out when the caller leaves the parameter out, as the reference SDK sends it.
      const fallback = p.required ? undefined : wireDefault({ type: p.type, default: p.default ?? p.parameter.default }, scope);
      params.push(paramEntry(p.parameter, fallback === undefined ? value : `${read} === undefined ? ${fallback} : ${value}`, scope));
    }
  });
  return { type: inputType ?? scope.type(info.model.id), params, body };
}

/**
 * The body accessor's function body. A body holding files is first seen as its model type
 * (the mappers copy file values as they are), in a variable so null checks narrow it.
 */
function bodyAccess(content: MediaContent, read: string, scope: ClientScope, optional: boolean, files: boolean): string {
  if (!files || bodyKind(content.mediaType) === 'binary') return bodyValue(content, read, scope, optional);
  const type = `${typeText(content.type, 'model', scope)}${optional ? ' | undefined' : ''}`;
  return `{\n  const body = ${read} as unknown as ${type};\n  return ${bodyValue(content, 'body', scope, optional)};\n}`;
}

function paramEntry(p: Parameter, value: string, scope: ClientScope): string {
  const parts = [`name: ${JSON.stringify(p.name)}`, `in: "${p.in}"`, `style: "${p.style}"`, `explode: ${p.explode}`];
  if (p.allowReserved) parts.push('allowReserved: true');
  // A query string is JSON only when its content says so; form fields and text are not.
  if (p.contentType !== undefined && (p.in !== 'querystring' || bodyKind(p.contentType) === 'json')) parts.push('json: true');
  // Inputs are checked before sending, parameters as JSON bodies are.
  parts.push(`schema: ${schemaExpr(p.type, scope)}`);
  parts.push(`get: (r) => ${value}`);
  return `{ ${parts.join(', ')} }`;
}

const ENCODERS = { json: 'encodeJSON', form: 'encodeForm', multipart: 'encodeMultipart', binary: 'encodeBinary', text: 'encodeText' } as const;

function bodyEntry(content: MediaContent, required: boolean, value: string, scope: ClientScope): string {
  const encoder = scope.lib('body', ENCODERS[bodyKind(content.mediaType)]);
  const parts = [`encode: ${encoder}`, `mediaType: ${JSON.stringify(content.mediaType)}`, `required: ${required}`];
  if (content.encoding && Object.keys(content.encoding).length > 0) parts.push(`encoding: ${JSON.stringify(content.encoding)}`);
  // JSON inputs are checked before sending; form and multipart bodies carry files and streams.
  if (bodyKind(content.mediaType) === 'json') parts.push(`schema: ${schemaExpr(content.type, scope)}`);
  parts.push(`get: (r) => ${value}`);
  return `{ ${parts.join(', ')} }`;
}

/** The wire value of a body read from `expr`. Raw bodies (files, text) go as they are. */
function bodyValue(content: MediaContent, expr: string, scope: ClientScope, optional: boolean): string {
  const kind = bodyKind(content.mediaType);
  if (kind === 'binary' || kind === 'text') return expr;
  return convertExpr(content.type, expr, 'out', scope, optional);
}

/** The type a caller passes for a body: files for raw binary bodies, the model otherwise. */
export function bodyValueType(content: MediaContent, scope: ClientScope): string {
  if (bodyKind(content.mediaType) === 'binary' && isRawString(content.type)) return scope.lib('files', 'FileInput', true);
  return typeText(content.type, 'model', scope);
}

function isRawString(t: TypeRef): boolean {
  return t.kind === 'string' || t.kind === 'any';
}

/** Same decision as the runtime's `bodyKind` (templates/runtime/typescript/body.ts). */
export function bodyKind(mediaType: string): 'json' | 'form' | 'multipart' | 'binary' | 'text' {
  const type = mediaType.split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json') || type.startsWith('text/json')) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type.startsWith('multipart/')) return 'multipart';
  if (type.startsWith('text/')) return 'text';
  return 'binary';
}

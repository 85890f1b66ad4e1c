/**
 * Request types that carry files. The models type a `format: binary` string as `string` (their
 * JSON view); a multipart or raw binary body really takes a Blob, File, stream or bytes. For
 * such operations the function declares `<Function>Input`: the request type with every binary
 * field replaced by `FileInput`, the rest untouched (`Omit<M, "file"> & { file: FileInput }`).
 */
import type { Operation, TypeRef } from '../../../ir/model.js';
import type { EmitContext } from '../context.js';
import { propertyKey } from '../../../surface/typescript/spelling.js';
import { typeText } from '../type-text.js';
import { bodyKind } from './request-parts.js';
import type { ClientScope } from './scope.js';
import { arrayElement, elementTypes } from '../../../ir/array-element.js';

function isBinary(t: TypeRef): boolean {
  return t.kind === 'string' && t.format === 'binary';
}

/** Whether a file can sit anywhere in `t` (cycles are not followed). */
export function hasFiles(ctx: EmitContext, t: TypeRef, seen: Set<string> = new Set()): boolean {
  if (isBinary(t)) return true;
  if (t.kind === 'array') return elementTypes(t).some((e) => hasFiles(ctx, e, new Set(seen)));
  if (t.kind !== 'model' || seen.has(t.id) || !ctx.has(t.id)) return false;
  seen.add(t.id);
  const shape = ctx.info(t.id).model.shape;
  if (shape.kind !== 'object') return false;
  return shape.properties.some((p) => hasFiles(ctx, p.type, seen));
}

/** `t` as the caller writes it, files included. */
export function withFilesType(ctx: EmitContext, t: TypeRef, scope: ClientScope, seen: Set<string> = new Set()): string {
  const nullable = t.nullable ? ' | null' : '';
  if (isBinary(t)) return `${scope.lib('files', 'FileInput', true)}${nullable}`;
  // A file part (`FileT`: fileName and content) is one FileInput, with or without its name.
  if (t.kind === 'model' && ctx.has(t.id) && ctx.info(t.id).model.filePart) return `${scope.type(t.id)} | ${scope.lib('files', 'FileInput', true)}${nullable}`;
  if (!hasFiles(ctx, t, new Set(seen))) return typeText(t, 'model', scope);
  if (t.kind === 'array') return `Array<${withFilesType(ctx, arrayElement(t), scope, seen)}>${nullable}`;
  if (t.kind !== 'model') return typeText(t, 'model', scope);
  const info = ctx.info(t.id);
  const shape = info.model.shape;
  if (shape.kind !== 'object') return typeText(t, 'model', scope);
  const inner = new Set(seen).add(t.id);
  const replaced = shape.properties.flatMap((p, i) => (hasFiles(ctx, p.type, new Set(inner)) ? [{ p, name: info.propertyNames[i] }] : []));
  const members = replaced.map(({ p, name }) => `${propertyKey(name)}${p.required ? '' : '?'}: ${withFilesType(ctx, p.type, scope, inner)}${p.required ? '' : ' | undefined'}`);
  const omitted = replaced.map(({ name }) => JSON.stringify(name)).join(' | ');
  return `Omit<${scope.type(t.id)}, ${omitted}> & { ${members.join('; ')} }${nullable}`;
}

/** Whether an operation's request type needs its own `Input` declaration. */
export function requestHasFiles(ctx: EmitContext, op: Operation): boolean {
  const content = op.requestBody?.contents[0];
  if (!content) return false;
  const kind = bodyKind(content.mediaType);
  return (kind === 'multipart' || kind === 'binary') && hasFiles(ctx, content.type);
}

/** Name of the declared input type: `usersSetProfileImage` → `UsersSetProfileImageInput`. */
export function inputTypeName(functionName: string): string {
  return `${functionName.charAt(0).toUpperCase()}${functionName.slice(1)}Input`;
}

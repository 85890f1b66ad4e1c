/**
 * Object models as classes with one auto-property per IR property, mapped to its wire name by
 * System.Text.Json attributes. Request and response wrappers are never JSON themselves (the
 * client reads their properties one by one), so they carry no JSON attributes; error bodies
 * derive from the runtime's API exception so that they can be thrown.
 */
import { streamsItems } from '../../surface/csharp/streams.js';
import type { Model, ObjectShape, Property, TypeRef } from '../../ir/model.js';
import type { CsContext } from './context.js';
import { objectMembers, type ObjectRole } from '../../surface/csharp/members.js';
import type { CsScope } from './scope.js';
import { csLiteral, csString, xmlDoc } from './text.js';

const I = '    ';

export function objectRole(ctx: CsContext, model: Model): ObjectRole {
  if (model.origin === 'request') return 'request';
  if (model.origin === 'response') return 'response';
  return ctx.errorModelIds.has(model.id) ? 'error' : 'plain';
}

export function objectClass(ctx: CsContext, model: Model, scope: CsScope): string[] {
  const shape = model.shape as ObjectShape;
  const className = ctx.className(model.id);
  const role = objectRole(ctx, model);
  const paginated = role === 'response' && ctx.api.operations.some((o) => o.id === model.operationId && o.pagination !== undefined);
  const members = objectMembers(model, className, role, paginated);
  const json = role === 'plain' || role === 'error';
  const body: string[] = [];
  if (members.httpMeta) {
    body.push(`${I}/// <summary>The raw HTTP request and response.</summary>`);
    body.push(`${I}public ${scope.runtimeModel('HTTPMetadata', 'components')} ${members.httpMeta} { get; set; } = default!;`);
  }
  const streamed = streamsItems(ctx.api, model);
  shape.properties.forEach((property, i) => {
    if (body.length > 0) body.push('');
    const lines = propertyLines(property, members.properties[i], members.hides[i], json, scope);
    body.push(...(streamed && property.location === 'body' ? streamLines(property, members.properties[i]) : lines));
  });
  if (members.additionalProperties) {
    if (body.length > 0) body.push('');
    body.push(`${I}/// <summary>Keys of the object that are not properties of this class.</summary>`);
    body.push(`${I}[${scope.sys('System.Text.Json.Serialization.JsonExtensionDataAttribute')}]`);
    body.push(`${I}public Dictionary<string, object>? ${members.additionalProperties} { get; set; }`);
  }
  if (members.next) {
    if (body.length > 0) body.push('');
    body.push(`${I}/// <summary>Fetches the next page; null when there is none.</summary>`);
    // Generic types cannot be aliased one by one, hence the qualified names.
    body.push(`${I}public global::System.Func<global::System.Threading.Tasks.Task<${className}?>>? ${members.next} { get; set; }`);
  }
  if (model.filePart) {
    // Explicit members: the properties keep the names the class gives them.
    const part = scope.util('IFilePart');
    body.push('', `${I}string ${part}.FileName => ${members.properties[0]};`, '', `${I}byte[] ${part}.Content => ${members.properties[1]};`);
    // Bytes alone are a file part too (named after the part when sent), as before file parts had a class.
    body.push(
      '',
      `${I}/// <summary>The content alone; sent with the part's name as its file name.</summary>`,
      `${I}public static implicit operator ${className}(byte[] content) => new ${className} { ${members.properties[1]} = content };`,
    );
  }
  const base = role === 'error' ? ` : ${scope.runtimeModel('ApiException', 'errors')}` : model.filePart ? ` : ${scope.util('IFilePart')}` : '';
  return [...xmlDoc(model.description, ''), ...obsolete(model.deprecated, '', scope), `public class ${className}${base}`, '{', ...body, '}'];
}

function streamLines(property: Property, name: string): string[] {
  const about = property.description ? `${property.description} ` : '';
  return [...xmlDoc(`${about}The raw body: a stream of items, which this SDK does not split or parse.`, I), `${I}public global::System.IO.Stream? ${name} { get; set; }`];
}

function propertyLines(property: Property, name: string, hides: boolean, json: boolean, scope: CsScope): string[] {
  const nullable = !property.required || property.type.nullable === true;
  const type = scope.type(property.type, nullable);
  const lines = [...xmlDoc(property.description, I), ...obsolete(property.deprecated, I, scope)];
  if (json) {
    lines.push(`${I}[${scope.sys('System.Text.Json.Serialization.JsonPropertyNameAttribute')}(${csString(property.wireName)})]`);
    if (property.required) lines.push(`${I}[${scope.util('WireRequiredAttribute')}]`);
    else lines.push(`${I}[${scope.sys('System.Text.Json.Serialization.JsonIgnoreAttribute')}(Condition = ${scope.sys('System.Text.Json.Serialization.JsonIgnoreCondition')}.WhenWritingNull)]`);
  }
  const modifier = hides ? 'new ' : '';
  lines.push(`${I}public ${modifier}${type} ${name} { get; set; }${initializer(property, nullable)}`);
  return lines;
}

function initializer(property: Property, nullable: boolean): string {
  if (property.type.kind === 'literal' && property.required) return ` = ${csLiteral(property.type.value)};`;
  // A query or header parameter left unset sends its spec default, as the reference's request
  // classes do (`Limit = 10`); set it to null to send nothing.
  const parameterDefault = property.location === 'query' || property.location === 'header' ? property.default?.value : undefined;
  const literal = parameterDefault === undefined ? undefined : defaultLiteral(property.type, parameterDefault);
  if (literal !== undefined) return ` = ${literal};`;
  if (nullable || isValueType(property.type)) return '';
  return ' = default!;';
}

/** A default as a C# literal of the property's type (see scope.ts), when it is one plainly. */
function defaultLiteral(type: TypeRef, value: unknown): string | undefined {
  if (type.kind === 'string') return typeof value === 'string' && type.format === undefined ? csLiteral(value) : undefined;
  if (type.kind === 'boolean') return typeof value === 'boolean' ? csLiteral(value) : undefined;
  if (type.kind === 'integer' && typeof value === 'number' && Number.isSafeInteger(value)) {
    const int32 = value >= -2147483648 && value <= 2147483647;
    return type.format === 'int32' ? (int32 ? String(value) : undefined) : `${value}L`;
  }
  if (type.kind === 'number' && typeof value === 'number' && Number.isFinite(value) && (type.format === undefined || type.format === 'double')) return `${value}D`;
  return undefined;
}

/** Whether the C# type of `type` is a struct (which needs no `default!`). */
export function isValueType(type: TypeRef): boolean {
  switch (type.kind) {
    case 'integer':
    case 'number':
    case 'boolean':
      return true;
    case 'string':
      return type.format === 'date-time' || type.format === 'date' || type.format === 'decimal' || type.format === 'bigint';
    case 'literal':
      return typeof type.value !== 'string';
    default:
      return false;
  }
}

export function obsolete(deprecated: boolean, indent: string, scope: CsScope): string[] {
  if (!deprecated) return [];
  return [`${indent}[${scope.sys('System.ObsoleteAttribute')}("This will be removed in a future release, please migrate away from it as soon as possible.")]`];
}

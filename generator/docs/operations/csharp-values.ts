/**
 * C# source text for example values in the usage snippets: spec examples where given, stable
 * placeholders otherwise (`"<id>"`, `"<value>"`, numbers hashed from the field's path), never
 * random. Object values show required fields and optional fields with an example and no default.
 */
import type { Literal, Model, Property, TypeRef } from '../../ir/model.js';
import type { CsharpFlavour } from '../flavour/csharp.js';
import { fnv1a } from '../../write/hash.js';
import type { ModelIndex } from '../model-index.js';
import { arrayElement } from '../../ir/array-element.js';
import { propertyNameSource } from '../../ir/naming/parameter-names.js';

const INDENT = '    ';

export interface ValueContext {
  index: ModelIndex;
  flavour: CsharpFlavour;
  /** Root namespace, to spell out class names that would be ambiguous in a program. */
  packageName: string;
  /** Class names the snippet mentions, so it can add the right `using` lines. */
  used: Set<Model>;
}

/** A field is shown when required, or when it carries its own example and no default. */
export function shownInExample(property: Property): boolean {
  if (property.deprecated) return false;
  const example = property.example ?? property.parameter?.example;
  return property.required || (example !== undefined && property.default === undefined);
}

export function csharpValue(type: TypeRef, name: string, example: Literal | undefined, path: string, ctx: ValueContext, depth = 0): string {
  if (example !== undefined && isScalar(example.value) && fitsScalar(type, example.value)) {
    return scalarLiteral(type, example.value);
  }
  switch (type.kind) {
    case 'string':
      if (type.format === 'binary') return 'System.Text.Encoding.UTF8.GetBytes("<file content>")';
      if (type.format === 'date') return 'DateOnly.Parse("2024-01-01")';
      return type.format === 'date-time' ? 'System.DateTime.Parse("2024-01-01T00:00:00Z")' : JSON.stringify(/(^|_)id$/i.test(name) ? '<id>' : '<value>');
    case 'integer':
      return String(fnv1a(path) % 1_000_000);
    case 'number':
      return `${(fnv1a(path) % 100_000) / 100}D`;
    case 'boolean':
      return 'false';
    case 'literal':
      return typeof type.value === 'string' ? JSON.stringify(type.value) : String(type.value);
    case 'any':
    case 'null':
      return '"<value>"';
    case 'array': {
      const items = Array.isArray(example?.value) ? example!.value : [undefined];
      const lines = items.map((item) => csharpValue(arrayElement(type), name, item === undefined ? undefined : { value: item }, `${path}[]`, ctx, depth + 1));
      return block(`new List<${csharpTypeName(arrayElement(type), ctx)}>()`, lines, depth);
    }
    case 'map': {
      const entries = isRecord(example?.value) ? Object.entries(example!.value) : [['key', undefined] as const];
      const lines = entries.map(([key, v]) => `{ ${JSON.stringify(key)}, ${csharpValue(type.values, key, v === undefined ? undefined : { value: v }, `${path}{}`, ctx, depth + 1)} }`);
      return block(`new Dictionary<string, ${csharpTypeName(type.values, ctx)}>()`, lines, depth);
    }
    case 'model':
      return modelValue(ctx.index.require(type.id), name, example, path, ctx, depth);
  }
}

function modelValue(model: Model, name: string, example: Literal | undefined, path: string, ctx: ValueContext, depth: number): string {
  ctx.used.add(model);
  const className = codeClassName(model, ctx);
  const shape = model.shape;
  if (shape.kind === 'enum') {
    const wanted = example && isScalar(example.value) ? shape.values.find((v) => v.value === example.value) : undefined;
    return `${className}.${ctx.flavour.enumMemberName((wanted ?? shape.values[0]).value)}`;
  }
  if (shape.kind === 'union') {
    const member = shape.members.find((m) => m.kind !== 'null') ?? shape.members[0];
    const inner = member ? csharpValue(member, name, example, path, ctx, depth) : 'null';
    return `${className}.Create${member ? ctx.flavour.unionMemberName(member) : 'Null'}(${inner})`;
  }
  if (depth > 6) return `new ${className}() {}`;
  const names = ctx.flavour.fieldNames(shape.properties.map(propertyNameSource));
  const lines = shape.properties.flatMap((property, i) =>
    shownInExample(property)
      ? [`${names[i]} = ${csharpValue(property.type, property.wireName, property.example ?? property.parameter?.example, `${model.name}.${property.wireName}`, ctx, depth + 1)}`]
      : [],
  );
  return block(`new ${className}()`, lines, depth);
}

/** `head {` + one indented line per item, each ending in a comma, then `}`. */
function block(head: string, lines: string[], depth: number): string {
  if (lines.length === 0) return `${head} {}`;
  const pad = INDENT.repeat(depth + 1);
  return `${head} {\n${lines.map((line) => `${pad}${line},`).join('\n')}\n${INDENT.repeat(depth)}}`;
}

export function csharpTypeName(type: TypeRef, ctx: ValueContext): string {
  switch (type.kind) {
    case 'string':
      return type.format === 'date-time' ? 'DateTime' : 'string';
    case 'integer':
      return type.format === 'int32' ? 'int' : 'long';
    case 'number':
      return 'double';
    case 'boolean':
      return 'bool';
    case 'literal':
      return typeof type.value === 'string' ? 'string' : typeof type.value === 'boolean' ? 'bool' : 'double';
    case 'any':
    case 'null':
      return 'object';
    case 'array':
      return `List<${csharpTypeName(arrayElement(type), ctx)}>`;
    case 'map':
      return `Dictionary<string, ${csharpTypeName(type.values, ctx)}>`;
    case 'model': {
      const model = ctx.index.require(type.id);
      ctx.used.add(model);
      return codeClassName(model, ctx);
    }
  }
}

/** A spec example is used only when it has the type the field has in code. */
function fitsScalar(type: TypeRef, value: string | number | boolean): boolean {
  switch (type.kind) {
    case 'string':
      return typeof value === 'string' && type.format !== 'binary';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'any':
      return true;
    default:
      return false;
  }
}

/**
 * A class name as a program can write it: bare, or fully qualified when the docs would qualify
 * it (`Models.Operations.Status` does not resolve from a program's `using` lines).
 */
export function codeClassName(model: Model, ctx: ValueContext): string {
  const text = ctx.flavour.linkText(model);
  return text === model.name ? text : `${ctx.packageName}.${text}`;
}

function scalarLiteral(type: TypeRef, value: string | number | boolean): string {
  if (typeof value === 'string') {
    if (type.kind === 'string' && type.format === 'date') return `DateOnly.Parse(${JSON.stringify(value)})`;
    return type.kind === 'string' && type.format === 'date-time' ? `System.DateTime.Parse(${JSON.stringify(value)})` : JSON.stringify(value);
  }
  if (typeof value === 'number' && type.kind === 'number' && Number.isInteger(value)) return `${value}D`;
  return String(value);
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The input of a tool as a JSON Schema (2020-12) object: what the operation's standalone function
 * takes, with the SDK's camelCase names, so the server passes the arguments through unchanged.
 *
 * - no parameters and no body: an empty object;
 * - positional parameters: one property each;
 * - a request wrapper (parameters and body): its properties, the body under its own name;
 * - a body alone: the body's properties when it is an object, else `{ requestBody }`.
 *
 * A model referenced once is written in place; one referenced more often, or recursive, goes
 * under `$defs`. Read-only properties are left out (the API ignores them in a request). Files
 * (`format: binary` in a multipart or raw body) become `{ content (base64), fileName?,
 * contentType? }`, at paths the server decodes before the call.
 */
import type { Literal, Model, TypeRef } from '../../../ir/model.js';
import type { EmitContext } from '../context.js';
import type { OperationSurface } from '../../../surface/typescript/sdk-surface.js';
import { hasFiles, requestHasFiles } from '../client/file-types.js';

export type JsonSchema = Record<string, unknown>;

/** How the server calls the function with the arguments (see tools-module.ts). */
export type ArgumentPassing = { kind: 'none' } | { kind: 'positional'; names: string[] } | { kind: 'whole' } | { kind: 'property'; name: string };

export interface ToolInput {
  schema: JsonSchema;
  passing: ArgumentPassing;
  /** Paths of file values in the arguments: keys, `[]` for every array element, `{}` for every map value. */
  files: string[][];
}

/** Property that carries a body which is not an object. */
export const BODY_ARGUMENT = 'requestBody';

export function toolInput(ctx: EmitContext, s: OperationSurface): ToolInput {
  const writer = new SchemaWriter(ctx, requestHasFiles(ctx, s.operation));
  const arg = s.argument;
  let schema: JsonSchema;
  let passing: ArgumentPassing;
  if (arg.kind === 'none') {
    schema = { type: 'object', properties: {}, additionalProperties: false };
    passing = { kind: 'none' };
  } else if (arg.kind === 'positional') {
    writer.count(arg.parameters.map((p) => p.parameter.type));
    const properties: Record<string, JsonSchema> = {};
    for (const p of arg.parameters) {
      properties[p.propertyName] = writer.annotated(p.parameter.type, [p.propertyName], p.parameter);
    }
    const required = arg.parameters.filter((p) => !p.optional).map((p) => p.propertyName);
    schema = { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
    passing = { kind: 'positional', names: arg.parameters.map((p) => p.propertyName) };
  } else {
    const model = arg.type.kind === 'model' ? ctx.info(arg.type.id).model : undefined;
    writer.count([arg.type]);
    if (model && model.shape.kind === 'object') {
      schema = writer.objectSchema(model, []);
      passing = { kind: 'whole' };
    } else {
      const body = writer.annotated(arg.type, [BODY_ARGUMENT], { description: s.operation.requestBody?.description });
      schema = { type: 'object', properties: { [BODY_ARGUMENT]: body }, ...(arg.optional ? {} : { required: [BODY_ARGUMENT] }) };
      passing = { kind: 'property', name: BODY_ARGUMENT };
    }
  }
  const defs = writer.definitions();
  return { schema: defs ? { ...schema, $defs: defs } : schema, passing, files: writer.files };
}

interface Annotations {
  description?: string | undefined;
  deprecated?: boolean;
  default?: Literal | undefined;
  example?: Literal | undefined;
}

class SchemaWriter {
  readonly files: string[][] = [];
  private readonly uses = new Map<string, number>();
  private readonly defined = new Map<string, JsonSchema>();
  /** Definition names by model id: the TypeScript type name, made unique. */
  private readonly defNames = new Map<string, string>();
  /** Models being written in place: a reference back to one of them goes through `$defs`. */
  private readonly stack = new Set<string>();

  constructor(
    private readonly ctx: EmitContext,
    private readonly withFiles: boolean,
  ) {}

  /** Counts the references to each object or union model reachable from `roots`, each model's own references once. */
  count(roots: TypeRef[]): void {
    const visited = new Set<string>();
    const visit = (t: TypeRef): void => {
      for (const id of modelRefs(t)) {
        if (!this.ctx.has(id) || this.ctx.info(id).model.shape.kind === 'enum') continue;
        this.uses.set(id, (this.uses.get(id) ?? 0) + 1);
        if (visited.has(id)) continue;
        visited.add(id);
        for (const inner of innerTypes(this.ctx.info(id).model)) visit(inner);
      }
    };
    roots.forEach(visit);
  }

  definitions(): JsonSchema | undefined {
    if (this.defined.size === 0) return undefined;
    const defs: JsonSchema = {};
    for (const [id, schema] of [...this.defined].sort(([a], [b]) => (this.defNames.get(a)! < this.defNames.get(b)! ? -1 : 1))) defs[this.defNames.get(id)!] = schema;
    return defs;
  }

  /** `t` with the description, default and example of its use site. */
  annotated(t: TypeRef, path: string[] | undefined, notes: Annotations): JsonSchema {
    const schema = this.type(t, path);
    const extra: JsonSchema = {};
    if (notes.description?.trim()) extra.description = notes.description.trim();
    if (notes.deprecated) extra.deprecated = true;
    if (notes.default !== undefined && isJson(notes.default.value)) extra.default = notes.default.value;
    if (notes.example !== undefined && isJson(notes.example.value)) extra.examples = [notes.example.value];
    if (Object.keys(extra).length === 0) return schema;
    // Siblings of `$ref` apply in 2020-12; a description replaces the referenced one.
    return { ...schema, ...extra };
  }

  objectSchema(model: Model, path: string[] | undefined): JsonSchema {
    if (model.shape.kind !== 'object') throw new Error(`mcp: ${model.id} is not an object`);
    const info = this.ctx.info(model.id);
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    this.stack.add(model.id);
    model.shape.properties.forEach((p, i) => {
      if (p.readOnly) return;
      const name = info.propertyNames[i];
      properties[name] = this.annotated(p.type, path && [...path, name], p);
      if (p.required) required.push(name);
    });
    if (model.shape.additionalProperties && info.extrasName) {
      // The SDK keeps keys beyond the declared ones under one field of the model.
      properties[info.extrasName] = {
        type: 'object',
        additionalProperties: this.type(model.shape.additionalProperties, path && [...path, info.extrasName, '{}']),
        description: 'Keys beyond the declared properties.',
      };
    }
    this.stack.delete(model.id);
    const schema: JsonSchema = { type: 'object', properties };
    if (required.length > 0) schema.required = required;
    if (model.description?.trim() && path?.length !== 0) schema.description = model.description.trim();
    return schema;
  }

  private type(t: TypeRef, path: string[] | undefined): JsonSchema {
    const schema = this.core(t, path);
    const nullable = t.nullable || (t.kind === 'model' && this.ctx.has(t.id) && this.ctx.info(t.id).nullable);
    return nullable && t.kind !== 'null' && t.kind !== 'any' ? orNull(schema) : schema;
  }

  private core(t: TypeRef, path: string[] | undefined): JsonSchema {
    switch (t.kind) {
      case 'string':
        if (this.withFiles && t.format === 'binary') {
          if (path) this.files.push(path);
          return FILE_SCHEMA;
        }
        return t.format ? { type: 'string', format: t.format } : { type: 'string' };
      case 'integer':
      case 'number':
        return t.format ? { type: t.kind, format: t.format } : { type: t.kind };
      case 'boolean':
        return { type: 'boolean' };
      case 'any':
        return {};
      case 'null':
        return { type: 'null' };
      case 'literal':
        return { const: t.value };
      case 'array': {
        const element = path && [...path, '[]'];
        const schema: JsonSchema = { type: 'array' };
        if (t.prefixItems) {
          schema.prefixItems = t.prefixItems.map((p) => this.type(p, element));
          if (t.maxItems !== undefined && t.maxItems <= t.prefixItems.length) schema.items = false;
          else schema.items = this.type(t.items, element);
          if (t.minItems !== undefined) schema.minItems = t.minItems;
          if (t.maxItems !== undefined) schema.maxItems = t.maxItems;
        } else schema.items = this.type(t.items, element);
        return schema;
      }
      case 'map':
        return { type: 'object', additionalProperties: this.type(t.values, path && [...path, '{}']) };
      case 'model':
        // A file part (`FileT`) is the tool's file object, read into one file like a binary field.
        if (this.withFiles && this.ctx.has(t.id) && this.ctx.info(t.id).model.filePart) {
          if (path) this.files.push(path);
          return FILE_SCHEMA;
        }
        return this.model(t.id, path);
    }
  }

  private model(id: string, path: string[] | undefined): JsonSchema {
    if (!this.ctx.has(id)) return {};
    const info = this.ctx.info(id);
    const model = info.model;
    if (model.shape.kind === 'enum') {
      const values: unknown[] = model.shape.values.map((v) => v.value);
      const description = model.description?.trim();
      if (model.shape.open) {
        const known = `Known values: ${values.map((v) => JSON.stringify(v)).join(', ')}; others may be accepted.`;
        return { type: model.shape.valueType, description: [description, known].filter(Boolean).join('\n\n') };
      }
      return { type: model.shape.valueType, enum: values, ...(description ? { description } : {}) };
    }
    const files = this.withFiles && hasFiles(this.ctx, { kind: 'model', id });
    const inPlace = !this.stack.has(id) && (files || (this.uses.get(id) ?? 0) <= 1);
    if (inPlace) return this.body(model, path);
    if (!this.defNames.has(id)) {
      this.defNames.set(id, this.uniqueDefName(info.typeName));
      // Paths inside a definition are not known: a file there is not decoded (files stay in place above).
      this.defined.set(id, {});
      this.defined.set(id, this.body(model, undefined));
    }
    return { $ref: `#/$defs/${this.defNames.get(id)}` };
  }

  private body(model: Model, path: string[] | undefined): JsonSchema {
    if (model.shape.kind === 'object') return this.objectSchema(model, path);
    if (model.shape.kind !== 'union') return {};
    this.stack.add(model.id);
    const members = model.shape.members.map((m) => this.type(m, path));
    this.stack.delete(model.id);
    const schema: JsonSchema = { anyOf: members };
    if (model.description?.trim()) schema.description = model.description.trim();
    return schema;
  }

  private uniqueDefName(typeName: string): string {
    const taken = new Set(this.defNames.values());
    let name = typeName;
    for (let n = 2; taken.has(name); n++) name = `${typeName}${n}`;
    return name;
  }
}

const FILE_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'A file: its bytes in base64, and optionally its name and media type.',
  properties: {
    content: { type: 'string', contentEncoding: 'base64', description: 'The file content, base64-encoded.' },
    fileName: { type: 'string' },
    contentType: { type: 'string' },
  },
  required: ['content'],
};

function orNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string' && Array.isArray(schema.enum)) return { ...schema, type: [schema.type, 'null'], enum: [...schema.enum, null] };
  if (typeof schema.type === 'string' && !('const' in schema)) return { ...schema, type: [schema.type, 'null'] };
  if (Object.keys(schema).length === 0) return schema;
  return { anyOf: [schema, { type: 'null' }] };
}

function isJson(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean', 'object'].includes(typeof value);
}

/** Model ids a type refers to directly. */
function modelRefs(t: TypeRef): string[] {
  switch (t.kind) {
    case 'model':
      return [t.id];
    case 'array':
      return [...(t.prefixItems ?? []), t.items].flatMap(modelRefs);
    case 'map':
      return modelRefs(t.values);
    default:
      return [];
  }
}

/** The types inside a model: its properties' (read-only ones included: cheap, and only over-counts), extras, members. */
function innerTypes(model: Model): TypeRef[] {
  const shape = model.shape;
  if (shape.kind === 'object') return [...shape.properties.filter((p) => !p.readOnly).map((p) => p.type), ...(shape.additionalProperties ? [shape.additionalProperties] : [])];
  if (shape.kind === 'union') return shape.members;
  return [];
}

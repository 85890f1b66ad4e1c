/**
 * Example values for the TypeScript `## Example Usage` blocks.
 *
 * The reference fills these with random sample data; ours must be byte-identical between runs, so
 * every value is derived from the spec alone: the property's example, else its default, else the
 * first enum value, else a placeholder chosen by type and format (`"<id>"` for identifiers,
 * `"<value>"` for other strings, `false` for booleans, a number hashed from the property's path).
 * Only required properties (and parameters with examples) are shown, like the reference.
 */
import type { Literal, Model, Parameter, Property, TypeRef } from '../ir/model.js';
import { propertyKey } from '../surface/typescript/spelling.js';
import type { TypescriptFlavour } from './flavour/typescript.js';
import { fnv1a } from '../write/hash.js';
import type { ModelIndex } from './model-index.js';
import { propertyNameSource } from '../ir/naming/parameter-names.js';

export type ExampleNode = { kind: 'raw'; text: string } | { kind: 'object'; entries: { key: string; value: ExampleNode }[] } | { kind: 'array'; items: ExampleNode[] };

interface Hint {
  /** Wire name of the property (or parameter) the value is for. */
  name?: string;
  example?: Literal;
  default?: Literal;
  /** Dotted path used to derive stable numbers. */
  path: string;
}

const raw = (text: string): ExampleNode => ({ kind: 'raw', text });

export class TsExampleBuilder {
  constructor(
    private readonly index: ModelIndex,
    private readonly flavour: TypescriptFlavour,
  ) {}

  /** The model an example would be built from (undefined for an id the index lacks). */
  model(id: string): Model | undefined {
    return this.index.get(id);
  }

  forModel(model: Model): ExampleNode {
    return this.modelValue(model, { path: model.name }, new Set());
  }

  forType(type: TypeRef, path: string): ExampleNode {
    return this.value(type, { path }, new Set());
  }

  /** A positional argument: the parameter's own example or default, else a placeholder. */
  forParameter(parameter: Parameter, path: string): ExampleNode {
    return this.value(parameter.type, { name: parameter.name, example: parameter.example, default: parameter.default, path }, new Set());
  }

  private value(type: TypeRef, hint: Hint, visiting: Set<string>): ExampleNode {
    const given = scalarFromSpec(type, hint, this.index);
    if (given !== undefined) return given;
    switch (type.kind) {
      case 'literal':
        return raw(JSON.stringify(type.value));
      case 'string':
        return raw(stringPlaceholder(type.format, hint.name));
      case 'integer':
        return raw(String(fnv1a(hint.path) % 1_000_000));
      case 'number':
        return raw(((fnv1a(hint.path) % 1_000_000) / 100).toFixed(2));
      case 'boolean':
        return raw('false');
      case 'any':
        return raw('"<value>"');
      case 'null':
        return raw('null');
      case 'array':
        return type.prefixItems
          ? { kind: 'array', items: type.prefixItems.map((p, i) => this.value(p, { path: `${hint.path}[${i}]`, name: hint.name }, visiting)) }
          : { kind: 'array', items: [this.value(type.items, { path: hint.path + '[]', name: hint.name }, visiting)] };
      case 'map':
        return {
          kind: 'object',
          entries: [{ key: '"key"', value: this.value(type.values, { path: hint.path + '{}' }, visiting) }],
        };
      case 'model':
        return this.modelValue(this.index.require(type.id), hint, visiting);
    }
  }

  private modelValue(model: Model, hint: Hint, visiting: Set<string>): ExampleNode {
    const shape = model.shape;
    if (shape.kind === 'enum') return raw(JSON.stringify(shape.values[0]?.value ?? null));
    // A model inside itself: stop with an empty value rather than recurse forever.
    if (visiting.has(model.id)) return shape.kind === 'object' ? { kind: 'object', entries: [] } : raw('null');
    const inner = new Set(visiting).add(model.id);
    if (shape.kind === 'union') {
      const member = shape.members.find((m) => m.kind !== 'null') ?? shape.members[0];
      return member ? this.value(member, hint, inner) : raw('null');
    }
    const names = this.flavour.fieldNames(shape.properties.map(propertyNameSource));
    const entries = shape.properties
      .map((p, i) => ({ p, key: propertyKey(names[i]) }))
      .filter(({ p }) => shownInExample(p))
      .map(({ p, key }) => ({
        key,
        // A file part's content is bytes, not text (targets/typescript/emit-object.ts).
        value:
          model.filePart && p.type.kind === 'string' && p.type.format === 'binary'
            ? raw('new Blob(["<file content>"])')
            : this.value(p.type, { name: p.wireName, example: p.example, default: p.default, path: `${model.name}.${p.wireName}` }, inner),
      }));
    return { kind: 'object', entries };
  }
}

/**
 * Required properties always; optional ones only when an operation parameter carries its own
 * `example` (the reference treats those as the operation's example values) and is not deprecated.
 */
function shownInExample(property: Property): boolean {
  return property.required || (property.parameter?.example !== undefined && !property.deprecated);
}

/** A spec-provided example or default, when it fits the type as a single scalar. */
function scalarFromSpec(type: TypeRef, hint: Hint, index: ModelIndex): ExampleNode | undefined {
  for (const literal of [hint.example, hint.default]) {
    if (literal === undefined) continue;
    const value = literal.value;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    if (fits(type, value, index)) return raw(scalarText(type, value));
  }
  return undefined;
}

function fits(type: TypeRef, value: string | number | boolean, index: ModelIndex): boolean {
  switch (type.kind) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'any':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    case 'model': {
      const shape = index.get(type.id)?.shape;
      return shape?.kind === 'enum' && shape.values.some((v) => v.value === value);
    }
    default:
      return false;
  }
}

function scalarText(type: TypeRef, value: string | number | boolean): string {
  if (type.kind === 'string' && type.format === 'date-time') return `new Date(${JSON.stringify(value)})`;
  return JSON.stringify(value);
}

function stringPlaceholder(format: string | undefined, name: string | undefined): string {
  switch (format) {
    case 'date-time':
      return 'new Date("2025-01-01T00:00:00.000Z")';
    case 'date':
      return '"2025-01-01"';
    case 'email':
      return '"user@example.com"';
    case 'uri':
    case 'url':
      return '"https://example.com"';
    case 'uuid':
      return '"00000000-0000-0000-0000-000000000000"';
  }
  return name !== undefined && /id$/i.test(name) ? '"<id>"' : '"<value>"';
}

/** Prints a value the way the reference lays out examples: one member per line, trailing commas. */
export function printExample(node: ExampleNode, depth = 0): string {
  if (node.kind === 'raw') return node.text;
  const [open, close] = node.kind === 'array' ? ['[', ']'] : ['{', '}'];
  const lines = node.kind === 'array' ? node.items.map((item) => printExample(item, depth + 1)) : node.entries.map((e) => `${e.key}: ${printExample(e.value, depth + 1)}`);
  if (lines.length === 0) return open + close;
  const inner = '  '.repeat(depth + 1);
  return open + '\n' + lines.map((l) => inner + l + ',\n').join('') + '  '.repeat(depth) + close;
}

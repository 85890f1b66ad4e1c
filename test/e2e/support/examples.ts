/**
 * Deterministic example values built from the IR, in wire form (JSON as the API sends it).
 * The same function gives the test what to send and the server what to expect, so a request
 * can be compared field by field. Spec examples are used where they fit the type; date-times are
 * canonical ISO strings so they survive a Date round trip.
 */
import randexp from 'randexp';
import type { ApiModel, Constraints, Model, TypeRef } from '../../../generator/ir/model.js';

type Json = Record<string, unknown>;

// randexp is CommonJS: under Node's ESM its module object is the class itself, while its
// declarations describe a `default` export.
const RandExp = randexp as unknown as typeof randexp.default;

export class Examples {
  private readonly models: Map<string, Model>;

  /** `document`: the loaded spec, to respect the numeric and length limits the IR does not carry. */
  constructor(
    api: ApiModel,
    private readonly document?: Json,
  ) {
    this.models = new Map(api.models.map((m) => [m.id, m]));
  }

  model(id: string): Model {
    const m = this.models.get(id);
    if (!m) throw new Error(`unknown model ${id}`);
    return m;
  }

  /** A wire value of type `t`; `hint` names the place (used in strings, so values differ). */
  value(t: TypeRef, hint = 'value', depth = 0, example?: unknown, limits: Json = {}): unknown {
    if (example !== undefined && fitsPrimitive(t, example)) return example;
    switch (t.kind) {
      case 'string':
        return withinLength(matching(stringOf(t.format, hint), t.constraints), { ...limits, ...t.constraints });
      case 'integer':
        return Math.round(within(7, { ...limits, ...t.constraints }));
      case 'number':
        return within(2.5, { ...limits, ...t.constraints });
      case 'boolean':
        return true;
      case 'any':
        return { any: hint };
      case 'null':
        return null;
      case 'literal':
        return t.value;
      case 'array':
        return depth > 4 ? [] : [this.value(t.items, hint, depth + 1)];
      case 'map':
        return depth > 4 ? {} : { key1: this.value(t.values, hint, depth + 1) };
      case 'model':
        return this.modelValue(this.model(t.id), hint, depth);
    }
  }

  private modelValue(m: Model, hint: string, depth: number): unknown {
    const shape = m.shape;
    if (shape.kind === 'enum') return shape.values[0]?.value ?? 'value';
    if (shape.kind === 'union') {
      const d = shape.discriminator;
      if (d && d.mapping.length > 0) {
        const member = this.modelValue(this.model(d.mapping[0].modelId), hint, depth + 1) as Record<string, unknown>;
        return { ...member, [d.propertyName]: d.mapping[0].value };
      }
      const member = shape.members.find((x) => x.kind !== 'null') ?? shape.members[0];
      return this.value(member, hint, depth + 1);
    }
    const out: Record<string, unknown> = {};
    if (depth > 8) return out;
    const properties = this.sourceProperties(m.id);
    for (const p of shape.properties) {
      // Optional fields near the top exercise the mappers; deeper ones only grow the payload.
      if (!p.required && depth > 2) continue;
      // An optional nullable field is sent as null, so null handling is exercised end to end.
      if (!p.required && p.type.nullable && depth > 0) out[p.wireName] = null;
      else out[p.wireName] = this.value(p.type, p.wireName, depth + 1, p.example?.value, properties[p.wireName] ?? {});
    }
    if (shape.additionalProperties && depth <= 2 && shape.properties.length === 0) out.extra1 = this.value(shape.additionalProperties, 'extra', depth + 1);
    return out;
  }

  /** The `properties` of the model's schema in the document (its id is the schema's pointer). */
  private sourceProperties(id: string): Record<string, Json> {
    if (!this.document || !id.startsWith('#/')) return {};
    const node = deref(this.document, pointer(this.document, id));
    const props = isObject(node) && isObject(node.properties) ? node.properties : {};
    return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, (deref(this.document!, v) as Json) ?? {}]));
  }
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function pointer(document: Json, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((n, k) => (isObject(n) || Array.isArray(n) ? (n as Json)[k] : undefined), document);
}

function deref(document: Json, node: unknown): unknown {
  let current = node;
  for (let i = 0; i < 8 && isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#/'); i++) current = pointer(document, current.$ref);
  return current;
}

/**
 * `value` when it matches the schema's `pattern`, else a string made from the pattern, the same
 * on every run (a fixed sequence replaces randexp's random choices).
 */
function matching(value: string, constraints: Constraints | undefined): string {
  if (!constraints?.pattern) return value;
  let regex: RegExp;
  try {
    regex = new RegExp(constraints.pattern, 'u');
  } catch {
    return value;
  }
  if (regex.test(value)) return value;
  const generator = new RandExp(regex);
  generator.max = 4;
  let n = 0;
  generator.randInt = (from: number, to: number) => from + (n++ % (to - from + 1));
  const made = generator.gen();
  return regex.test(made) ? made : value;
}

/** A number moved inside `minimum` / `maximum` (exclusive bounds too), on a `multipleOf`. */
function within(value: number, limits: Json): number {
  let v = value;
  if (typeof limits.multipleOf === 'number' && limits.multipleOf > 0) v = Math.ceil(v / limits.multipleOf) * limits.multipleOf;
  const min = typeof limits.minimum === 'number' ? limits.minimum : undefined;
  const max = typeof limits.maximum === 'number' ? limits.maximum : undefined;
  if (min !== undefined && v < min) v = min + (limits.exclusiveMinimum === true ? 1 : 0);
  if (typeof limits.exclusiveMinimum === 'number' && v <= limits.exclusiveMinimum) v = limits.exclusiveMinimum + 1;
  if (max !== undefined && v > max) v = max - (limits.exclusiveMaximum === true ? 1 : 0);
  return v;
}

function withinLength(value: string, limits: Json): string {
  let v = value;
  if (typeof limits.minLength === 'number') while (v.length < limits.minLength) v += 'x';
  if (typeof limits.maxLength === 'number') v = v.slice(0, limits.maxLength);
  return v;
}

function stringOf(format: string | undefined, hint: string): string {
  switch (format) {
    case 'date-time':
      return '2025-01-02T03:04:05.000Z';
    case 'date':
      return '2025-01-02';
    case 'email':
      return 'someone@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/page';
    case 'uuid':
      return '123e4567-e89b-12d3-a456-426614174000';
    default:
      return `${hint.replace(/[^\w.-]/g, '') || 'value'}-x`;
  }
}

/** Whether a spec example can stand for a value of a primitive type (never for date-times). */
function fitsPrimitive(t: TypeRef, example: unknown): boolean {
  if (t.kind === 'string') return typeof example === 'string' && t.format !== 'date-time' && t.format !== 'binary';
  if (t.kind === 'integer') return typeof example === 'number' && Number.isInteger(example);
  if (t.kind === 'number') return typeof example === 'number';
  if (t.kind === 'boolean') return typeof example === 'boolean';
  return false;
}

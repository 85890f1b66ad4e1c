/**
 * Where a model sits in the openapi-typescript output, as an indexed access type.
 *
 * A model id is the JSON pointer of its schema, and openapi-typescript mirrors the document's
 * structure (`components.schemas.X.properties.y` → `components["schemas"]["X"]["y"]`), so the
 * pointer can be translated step by step. Steps whose result is optional or nullable are wrapped
 * in `NonNullable<>`, because a model's wire type is the non-null value.
 *
 * Not translatable (answer: undefined, the caller writes the type structurally):
 * - inline `oneOf`/`anyOf` members: openapi-typescript emits a plain union, which has no index
 *   (a member written as a `$ref` to a component is that component's type, and is translated);
 * - `additionalProperties` next to `properties`: the output is an intersection with an index
 *   signature, whose `[string]` is not the additional value type alone;
 * - tuples, `not`, webhooks, path-level parameters and anything else unexpected.
 * `allOf` parts are transparent: openapi-typescript intersects them, so the property is
 * reachable from the composed type.
 */
import type { HttpMethod, Model, Operation } from '../../ir/model.js';

export type JsonObject = Record<string, unknown>;
export type FindOperation = (path: string, method: HttpMethod) => Operation | undefined;

const METHODS = new Set<string>(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export function wireTypePath(model: Model, source: JsonObject, findOperation: FindOperation): string | undefined {
  if (!model.id.startsWith('#/')) return undefined;
  const segments = model.id.slice(2).split('/').map(unescapeSegment);
  const walker = new Walker(source);
  const start = segments[0] === 'components' ? componentStart(segments, walker) : pathStart(segments, walker, findOperation);
  if (!start) return undefined;
  return walker.schema(start.expr, start.node, start.nullish, segments.slice(start.consumed));
}

interface Step {
  expr: string;
  node: unknown;
  nullish: boolean;
  /** Number of pointer segments used to get here; the rest are schema steps. */
  consumed: number;
}

function componentStart([, kind, name, ...rest]: string[], walker: Walker): Step | undefined {
  if (name === undefined) return undefined;
  const container = walker.child(walker.child(walker.root, 'components'), kind);
  const node = walker.deref(walker.child(container, name));
  const expr = `wire.components[${q(kind)}][${q(name)}]`;
  if (kind === 'schemas') return { expr, node, nullish: false, consumed: 3 };
  const inner = mediaOrSchema(expr, node, rest, walker, isObject(node) && node.required !== true);
  return inner && { ...inner, consumed: 3 + inner.consumed };
}

function pathStart(segments: string[], walker: Walker, findOperation: FindOperation): Step | undefined {
  const [root, path, method, part, key] = segments;
  if (root !== 'paths' || path === undefined || !METHODS.has(method)) return undefined;
  const opExpr = `wire.paths[${q(path)}][${q(method)}]`;
  const opNode = walker.deref(walker.child(walker.deref(walker.child(walker.child(walker.root, 'paths'), path)), method));
  if (part === 'parameters') {
    // The IR numbers parameters after merging path-item and operation lists; ask it, not the document.
    const parameter = findOperation(path, method as HttpMethod)?.parameters[Number(key)];
    if (!parameter || segments[5] !== 'schema') return undefined;
    const expr = `NonNullable<${opExpr}["parameters"][${q(parameter.in)}]>[${q(parameter.name)}]`;
    return { expr, node: schemaOfParameter(walker, opNode, parameter.name, parameter.in), nullish: !parameter.required, consumed: 6 };
  }
  if (part === 'requestBody') {
    const inner = mediaOrSchema(`NonNullable<${opExpr}["requestBody"]>`, undefined, segments.slice(4), walker, false);
    return inner && { ...inner, node: walker.at(opNode, ['requestBody', ...segments.slice(4, 4 + inner.consumed)]), consumed: 4 + inner.consumed };
  }
  if (part === 'responses' && key !== undefined) {
    const expr = `${opExpr}["responses"][${q(key)}]`;
    const inner = mediaOrSchema(expr, undefined, segments.slice(5), walker, false);
    return inner && { ...inner, node: walker.at(opNode, ['responses', key, ...segments.slice(5, 5 + inner.consumed)]), consumed: 5 + inner.consumed };
  }
  return undefined;
}

/** `content/<media>/schema`, `headers/<name>/schema` or `schema` below a body, response or parameter. */
function mediaOrSchema(expr: string, node: unknown, rest: string[], walker: Walker, nullish: boolean): Step | undefined {
  if (rest[0] === 'content' && rest[1] !== undefined && rest[2] === 'schema') {
    return { expr: `${expr}["content"][${q(rest[1])}]`, node: walker.at(node, rest.slice(0, 3)), nullish: false, consumed: 3 };
  }
  if (rest[0] === 'headers' && rest[1] !== undefined && rest[2] === 'schema') {
    const header = walker.deref(walker.at(node, rest.slice(0, 2)));
    const required = isObject(header) && header.required === true;
    return { expr: `${nonNull(`${expr}["headers"]`, false)}[${q(rest[1])}]`, node: walker.at(node, rest.slice(0, 3)), nullish: !required, consumed: 3 };
  }
  if (rest[0] === 'schema') return { expr, node: walker.at(node, ['schema']), nullish, consumed: 1 };
  return undefined;
}

function schemaOfParameter(walker: Walker, opNode: unknown, name: string, location: string): unknown {
  const params = isObject(opNode) && Array.isArray(opNode.parameters) ? opNode.parameters : [];
  for (const raw of params) {
    const param = walker.deref(raw);
    if (isObject(param) && param.name === name && param.in === location) return param.schema;
  }
  return undefined;
}

class Walker {
  constructor(readonly root: JsonObject) {}

  child(node: unknown, key: string): unknown {
    const value = this.deref(node);
    if (Array.isArray(value)) return value[Number(key)];
    return isObject(value) ? value[key] : undefined;
  }

  at(node: unknown, keys: string[]): unknown {
    return keys.reduce((current, key) => this.child(current, key), node);
  }

  /** Follows local `$ref`s (bounded, so alias cycles end). */
  deref(node: unknown): unknown {
    let current = node;
    for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === 'string'; hops++) {
      const ref = current.$ref;
      if (!ref.startsWith('#/')) return undefined;
      current = ref.slice(2).split('/').map(unescapeSegment).reduce<unknown>((n, k) => (isObject(n) || Array.isArray(n) ? (n as JsonObject)[k] : undefined), this.root);
    }
    return current;
  }

  /** Schema steps: properties, items, additionalProperties, allOf parts. */
  schema(expr: string, node: unknown, nullish: boolean, rest: string[]): string | undefined {
    let current = this.deref(node);
    let isNullish = nullish || isNullable(current);
    for (let i = 0; i < rest.length; i++) {
      const schema = isObject(current) ? current : {};
      const step = rest[i];
      if (step === 'properties' && i + 1 < rest.length) {
        const key = rest[++i];
        const child = this.deref(isObject(schema.properties) ? schema.properties[key] : undefined);
        const required = Array.isArray(schema.required) && schema.required.includes(key);
        expr = `${nonNull(expr, isNullish)}[${q(key)}]`;
        isNullish = !required || isNullable(child);
        current = child;
      } else if (step === 'items' && !Array.isArray(schema.items)) {
        current = this.deref(schema.items);
        expr = `${nonNull(expr, isNullish)}[number]`;
        isNullish = isNullable(current);
      } else if (step === 'additionalProperties' && !isObject(schema.properties)) {
        current = this.deref(schema.additionalProperties);
        expr = `${nonNull(expr, isNullish)}[string]`;
        isNullish = isNullable(current);
      } else if (step === 'allOf' && i + 1 < rest.length && Array.isArray(schema.allOf)) {
        // The part's own `| null` (a nullable component) stays in the composed type.
        current = this.deref(schema.allOf[Number(rest[++i])]);
        isNullish = isNullish || isNullable(current);
      } else if ((step === 'oneOf' || step === 'anyOf') && i + 1 < rest.length && Array.isArray(schema[step])) {
        // A member written as a `$ref` to a component is that component's type in the union.
        const member = (schema[step] as unknown[])[Number(rest[++i])];
        const name = isObject(member) && typeof member.$ref === 'string' ? componentName(member.$ref) : undefined;
        if (name === undefined) return undefined;
        expr = `wire.components["schemas"][${q(name)}]`;
        current = this.deref(member);
        isNullish = isNullable(current);
      } else return undefined;
    }
    return nonNull(expr, isNullish || isNullable(current));
  }
}

/**
 * Whether a component schema itself admits null. openapi-typescript then writes `| null` at
 * every `$ref` to it, while the IR marks only the reference it met first.
 */
export function componentIsNullable(model: Model, source: JsonObject): boolean {
  if (model.origin !== 'component' || model.componentKey === undefined) return false;
  const walker = new Walker(source);
  return isNullable(walker.deref(walker.at(source, ['components', 'schemas', model.componentKey])));
}

/** Whether openapi-typescript adds `| null` for this schema (3.0 `nullable`, 3.1 type arrays, null members). */
function isNullable(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  if (schema.nullable === true) return true;
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) return true;
  return ['oneOf', 'anyOf'].some((key) => {
    const members = schema[key];
    return Array.isArray(members) && members.some((m) => isObject(m) && (m.type === 'null' || (Array.isArray(m.enum) && m.enum.length === 1 && m.enum[0] === null)));
  });
}

/** `X` for `#/components/schemas/X`; undefined for any other pointer. */
function componentName(ref: string): string | undefined {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix) || ref.slice(prefix.length).includes('/')) return undefined;
  return unescapeSegment(ref.slice(prefix.length));
}

function nonNull(expr: string, nullish: boolean): string {
  return nullish ? `NonNullable<${expr}>` : expr;
}

function q(key: string): string {
  return JSON.stringify(key);
}

function unescapeSegment(segment: string): string {
  if (!segment.includes('~')) return segment;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Unions that share object keywords with something else: one reading for two shapes.
 *
 * - `properties` (or `allOf`) beside a `oneOf`/`anyOf`: a value has the shared properties *and*
 *   those of one member;
 * - an `allOf` one of whose parts is a `oneOf`/`anyOf`: a value satisfies the other parts *and*
 *   one member.
 *
 * Both are a union whose members are each merged with what is shared (`allOf` distributes over
 * `oneOf`). This module works on the schemas as written and builds the merged member schemas
 * (`allOf: [...before, member, ...after]`); SchemaConverter turns them into models.
 */
import { isObject, type JsonObject } from './context.js';
import { effectiveTypes, isNullSchema, isObjectLike, isPresenceRule } from './schema-kind.js';

export type Deref = (node: unknown) => unknown;

export interface UnionView {
  /** The schema whose `oneOf`/`anyOf` is distributed (its discriminator applies). */
  union: JsonObject;
  combinator: 'oneOf' | 'anyOf';
  /** The non-null members, as written. */
  members: unknown[];
  /** What every member is merged with, before and after it in `allOf` order. */
  before: unknown[];
  after: unknown[];
}

/** The members of a union of types (not of presence rules), null members left out. */
export function unionMembers(schema: JsonObject): { combinator: 'oneOf' | 'anyOf'; members: unknown[] } | undefined {
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const members = schema[combinator];
    if (!Array.isArray(members) || isPresenceRule(members)) continue;
    const nonNull = members.filter((m) => !isNullSchema(m));
    return nonNull.length > 0 ? { combinator, members: nonNull } : undefined;
  }
  return undefined;
}

const OBJECT_KEYWORDS = ['properties', 'required', 'additionalProperties'] as const;

const ownParts = new WeakMap<object, JsonObject | null>();
const besideParts = new WeakMap<object, JsonObject | null>();
/** The schema an own or beside part was taken from, so a member that includes it adds nothing. */
const partSource = new WeakMap<object, object>();

function pick(schema: JsonObject, keys: readonly string[], cache: WeakMap<object, JsonObject | null>): JsonObject | undefined {
  let part = cache.get(schema);
  if (part === undefined) {
    const picked = Object.fromEntries(keys.filter((k) => schema[k] !== undefined).map((k) => [k, schema[k]]));
    part = Object.keys(picked).length > 0 ? picked : null;
    if (part) partSource.set(part, schema);
    cache.set(schema, part);
  }
  return part ?? undefined;
}

/** A union's object keywords without its members: what its members share. */
export function ownObjectPart(schema: JsonObject): JsonObject | undefined {
  return pick(schema, [...OBJECT_KEYWORDS, 'allOf'], ownParts);
}

/** An allOf's object keywords beside its parts. */
function besideAllOf(schema: JsonObject): JsonObject | undefined {
  return pick(schema, OBJECT_KEYWORDS, besideParts);
}

/** Whether a union's own part says anything its members must be merged with. */
export function sharesProperties(schema: JsonObject): boolean {
  const properties = schema.properties;
  return (isObject(properties) && Object.keys(properties).length > 0) || (Array.isArray(schema.allOf) && schema.allOf.length > 0);
}

/** Nodes along a `$ref` chain, the node itself first. */
function refChain(node: unknown, deref: Deref): unknown[] {
  const chain = [node];
  for (let current = node, hops = 0; isObject(current) && typeof current.$ref === 'string' && hops < 64; hops++) {
    current = deref({ $ref: current.$ref });
    chain.push(current);
  }
  return chain;
}

/**
 * The union an allOf (or a union itself) stands for, found through nested allOfs. A union that
 * lists the schema it is met from (a discriminator parent: `Dog = allOf [Pet, …]` with Pet's
 * `oneOf: [Dog, Cat]`) is inheritance, not a choice: it is left to the property merge. So is a
 * union already distributed into the schema being read (`lineage`), so cycles end.
 */
export function unionView(schema: JsonObject, deref: Deref, lineage: ReadonlySet<object>, enclosing = new Set<unknown>([schema]), depth = 0): UnionView | undefined {
  if (depth > 16) return undefined;
  const direct = lineage.has(schema) ? undefined : unionMembers(schema);
  if (direct) {
    if (direct.members.some((m) => refChain(m, deref).some((n) => enclosing.has(n)))) return undefined;
    const own = ownObjectPart(schema);
    return { union: schema, ...direct, before: own ? [own] : [], after: [] };
  }
  if (!Array.isArray(schema.allOf)) return undefined;
  const parts = schema.allOf;
  enclosing.add(schema);
  for (let i = 0; i < parts.length; i++) {
    const part = deref(parts[i]);
    if (!isObject(part)) continue;
    const inner = unionView(part, deref, lineage, enclosing, depth + 1);
    if (!inner) continue;
    const beside = besideAllOf(schema);
    return { ...inner, before: [...parts.slice(0, i), ...inner.before], after: [...inner.after, ...parts.slice(i + 1), ...(beside ? [beside] : [])] };
  }
  return undefined;
}

/** Keywords that give a schema a type; a member with none of them takes the shared object's. */
const TYPING = ['$ref', 'type', 'enum', 'const', 'items', 'prefixItems', 'not'];

/**
 * Whether merging `shared` into `member` changes it: the member is an object (or untyped), and
 * some shared part has content the member does not already include through its own allOf.
 */
export function mergeChanges(shared: unknown[], member: unknown, deref: Deref): boolean {
  const value = deref(member);
  if (!isObject(value)) return false;
  if (!isObjectLike(value) && (effectiveTypes(value).length > 0 || TYPING.some((k) => k in value && k !== '$ref'))) return false;
  return shared.some((part) => {
    const resolved = deref(part);
    if (!isObject(resolved) || !hasContent(resolved, deref, 0)) return false;
    return !includes(member, partSource.get(resolved) ?? resolved, deref, 0);
  });
}

function hasContent(schema: JsonObject, deref: Deref, depth: number): boolean {
  if (depth > 16) return false;
  if (isObject(schema.properties) && Object.keys(schema.properties).length > 0) return true;
  if ((Array.isArray(schema.required) && schema.required.length > 0) || schema.additionalProperties !== undefined || unionMembers(schema)) return true;
  return (
    Array.isArray(schema.allOf) &&
    schema.allOf.some((p) => {
      const part = deref(p);
      return isObject(part) && hasContent(part, deref, depth + 1);
    })
  );
}

/** Whether `node` is `target` or composes it by allOf. */
function includes(node: unknown, target: object, deref: Deref, depth: number): boolean {
  if (depth > 16) return false;
  if (refChain(node, deref).includes(target)) return true;
  const value = deref(node);
  return isObject(value) && Array.isArray(value.allOf) && value.allOf.some((part) => includes(part, target, deref, depth + 1));
}

/**
 * The merged schema of one member, the same object each time it is asked for (so a recursive
 * reference back into it finds the model being built), with the unions distributed into it.
 */
export class MergedMembers {
  private readonly cache = new Map<string, JsonObject>();
  private readonly ids = new WeakMap<object, number>();
  private next = 0;
  private readonly lineages = new WeakMap<object, ReadonlySet<object>>();
  /** The member each merged schema was made for, so a model made from it is located there. */
  readonly origin = new WeakMap<object, object>();

  lineageOf(schema: object): ReadonlySet<object> {
    return this.lineages.get(schema) ?? new Set();
  }

  merged(before: unknown[], member: unknown, after: unknown[], described: unknown, lineage: ReadonlySet<object>): JsonObject {
    const key = [...before, member, ...after].map((n) => this.idOf(n)).join(',') + '|' + [...lineage].map((n) => this.idOf(n)).join(',');
    let schema = this.cache.get(key);
    if (!schema) {
      const source = isObject(described) ? described : {};
      schema = { allOf: [...before, member, ...after] };
      for (const k of ['description', 'deprecated'] as const) if (source[k] !== undefined) schema[k] = source[k];
      this.cache.set(key, schema);
      this.lineages.set(schema, lineage);
      if (isObject(described)) this.origin.set(schema, described);
    }
    return schema;
  }

  private idOf(node: unknown): number {
    if (!isObject(node)) return -1;
    let id = this.ids.get(node);
    if (id === undefined) this.ids.set(node, (id = this.next++));
    return id;
  }
}

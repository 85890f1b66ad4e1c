/**
 * Schema Object → TypeRef. Objects, enums and unions become named models (hoisted, with the
 * name candidates of the place they were found); everything else stays an inline expression.
 */
import type { Constraints, EnumShape, Model, ObjectShape, Property, TypeRef, UnionShape } from '../model.js';
import { BuildContext, isObject, pointerSegment, type JsonObject } from './context.js';
import { allOfAdmitsNull, effectiveTypes, exampleOf, isNullSchema, isNullable, isObjectLike, isPresenceRule } from './schema-kind.js';
import { componentSite, inlineMemberSite, memberCopySite, propertySite, siteCandidates, type SchemaSite } from './schema-site.js';
import { defineLazySource } from './lazy-source.js';
import { discriminatorMapping } from './discriminator-mapping.js';
import { MAX_SCHEMA_DEPTH, schemaTooDeep } from './schema-depth.js';
import { MergedMembers, mergeChanges, ownObjectPart, sharesProperties, unionView, type UnionView } from './union-merge.js';

export const COMPONENT_PREFIX = '#/components/schemas/';

export function isComponentPointer(pointer: string): boolean {
  return pointer.startsWith(COMPONENT_PREFIX) && !pointer.slice(COMPONENT_PREFIX.length).includes('/');
}

export class SchemaConverter {
  /** TypeRefs of component schemas that are not models (aliases of primitives/arrays). */
  private readonly aliasTypes = new Map<string, TypeRef>();
  private readonly aliasInProgress = new Set<string>();
  /** 3.0 ignores keywords beside `$ref`; 3.1 and 3.2 let a description or example beside it win. */
  private readonly refSiblingsCount: boolean;
  /** Union members merged with what their union shares (union-merge.ts). */
  private readonly merges = new MergedMembers();
  private readonly derefValue = (node: unknown): unknown => this.ctx.deref(node).value;

  constructor(private readonly ctx: BuildContext) {
    this.refSiblingsCount = /^3\.[12]\./.test(String(ctx.document.openapi ?? ''));
  }

  /** Creates a model for every component schema that is an object, enum or union. */
  declareComponents(): void {
    const schemas = (this.ctx.document.components as JsonObject | undefined)?.schemas;
    if (!isObject(schemas)) return;
    for (const key of Object.keys(schemas)) {
      const pointer = COMPONENT_PREFIX + pointerSegment(key);
      const type = this.convert(schemas[key], componentSite(pointer, key));
      const model = type.kind === 'model' && type.id === pointer ? this.ctx.models.get(pointer) : undefined;
      if (!model) continue;
      model.componentKey = key;
      const schema = schemas[key];
      const own = this.ctx.deref(schema).value;
      if (isObject(own) && this.admitsNull(own)) model.nullable = true;
      if (isObject(schema) && schema['x-speakeasy-include'] === true) model.explicitlyIncluded = true;
      if (isObject(schema) && Array.isArray(schema.allOf)) model.composed = true;
    }
  }

  /** Nesting of the conversion in progress, bounded so that chains of thousands of schemas end. */
  private depth = 0;
  /** Schemas whose model shape is being built, by the object written, with the model's id. */
  private readonly hoisting = new Map<object, string>();

  convert(node: unknown, site: SchemaSite): TypeRef {
    if (this.depth >= MAX_SCHEMA_DEPTH) return schemaTooDeep(this.ctx, node, site.pointer);
    this.depth++;
    try {
      return this.convertNode(node, site);
    } finally {
      this.depth--;
    }
  }

  private convertNode(node: unknown, site: SchemaSite): TypeRef {
    if (!isObject(node)) return { kind: 'any' };
    // `nullable: true` beside a `$ref` is ignored by the 3.0 text but meant by every author who writes it.
    const type = typeof node.$ref === 'string' ? this.refType(node.$ref, site) : this.convertInline(node, site);
    return this.admitsNull(node) && type.kind !== 'null' && !type.nullable ? { ...type, nullable: true } : type;
  }

  /**
   * Whether a schema admits null: marked so itself, or an allOf whose parts all do. The same
   * answer for a schema wherever it is met, so a reference to a component is nullable whether
   * the component was converted before the reference or while following it.
   */
  private admitsNull(schema: JsonObject): boolean {
    return isNullable(schema) || allOfAdmitsNull(schema, (part) => this.ctx.deref(part).value);
  }

  private refType(ref: string, site: SchemaSite): TypeRef {
    if (this.ctx.models.has(ref)) {
      const target = this.ctx.resolvePointer(ref);
      return isObject(target) && this.admitsNull(target) ? { kind: 'model', id: ref, nullable: true } : { kind: 'model', id: ref };
    }
    const target = this.ctx.resolvePointer(ref);
    if (!isObject(target)) return { kind: 'any' };
    if (!isComponentPointer(ref)) {
      return this.convert(target, { ...site, pointer: ref, own: refKey(ref), candidates: undefined });
    }
    const cached = this.aliasTypes.get(ref);
    if (cached) return cached;
    if (this.aliasInProgress.has(ref)) return { kind: 'any' };
    this.aliasInProgress.add(ref);
    const converted = this.convert(target, componentSite(ref, refKey(ref)));
    this.aliasInProgress.delete(ref);
    // A nullable component makes every reference to it nullable.
    const type = this.admitsNull(target) && converted.kind !== 'null' ? { ...converted, nullable: true } : converted;
    if (converted.kind !== 'model' || converted.id !== ref) this.aliasTypes.set(ref, type);
    return type;
  }

  private convertInline(schema: JsonObject, site: SchemaSite): TypeRef {
    if ('const' in schema && isLiteral(schema.const)) return { kind: 'literal', value: schema.const };
    if (Array.isArray(schema.enum)) {
      const values = schema.enum.filter((v) => v !== null);
      // `enum: [null]` (beside `type: object, nullable: true`) admits null and nothing else.
      if (values.length === 0 && schema.enum.length > 0) return { kind: 'null' };
      // A boolean enum (`enum: [true]`, "only true is accepted for now") is typed boolean, as the
      // reference generator types it: a one-value type would break callers when the API widens it.
      if (values.every((v) => typeof v === 'boolean') && effectiveTypes(schema).every((t) => t === 'boolean')) return { kind: 'boolean' };
      if (values.length > 0) return this.hoist(schema, site, () => enumShape(schema, values));
    }
    // 3.1 `type: 'null'` alone admits null and nothing else.
    if (isNullSchema(schema) && !isObjectLike(schema)) return { kind: 'null' };
    for (const key of ['oneOf', 'anyOf'] as const) {
      const members = schema[key];
      if (!Array.isArray(members) || isPresenceRule(members)) continue;
      const nonNull = members.filter((m) => !isNullSchema(m));
      if (nonNull.length === 0) return { kind: 'null' };
      // Properties (or an allOf) beside the members are shared by every member.
      const own = sharesProperties(schema) ? ownObjectPart(schema) : undefined;
      // A lone member is the type itself, unless the union was written with its own `type`:
      // then the reference generator keeps a one-member union around a copy of the member.
      if (nonNull.length === 1 && !own && !copiesMembers(schema)) return this.convert(nonNull[0], site);
      const view: UnionView = { union: schema, combinator: key, members: nonNull, before: own ? [own] : [], after: [] };
      return this.hoist(schema, site, (id) => this.unionShape(view, id, site, this.merges.lineageOf(schema)));
    }
    if (Array.isArray(schema.allOf)) {
      const parts = schema.allOf;
      if (parts.length === 1 && !hasOwnProperties(schema)) {
        const part = parts[0];
        const ref = isObject(part) && typeof part.$ref === 'string' ? part.$ref : undefined;
        if (ref && copiesMembers(schema)) return this.copyOf(ref, { ...site, pointer: `${site.pointer}/allOf/0`, inCopy: true });
        return this.convert(part, site);
      }
      // An allOf of scalars (an enum narrowed by a description, a string with a format) has no
      // properties to merge: it is its most specific part.
      const resolved = parts.map((part) => this.ctx.deref(part).value).filter(isObject);
      if (!hasOwnProperties(schema) && resolved.length > 0 && !resolved.some(isObjectLike)) {
        // An inline enum or const narrows the others most; then a named part; then any typed one.
        const narrowing = parts.find((part) => isObject(part) && part.$ref === undefined && (Array.isArray(part.enum) || 'const' in part));
        const named = parts.find((part) => isObject(part) && typeof part.$ref === 'string');
        const typed = parts.find((part) => isObject(part) && effectiveTypes(part).length > 0);
        return this.convert(narrowing ?? named ?? typed ?? parts[0], site);
      }
      // A part that is a union makes the whole a union: each member merged with the other parts.
      const lineage = this.merges.lineageOf(schema);
      const view = unionView(schema, this.derefValue, lineage);
      if (view) return this.hoist(schema, site, (id) => this.unionShape(view, id, site, lineage));
      return this.hoist(schema, site, (id) => this.objectShape(schema, id, site));
    }
    const types = effectiveTypes(schema);
    if (types.length > 1) {
      return this.hoist(schema, site, () => ({
        kind: 'union',
        combinator: 'anyOf',
        // Each member gets its own place, so an object member is not the union itself.
        members: types.map((t) => this.convertInline({ ...schema, type: t }, { ...site, pointer: `${site.pointer}/type/${t}`, own: `${site.own} ${t}`, candidates: undefined })),
      }));
    }
    switch (types[0]) {
      case 'object':
        return this.objectType(schema, site);
      case 'array': {
        const items = site.itemCandidates
          ? { ...site, pointer: `${site.pointer}/items`, candidates: site.itemCandidates, itemCandidates: undefined, unionRequired: undefined }
          : { ...site, pointer: `${site.pointer}/items`, unionRequired: undefined };
        const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : undefined;
        if (prefix === undefined) return { kind: 'array', items: this.convert(schema.items, items) };
        return this.tupleType(schema, prefix, site);
      }
      case 'string':
      case 'integer':
      case 'number': {
        const constraints = constraintsOf(schema);
        return { kind: types[0], ...(typeof schema.format === 'string' ? { format: schema.format } : {}), ...(constraints ? { constraints } : {}) };
      }
      case 'boolean':
        return { kind: 'boolean' };
      case 'file':
        // Swagger 2.0's upload type written in an OpenAPI 3 document (validate warns).
        return { kind: 'string', format: 'binary' };
      default:
        return { kind: 'any' };
    }
  }

  /**
   * A tuple: `prefixItems` (or draft-04's list-valued `items`) types the leading elements; the
   * rest are typed by `items` (or `additionalItems` next to a list), any type when that is
   * absent; `false` there, or a `maxItems`, caps the length.
   */
  private tupleType(schema: JsonObject, prefix: unknown[], site: SchemaSite): TypeRef {
    const listKey = Array.isArray(schema.prefixItems) ? 'prefixItems' : 'items';
    const restKey = listKey === 'prefixItems' ? 'items' : 'additionalItems';
    const restSchema = schema[restKey];
    const position = (pointer: string, own: string): SchemaSite => ({ ...site, pointer, own, candidates: undefined, itemCandidates: undefined, unionRequired: undefined });
    const prefixItems = prefix.map((node, i) => this.convert(node, position(`${site.pointer}/${listKey}/${i}`, `${site.own} ${i + 1}`)));
    const items = isObject(restSchema) ? this.convert(restSchema, position(`${site.pointer}/${restKey}`, `${site.own} rest`)) : ({ kind: 'any' } as TypeRef);
    const minItems = typeof schema.minItems === 'number' && schema.minItems > 0 ? Math.floor(schema.minItems) : undefined;
    const caps = [restSchema === false ? prefix.length : Infinity, typeof schema.maxItems === 'number' && schema.maxItems >= 0 ? Math.floor(schema.maxItems) : Infinity];
    const maxItems = Math.min(...caps);
    return { kind: 'array', items, prefixItems, ...(minItems !== undefined ? { minItems } : {}), ...(Number.isFinite(maxItems) ? { maxItems } : {}) };
  }

  /**
   * A `$ref` inside a composition that has its own `type` is not a use of the named component:
   * the reference generator makes a new class from the target's content at this place.
   */
  private copyOf(ref: string, site: SchemaSite): TypeRef {
    const target = this.ctx.deref({ $ref: ref }).value;
    if (!isObject(target)) return { kind: 'any' };
    return this.convert(target, site);
  }

  private objectType(schema: JsonObject, site: SchemaSite): TypeRef {
    const additional = schema.additionalProperties;
    if (!hasOwnProperties(schema) && additional !== undefined && additional !== false) {
      const values =
        isObject(additional) && Object.keys(additional).length > 0
          ? this.convert(additional, { ...site, pointer: `${site.pointer}/additionalProperties`, candidates: undefined })
          : { kind: 'any' as const };
      return { kind: 'map', values };
    }
    return this.hoist(schema, site, (id) => this.objectShape(schema, id, site));
  }

  /** Registers the model before building its shape, so recursive references find it. */
  private hoist(schema: JsonObject, site: SchemaSite, buildShape: (id: string) => Model['shape']): TypeRef {
    // An inline schema met again while its own shape is being built (an allOf merging the
    // properties of a component that holds this very schema) is a recursive type, not a new copy
    // at a longer pointer each time round.
    const enclosing = this.hoisting.get(schema);
    if (enclosing !== undefined) return { kind: 'model', id: enclosing };
    const id = site.pointer;
    if (!this.ctx.models.has(id)) {
      const model: Model = {
        id,
        name: '',
        namespace: site.namespace,
        origin: isComponentPointer(id) ? 'component' : 'inline',
        description: typeof schema.description === 'string' ? schema.description : undefined,
        deprecated: schema.deprecated === true,
        shape: { kind: 'object', properties: [] },
        operationId: site.operationName,
        source: undefined,
      };
      defineLazySource(model, () => this.ctx.locate(this.merges.origin.get(schema) ?? schema));
      if (site.inCopy) model.copied = true;
      this.ctx.models.set(id, model);
      this.ctx.nameCandidates.set(id, siteCandidates(site));
      this.hoisting.set(schema, id);
      try {
        model.shape = buildShape(id);
      } finally {
        this.hoisting.delete(schema);
      }
    }
    return { kind: 'model', id };
  }

  private objectShape(schema: JsonObject, id: string, site: SchemaSite): ObjectShape {
    const collected = new Map<string, unknown>();
    const required = new Set<string>();
    const tags = new Set<string>();
    let additional: unknown;
    const visit = (node: unknown, depth: number): void => {
      const { value } = this.ctx.deref(node);
      if (!isObject(value) || depth > 32) return;
      if (Array.isArray(value.allOf)) value.allOf.forEach((part) => visit(part, depth + 1));
      if (isObject(value.properties)) {
        for (const [key, prop] of Object.entries(value.properties)) {
          const earlier = collected.get(key);
          // Parts apply together: an enum meeting the plain type it narrows stays the enum.
          collected.set(key, earlier !== undefined && this.narrows(earlier, prop) ? earlier : prop);
        }
      }
      if (Array.isArray(value.required)) value.required.forEach((r) => typeof r === 'string' && required.add(r));
      if (value.additionalProperties !== undefined) additional = value.additionalProperties;
      if (isObject(value.discriminator) && typeof value.discriminator.propertyName === 'string') tags.add(value.discriminator.propertyName);
    };
    visit(schema, 0);
    if (site.pointer === id) site.unionRequired?.forEach((r) => required.add(r));
    // Properties merged in from allOf parts are placed (and named) in this model, as the reference does.
    const properties = [...collected].map(([key, node]) => this.property(key, node, required.has(key), propertySite(site, `${id}/properties/${pointerSegment(key)}`, key)));
    const shape: ObjectShape = { kind: 'object', properties };
    if (isObject(additional) && Object.keys(additional).length > 0) {
      shape.additionalProperties = this.convert(additional, propertySite(site, `${id}/additionalProperties`, 'AdditionalProperties'));
    } else if (additional === true || (isObject(additional) && Object.keys(additional).length === 0)) {
      shape.additionalProperties = { kind: 'any' };
    }
    // A required tag that no part declares is still on every payload: the discriminator names it.
    for (const key of required) if (!collected.has(key) && tags.has(key)) properties.push(undeclaredProperty(key));
    return shape;
  }

  /** Whether `a` is a scalar enum or const within what `b`, a plain scalar, admits. */
  private narrows(a: unknown, b: unknown): boolean {
    const [first, second] = [this.derefValue(a), this.derefValue(b)];
    if (!isObject(first) || !isObject(second) || isObjectLike(first) || isObjectLike(second)) return false;
    const valued = (n: JsonObject) => Array.isArray(n.enum) || 'const' in n;
    if (!valued(first) || valued(second)) return false;
    const [types, others] = [effectiveTypes(first), effectiveTypes(second)];
    return types.length === 0 || others.length === 0 || others.every((t) => types.includes(t) || (t === 'number' && types.includes('integer')));
  }

  private property(key: string, node: unknown, required: boolean, site: SchemaSite): Property {
    const type = this.convert(node, site);
    const written = isObject(node) ? node : {};
    // Description and example come from the referenced schema unless siblings of `$ref` count.
    const isRef = typeof written.$ref === 'string';
    const target = isRef ? this.ctx.deref(written).value : undefined;
    const pick = (key: 'description' | 'deprecated'): unknown => (isRef && !(this.refSiblingsCount && key in written) ? (isObject(target) ? target[key] : undefined) : written[key]);
    const schema = isRef && !this.refSiblingsCount ? (isObject(target) ? target : {}) : written;
    const readOnly = schema.readOnly === true || written.readOnly === true;
    const writeOnly = schema.writeOnly === true || written.writeOnly === true;
    const property: Property = { wireName: key, type, required: required && !readOnly && !writeOnly, deprecated: pick('deprecated') === true, readOnly, writeOnly };
    const description = pick('description');
    if (typeof description === 'string') property.description = description;
    if ('default' in schema) property.default = { value: schema.default };
    const example = isRef && !this.refSiblingsCount ? undefined : exampleOf(written);
    if (example) property.example = example;
    return property;
  }

  /**
   * The union `view.union` names, each member merged with `view.before` and `view.after` where
   * that changes it; `lineage` holds the unions already distributed into the schema being read.
   */
  private unionShape(view: UnionView, id: string, site: SchemaSite, lineage: ReadonlySet<object>): UnionShape {
    const { union: schema, combinator, members } = view;
    const copies = copiesMembers(schema);
    const shared = [...view.before, ...view.after];
    const merged: (string | undefined)[] = [];
    const types = members.map((member, i) => {
      const pointer = `${id}/${combinator}/${i}`;
      const ref = isObject(member) && typeof member.$ref === 'string' ? member.$ref : undefined;
      const title = isObject(member) && typeof member.title === 'string' ? member.title : '';
      if (mergeChanges(shared, member, this.derefValue)) {
        // A merged `$ref` member is a new model named as a copy of its component is.
        merged[i] = ref && isComponentPointer(ref) ? refKey(ref) : undefined;
        const schemaOf = this.merges.merged(view.before, member, view.after, this.derefValue(member), new Set([...lineage, schema]));
        return this.convert(schemaOf, ref ? memberCopySite(site, pointer, refKey(ref)) : inlineMemberSite(site, id, pointer, i, title));
      }
      if (ref && copies) return this.copyOf(ref, memberCopySite(site, pointer, refKey(ref)));
      const memberSite = inlineMemberSite(site, id, pointer, i, title);
      if (Array.isArray(schema.required)) memberSite.unionRequired = schema.required.filter((r): r is string => typeof r === 'string');
      return this.convert(member, memberSite);
    });
    const shape: UnionShape = { kind: 'union', combinator, members: types };
    const discriminator = schema.discriminator;
    if (isObject(discriminator) && typeof discriminator.propertyName === 'string') {
      shape.discriminator = { propertyName: discriminator.propertyName, mapping: discriminatorMapping(this.ctx, discriminator, members, types, merged) };
    }
    return shape;
  }
}

/**
 * A discriminator's property that the object requires but no schema declares: any value, as
 * JSON Schema reads a required name without a schema. Other such names stay out: in the corpus
 * they are slips (Clerk's JWKS `crv`, Xero's `name` beside `Name`) that both reference generators
 * drop, and requiring them would make union members unrecognisable in real payloads.
 */
function undeclaredProperty(wireName: string): Property {
  return { wireName, type: { kind: 'any' }, required: true, deprecated: false, readOnly: false, writeOnly: false };
}

function enumShape(schema: JsonObject, values: unknown[]): EnumShape {
  const kept = values.filter(isLiteral);
  const declared = effectiveTypes(schema)[0];
  const valueType =
    declared === 'integer' || declared === 'number' || declared === 'boolean' || declared === 'string'
      ? declared
      : typeof kept[0] === 'number'
        ? 'number'
        : typeof kept[0] === 'boolean'
          ? 'boolean'
          : 'string';
  return {
    kind: 'enum',
    valueType,
    values: kept.map((value) => ({ value })),
    open: schema['x-speakeasy-unknown-values'] === 'allow',
  };
}

/** Compositions written with their own `type` (`type: object` + `oneOf: [$ref]`). */
function copiesMembers(schema: JsonObject): boolean {
  return schema.type !== undefined;
}

export function refKey(ref: string): string {
  return (ref.split('/').pop() ?? 'Schema').replace(/~1/g, '/').replace(/~0/g, '~');
}

function isLiteral(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function hasOwnProperties(schema: JsonObject): boolean {
  return isObject(schema.properties) && Object.keys(schema.properties).length > 0;
}

/** The value rules of a scalar schema; undefined when it has none (or none well-typed). */
function constraintsOf(schema: JsonObject): Constraints | undefined {
  const out: Constraints = {};
  const number = (key: keyof Constraints & string): number | undefined => (typeof schema[key] === 'number' && Number.isFinite(schema[key]) ? (schema[key] as number) : undefined);
  if (typeof schema.pattern === 'string') out.pattern = schema.pattern;
  for (const key of ['minLength', 'maxLength', 'multipleOf'] as const) {
    const v = number(key);
    if (v !== undefined) out[key] = v;
  }
  // 3.0 writes an exclusive bound as `minimum: 1, exclusiveMinimum: true`; 3.1 as `exclusiveMinimum: 1`.
  for (const [bound, exclusive] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ] as const) {
    const v = number(bound);
    if (v !== undefined && schema[exclusive] === true) out[exclusive] = v;
    else if (v !== undefined) out[bound] = v;
    const e = number(exclusive);
    if (e !== undefined) out[exclusive] = e;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

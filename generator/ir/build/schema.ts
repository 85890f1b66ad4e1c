/**
 * Schema Object → TypeRef. Objects, enums and unions become named models (hoisted, with the
 * name candidates of the place they were found); everything else stays an inline expression.
 */
import type { EnumShape, Model, ModelNamespace, NamePart, ObjectShape, Property, TypeRef, UnionShape } from '../model.js';
import { pascalCase } from '../naming/case.js';
import { BuildContext, isObject, pointerSegment, type JsonObject } from './context.js';
import { effectiveTypes, exampleOf, isNullSchema, isNullable } from './schema-kind.js';

const COMPONENT_PREFIX = '#/components/schemas/';

/** Where a schema was found: enough to name and place a model hoisted from it. */
export interface SchemaSite {
  /** JSON pointer of the schema; the id of a model hoisted from it. */
  pointer: string;
  /** Short name of the place (property name, component key) as written. */
  own: string;
  /** Short names of the enclosing places, nearest first; prepended one by one on collisions. */
  ancestors: string[];
  /** Replaces the candidates derived from own/ancestors (operation-level wrappers and params). */
  candidates?: NamePart[][];
  namespace: ModelNamespace;
  operationId?: string;
  /** Candidates for the items of an inline array at this site, when they differ. */
  itemCandidates?: NamePart[][];
}

/** `own`, then the nearest ancestor prepended, then the next one, ... (farthest first). */
export function siteCandidates(site: SchemaSite): NamePart[][] {
  if (site.candidates) return site.candidates;
  const result: NamePart[][] = [[namePart(site.own, true)]];
  for (let k = 1; k <= site.ancestors.length; k++) {
    result.push([...site.ancestors.slice(0, k).reverse().map((a) => namePart(a, false)), namePart(site.own, false)]);
  }
  return result;
}

/** One word written in capitals is title-cased only when it is the whole name (`OTP` → `Otp`, but `VerificationOTP`). */
function namePart(raw: string, alone: boolean): string {
  if (alone) return pascalCase(raw);
  return raw.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** Ancestors for a schema nested in `site`: inside operations, only the operation name prefixes. */
function childAncestors(site: SchemaSite): string[] {
  return site.operationId ? [site.operationId] : [site.own, ...site.ancestors];
}

export class SchemaConverter {
  /** TypeRefs of component schemas that are not models (aliases of primitives/arrays). */
  private readonly aliasTypes = new Map<string, TypeRef>();
  private readonly aliasInProgress = new Set<string>();

  constructor(private readonly ctx: BuildContext) {}

  /** Creates a model for every component schema that is an object, enum or union. */
  declareComponents(): void {
    const schemas = (this.ctx.document.components as JsonObject | undefined)?.schemas;
    if (!isObject(schemas)) return;
    for (const key of Object.keys(schemas)) {
      const pointer = COMPONENT_PREFIX + pointerSegment(key);
      const name = pascalCase(key) || 'Schema';
      const site: SchemaSite = { pointer, own: key, ancestors: [], candidates: [[name], [name, name]], namespace: 'components' };
      const type = this.convert(schemas[key], site);
      if (type.kind === 'model' && type.id === pointer) this.ctx.models.get(pointer)!.componentKey = key;
    }
  }

  convert(node: unknown, site: SchemaSite): TypeRef {
    if (!isObject(node)) return { kind: 'any' };
    if (typeof node.$ref === 'string') return this.refType(node.$ref, site);
    const type = this.convertInline(node, site);
    return isNullable(node) && type.kind !== 'null' ? { ...type, nullable: true } : type;
  }

  private refType(ref: string, site: SchemaSite): TypeRef {
    if (this.ctx.models.has(ref)) return { kind: 'model', id: ref };
    const target = this.ctx.resolvePointer(ref);
    if (!isObject(target)) return { kind: 'any' };
    const isComponent = ref.startsWith(COMPONENT_PREFIX) && !ref.slice(COMPONENT_PREFIX.length).includes('/');
    if (!isComponent) {
      const last = ref.split('/').pop() ?? 'Schema';
      return this.convert(target, { pointer: ref, own: last, ancestors: [], namespace: site.namespace });
    }
    const cached = this.aliasTypes.get(ref);
    if (cached) return cached;
    if (this.aliasInProgress.has(ref)) return { kind: 'any' };
    this.aliasInProgress.add(ref);
    const name = pascalCase(ref.slice(COMPONENT_PREFIX.length)) || 'Schema';
    const type = this.convert(target, { pointer: ref, own: name, ancestors: [], candidates: [[name], [name, name]], namespace: 'components' });
    this.aliasInProgress.delete(ref);
    if (type.kind !== 'model' || type.id !== ref) this.aliasTypes.set(ref, type);
    return type;
  }

  private convertInline(schema: JsonObject, site: SchemaSite): TypeRef {
    if ('const' in schema && isLiteral(schema.const)) return { kind: 'literal', value: schema.const };
    if (Array.isArray(schema.enum)) {
      const values = schema.enum.filter((v) => v !== null);
      if (values.length > 0) return this.hoist(schema, site, () => enumShape(schema, values));
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      const members = schema[key];
      if (!Array.isArray(members)) continue;
      const nonNull = members.filter((m) => !isNullSchema(m));
      if (nonNull.length === 0) return { kind: 'null' };
      if (nonNull.length === 1 && !hasOwnProperties(schema)) {
        const member = nonNull[0];
        const ref = isObject(member) && typeof member.$ref === 'string' ? member.$ref : undefined;
        if (ref && copiesMembers(schema)) {
          return this.copyOf(ref, { ...site, pointer: `${site.pointer}/${key}/0`, own: refKey(ref), ancestors: [site.own, ...site.ancestors], candidates: undefined });
        }
        return this.convert(member, site);
      }
      return this.hoist(schema, site, (id) => this.unionShape(key, nonNull, schema, id, site));
    }
    if (Array.isArray(schema.allOf)) {
      const parts = schema.allOf;
      if (parts.length === 1 && !hasOwnProperties(schema)) {
        const part = parts[0];
        const ref = isObject(part) && typeof part.$ref === 'string' ? part.$ref : undefined;
        if (ref && copiesMembers(schema)) return this.copyOf(ref, { ...site, pointer: `${site.pointer}/allOf/0` });
        return this.convert(part, site);
      }
      return this.hoist(schema, site, (id) => this.objectShape(schema, id, site));
    }
    const types = effectiveTypes(schema);
    if (types.length > 1) {
      return this.hoist(schema, site, () => ({
        kind: 'union',
        combinator: 'anyOf',
        members: types.map((t) => this.convertInline({ ...schema, type: t }, site)),
      }));
    }
    switch (types[0]) {
      case 'object':
        return this.objectType(schema, site);
      case 'array': {
        const itemSite = site.itemCandidates
          ? { ...site, pointer: `${site.pointer}/items`, candidates: site.itemCandidates, itemCandidates: undefined }
          : { ...site, pointer: `${site.pointer}/items` };
        return { kind: 'array', items: this.convert(schema.items, itemSite) };
      }
      case 'string':
      case 'integer':
      case 'number':
        return typeof schema.format === 'string' ? { kind: types[0], format: schema.format } : { kind: types[0] };
      case 'boolean':
        return { kind: 'boolean' };
      default:
        return { kind: 'any' };
    }
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
      const values = isObject(additional) && Object.keys(additional).length > 0
        ? this.convert(additional, { ...site, pointer: `${site.pointer}/additionalProperties`, candidates: undefined })
        : { kind: 'any' as const };
      return { kind: 'map', values };
    }
    return this.hoist(schema, site, (id) => this.objectShape(schema, id, site));
  }

  /** Registers the model before building its shape, so recursive references find it. */
  private hoist(schema: JsonObject, site: SchemaSite, buildShape: (id: string) => Model['shape']): TypeRef {
    const id = site.pointer;
    if (!this.ctx.models.has(id)) {
      const model: Model = {
        id,
        name: '',
        nameCandidates: siteCandidates(site),
        namespace: site.namespace,
        origin: id.startsWith(COMPONENT_PREFIX) && !id.slice(COMPONENT_PREFIX.length).includes('/') ? 'component' : 'inline',
        description: typeof schema.description === 'string' ? schema.description : undefined,
        deprecated: schema.deprecated === true,
        shape: { kind: 'object', properties: [] },
        operationId: site.operationId,
        source: this.ctx.locate(schema),
      };
      this.ctx.models.set(id, model);
      model.shape = buildShape(id);
    }
    return { kind: 'model', id };
  }

  private objectShape(schema: JsonObject, id: string, site: SchemaSite): ObjectShape {
    const collected = new Map<string, { node: unknown; owner: string }>();
    const required = new Set<string>();
    let additional: unknown;
    const visit = (node: unknown, owner: string, depth: number): void => {
      const { value, ref } = this.ctx.deref(node);
      if (!isObject(value) || depth > 32) return;
      const base = ref ?? owner;
      if (Array.isArray(value.allOf)) value.allOf.forEach((part, i) => visit(part, `${base}/allOf/${i}`, depth + 1));
      if (isObject(value.properties)) {
        for (const [key, prop] of Object.entries(value.properties)) {
          collected.set(key, { node: prop, owner: `${base}/properties/${pointerSegment(key)}` });
        }
      }
      if (Array.isArray(value.required)) value.required.forEach((r) => typeof r === 'string' && required.add(r));
      if (value.additionalProperties !== undefined) additional = value.additionalProperties;
    };
    visit(schema, id, 0);
    const properties = [...collected].map(([key, { node, owner }]) => this.property(key, node, owner, id, required.has(key), site));
    const shape: ObjectShape = { kind: 'object', properties };
    if (isObject(additional) && Object.keys(additional).length > 0) {
      shape.additionalProperties = this.convert(additional, { ...site, pointer: `${id}/additionalProperties`, own: 'AdditionalProperties', ancestors: childAncestors(site), candidates: undefined });
    } else if (additional === true || (isObject(additional) && Object.keys(additional).length === 0)) {
      shape.additionalProperties = { kind: 'any' };
    }
    return shape;
  }

  private property(key: string, node: unknown, pointer: string, parentId: string, required: boolean, site: SchemaSite): Property {
    void parentId;
    const type = this.convert(node, {
      pointer,
      own: key,
      ancestors: childAncestors(site),
      namespace: site.namespace,
      operationId: site.operationId,
    });
    const schema = isObject(node) ? node : {};
    const property: Property = {
      wireName: key,
      type,
      required,
      deprecated: schema.deprecated === true,
      readOnly: schema.readOnly === true,
      writeOnly: schema.writeOnly === true,
    };
    if (typeof schema.description === 'string') property.description = schema.description;
    if ('default' in schema) property.default = { value: schema.default };
    const example = exampleOf(schema);
    if (example) property.example = example;
    return property;
  }

  private unionShape(combinator: 'oneOf' | 'anyOf', members: unknown[], schema: JsonObject, id: string, site: SchemaSite): UnionShape {
    const copies = copiesMembers(schema);
    const types = members.map((member, i) => {
      const pointer = `${id}/${combinator}/${i}`;
      const ancestors = childAncestors(site);
      const ref = isObject(member) && typeof member.$ref === 'string' ? member.$ref : undefined;
      if (ref && copies) return this.copyOf(ref, { pointer, own: refKey(ref), ancestors, namespace: site.namespace, operationId: site.operationId });
      const title = isObject(member) && typeof member.title === 'string' ? member.title : '';
      const candidates: NamePart[][] | undefined = title ? undefined : [[{ nameOf: id }, String(i + 1)]];
      return this.convert(member, { pointer, own: title, ancestors, candidates, namespace: site.namespace, operationId: site.operationId });
    });
    const shape: UnionShape = { kind: 'union', combinator, members: types };
    const discriminator = schema.discriminator;
    if (isObject(discriminator) && typeof discriminator.propertyName === 'string') {
      shape.discriminator = { propertyName: discriminator.propertyName, mapping: discriminatorMapping(discriminator, types) };
    }
    return shape;
  }
}

function discriminatorMapping(discriminator: JsonObject, members: TypeRef[]): { value: string; modelId: string }[] {
  const mapping: { value: string; modelId: string }[] = [];
  const explicit = isObject(discriminator.mapping) ? discriminator.mapping : {};
  for (const [value, target] of Object.entries(explicit)) {
    if (typeof target !== 'string') continue;
    const modelId = target.startsWith('#') ? target : COMPONENT_PREFIX + pointerSegment(target);
    mapping.push({ value, modelId });
  }
  const mapped = new Set(mapping.map((m) => m.modelId));
  for (const member of members) {
    if (member.kind !== 'model' || mapped.has(member.id) || !member.id.startsWith(COMPONENT_PREFIX)) continue;
    const key = member.id.slice(COMPONENT_PREFIX.length);
    // Only whole components have an implicit value (their key); inline members need a mapping.
    if (key.includes('/')) continue;
    mapping.push({ value: key.replace(/~1/g, '/').replace(/~0/g, '~'), modelId: member.id });
  }
  return mapping;
}

function enumShape(schema: JsonObject, values: unknown[]): EnumShape {
  const kept = values.filter(isLiteral);
  const declared = effectiveTypes(schema)[0];
  const valueType = declared === 'integer' || declared === 'number' || declared === 'boolean' || declared === 'string'
    ? declared
    : typeof kept[0] === 'number' ? 'number' : typeof kept[0] === 'boolean' ? 'boolean' : 'string';
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

function refKey(ref: string): string {
  return (ref.split('/').pop() ?? 'Schema').replace(/~1/g, '/').replace(/~0/g, '~');
}

function isLiteral(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function hasOwnProperties(schema: JsonObject): boolean {
  return isObject(schema.properties) && Object.keys(schema.properties).length > 0;
}

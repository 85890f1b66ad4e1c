/**
 * A union's discriminator mapping, in IR terms: which member model each value selects.
 *
 * A mapping value is any reference (`#/components/schemas/X`, `#/paths/...`, a bare schema name)
 * and names a schema, not a model: the schema may be an alias or a one-part `allOf` whose model is
 * another one, or a component no operation reaches. So each value is matched to the member whose
 * `$ref` chain passes through the same schema, and the entry takes that member's model id. A value
 * that selects no member cannot be honoured; it is reported and left out, so no target ever looks
 * up a model that is not there.
 */
import type { TypeRef } from '../model.js';
import { BuildContext, isObject, pointerSegment, type JsonObject } from './context.js';
// A cycle with schema.ts, which calls this module; these are only read when a union is built.
import { COMPONENT_PREFIX, isComponentPointer, refKey } from './schema.js';

export interface MappingEntry {
  value: string;
  modelId: string;
}

/** As many `$ref` hops as `BuildContext.deref` follows. */
const MAX_HOPS = 64;

/**
 * `mergedKeys[i]`: the component key of member i when its model is that component merged with
 * what the union shares (union-merge.ts); the member still has the component's implicit value.
 */
export function discriminatorMapping(ctx: BuildContext, discriminator: JsonObject, rawMembers: unknown[], members: TypeRef[], mergedKeys: (string | undefined)[] = []): MappingEntry[] {
  const memberChains = rawMembers.map((raw) => refChain(ctx, raw));
  const mapping: MappingEntry[] = [];
  const explicit = isObject(discriminator.mapping) ? discriminator.mapping : {};
  for (const [value, target] of Object.entries(explicit)) {
    if (typeof target !== 'string') continue; // validation reports it
    const schema = ctx.resolvePointer(target.startsWith('#') ? target : COMPONENT_PREFIX + pointerSegment(target));
    const chain = new Set(refChain(ctx, schema));
    const index = memberChains.findIndex((links) => links.some((link) => chain.has(link)));
    const member = index >= 0 ? members[index] : undefined;
    if (member?.kind === 'model') {
      mapping.push({ value, modelId: member.id });
      continue;
    }
    reportUnusable(ctx, explicit, value, target, member !== undefined);
  }
  const mapped = new Set(mapping.map((m) => m.modelId));
  const propertyName = String(discriminator.propertyName);
  members.forEach((member, i) => {
    if (member.kind !== 'model' || mapped.has(member.id)) return;
    // A member whose property can hold one value only (`const`, a one-value enum) is tagged by
    // that value, whatever the schema is called: data with the schema name could never be valid.
    const tag = singleValue(ctx, member.id, propertyName);
    // Whole components also have the implicit value the specification gives them: their key.
    const key = isComponentPointer(member.id) ? refKey(member.id) : mergedKeys[i];
    if (key !== undefined && key !== tag) mapping.push({ value: key, modelId: member.id });
    if (tag !== undefined) mapping.push({ value: tag, modelId: member.id });
  });
  return mapping;
}

/** The one value a model's property may hold, as text; undefined when it may hold several. */
function singleValue(ctx: BuildContext, modelId: string, propertyName: string): string | undefined {
  const shape = ctx.models.get(modelId)?.shape;
  const type = shape?.kind === 'object' ? shape.properties.find((p) => p.wireName === propertyName)?.type : undefined;
  if (type?.kind === 'literal') return String(type.value);
  const values = type?.kind === 'model' ? ctx.models.get(type.id)?.shape : undefined;
  return values?.kind === 'enum' && values.values.length === 1 ? String(values.values[0].value) : undefined;
}

/** The node and every object its `$ref`s lead to, in order (bounded, so alias cycles end). */
function refChain(ctx: BuildContext, node: unknown): object[] {
  const chain: object[] = [];
  let current = node;
  for (let hops = 0; isObject(current) && hops <= MAX_HOPS; hops++) {
    chain.push(current);
    if (typeof current.$ref !== 'string') break;
    current = ctx.resolvePointer(current.$ref);
  }
  return chain;
}

/** Mapping objects already reported, so a union converted at several places warns once. */
const reported = new WeakMap<object, Set<string>>();

function reportUnusable(ctx: BuildContext, mapping: JsonObject, value: string, target: string, memberHasNoModel: boolean): void {
  const seen = reported.get(mapping) ?? new Set<string>();
  reported.set(mapping, seen);
  if (seen.has(value)) return;
  seen.add(value);
  const why = memberHasNoModel ? 'selects a member that is not an object, enum or union' : `names a schema that is not one of the union's members`;
  const where = ctx.locate(mapping, value);
  ctx.diagnostics.warning(
    'discriminator-mapping-unused',
    `discriminator mapping '${value}' → '${target}' ${why}; the value is ignored when reading the union (expected it to point to one of the oneOf/anyOf members)`,
    where ? { file: where.file, line: where.line, column: where.column, pointer: where.pointer } : {},
  );
}

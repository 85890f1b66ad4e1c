/**
 * Discriminator properties that openapi-typescript narrows to their mapping values in the wire
 * types, while the models keep the declared `string`: the mappers writing them need a cast.
 *
 * openapi-typescript narrows the property in every schema a discriminated oneOf maps to (its
 * `$ref` members and mapping targets), and in every schema that extends a discriminated schema
 * through `allOf` (inheritance, as in the specification's Pet/Cat example). This reads the
 * same from the document; where it finds more than openapi-typescript narrows (which mapping
 * wins for a schema two discriminators map to), the extra cast is harmless.
 */
import type { Model } from '../../ir/model.js';
import { escapeSegment } from '../../load/pointer.js';
import { walkStructure } from '../../resolve/walk.js';
import { deref, isObject } from './wire-json.js';
import { ignoredDiscriminator, mappingRef } from './wire-mapping.js';

type JsonObject = Record<string, unknown>;
type Keys = Map<string, Set<string>>;

/** Adds to `keys` (model id → wire property names) what openapi-typescript narrows. */
export function addNarrowedDiscriminators(models: readonly Model[], source: JsonObject, keys: Keys): void {
  const narrowed = narrowedProperties(source);
  if (narrowed.size === 0) return;
  for (const model of models) {
    // A union member copied from a component has that component's wire type.
    for (const pointer of [model.id, copiedComponent(model.id, source)]) {
      for (const name of (pointer && narrowed.get(pointer)) ?? []) add(keys, model.id, name);
    }
  }
}

function narrowedProperties(document: JsonObject): Keys {
  const narrowed: Keys = new Map();
  const pointers = new Map<object, string>();
  const bases = new Map<object, Set<string>>();
  const composed: Array<{ pointer: string; parts: unknown[] }> = [];
  walkStructure(document, 'root', (node, kind, parent, key) => {
    const pointer = parent === undefined ? '#' : `${pointers.get(parent)}/${escapeSegment(key!)}`;
    pointers.set(node, pointer);
    if (kind !== 'schema' || Array.isArray(node)) return;
    if (Array.isArray(node.allOf)) composed.push({ pointer, parts: node.allOf });
    const discriminator = node.discriminator;
    if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string' || ignoredDiscriminator(node, document)) return;
    const name = discriminator.propertyName;
    add(bases, node, name);
    if (!Array.isArray(node.oneOf)) return;
    for (const member of node.oneOf) if (isObject(member) && typeof member.$ref === 'string') add(narrowed, member.$ref, name);
    if (isObject(discriminator.mapping)) {
      for (const target of Object.values(discriminator.mapping)) {
        const ref = mappingRef(target);
        if (ref !== undefined) add(narrowed, ref, name);
      }
    }
  });
  // allOf children of a discriminated schema, and their children in turn.
  for (let grew = true; grew; ) {
    grew = false;
    for (const { pointer, parts } of composed) {
      const self = deref({ $ref: pointer }, document);
      if (!isObject(self)) continue;
      for (const part of parts) {
        const base = isObject(part) && typeof part.$ref === 'string' ? deref(part, document) : undefined;
        for (const name of (isObject(base) && bases.get(base)) || []) {
          if (bases.get(self)?.has(name)) continue;
          add(bases, self, name);
          add(narrowed, pointer, name);
          grew = true;
        }
      }
    }
  }
  return narrowed;
}

/** The component a union member (or allOf part) written as a `$ref` was copied from. */
function copiedComponent(id: string, source: JsonObject): string | undefined {
  if (!/\/(oneOf|anyOf|allOf)\/\d+$/.test(id)) return undefined;
  const written = pointerTarget(id, source);
  return isObject(written) && typeof written.$ref === 'string' && written.$ref.startsWith('#/components/schemas/') ? written.$ref : undefined;
}

/**
 * The node at a pointer, without following a `$ref` found there. Model ids of copies run
 * through `$ref`s (`.../allOf/0/properties/x` where `allOf/0` is a reference), which are
 * followed on the way.
 */
function pointerTarget(pointer: string, document: JsonObject): unknown {
  let node: unknown = document;
  for (const segment of pointer.slice(2).split('/')) {
    const holder = deref(node, document);
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(holder) && Object.prototype.hasOwnProperty.call(holder, key) ? holder[key] : Array.isArray(holder) ? holder[Number(key)] : undefined;
  }
  return node;
}

function add<K>(keys: Map<K, Set<string>>, key: K, name: string): void {
  (keys.get(key) ?? keys.set(key, new Set()).get(key)!).add(name);
}

/** Discriminators as openapi-typescript reads them, next to how the IR does. */
import { escapeSegment } from '../../load/pointer.js';
import { setOwn } from '../../resolve/set-member.js';
import { deref, isObject } from './wire-json.js';

type JsonObject = Record<string, unknown>;

const SCHEMAS = '#/components/schemas/';

/**
 * A discriminator mapping value may be a schema name (`Cat`) or a reference
 * (`#/components/schemas/Cat`); openapi-typescript takes every value for a reference and throws
 * on a name. The loader has made every reference local, so a value without `#` is a name.
 */
export function refMappingValues(discriminator: JsonObject): void {
  const mapping = discriminator.mapping;
  if (!isObject(mapping)) return;
  for (const [value, target] of Object.entries(mapping)) {
    const ref = mappingRef(target);
    if (ref !== undefined && ref !== target) setOwn(mapping, value, ref);
  }
}

export function mappingRef(target: unknown): string | undefined {
  if (typeof target !== 'string') return undefined;
  return target.startsWith('#') ? target : SCHEMAS + escapeSegment(target);
}

/**
 * A discriminator of a oneOf some of whose members do not declare the property (it names a
 * property of the parent, or one declared beside the oneOf): openapi-typescript would add it to
 * those members as a required property, which the models, built from what the members declare,
 * do not have. The IR keeps such a discriminator only to pick members; the wire types ignore it.
 */
export function ignoredDiscriminator(schema: JsonObject, document: JsonObject): boolean {
  const discriminator = schema.discriminator;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string' || !Array.isArray(schema.oneOf)) return false;
  const name = discriminator.propertyName;
  return schema.oneOf.some((member) => !declares(member, name, document, 0));
}

function declares(node: unknown, name: string, document: JsonObject, depth: number): boolean {
  const schema = deref(node, document);
  if (!isObject(schema) || depth > 16) return false;
  if (isObject(schema.properties) && Object.prototype.hasOwnProperty.call(schema.properties, name)) return true;
  return Array.isArray(schema.allOf) && schema.allOf.some((part) => declares(part, name, document, depth + 1));
}

/**
 * The copy of the loaded document that openapi-typescript reads for the wire types, rewritten
 * where it would read something differently from the OpenAPI specification (and from the IR).
 */
import { isPresenceRule } from '../../ir/build/schema-kind.js';
import { walkStructure } from '../../resolve/walk.js';
import { rewriteAllOf } from './wire-allof.js';
import { ignoredDiscriminator, refMappingValues } from './wire-mapping.js';

type JsonObject = Record<string, unknown>;

export function wireDocument(source: JsonObject): JsonObject {
  const document = structuredClone(source);
  // Redocly's bundler, which openapiTS() ran first, always added one; the type is the same
  // either way, and keeping it keeps the output of earlier versions.
  if (document.components === undefined) document.components = {};
  walkStructure(document, 'root', (node, kind) => {
    if (Array.isArray(node)) return;
    if (kind === 'discriminator') refMappingValues(node);
    if (kind !== 'schema') return;
    // Rules that only require properties: openapi-typescript types each member `unknown`, and
    // `{...} | unknown` is `unknown`; the IR reads them as the object itself.
    for (const key of ['oneOf', 'anyOf']) if (isPresenceRule(node[key])) delete node[key];
    // `enum: []` admits no value, so openapi-typescript writes `never`; specs write it beside an
    // allOf that holds the values (discord), and the IR reads it as absent.
    if (Array.isArray(node.enum) && node.enum.length === 0) delete node.enum;
    if (ignoredDiscriminator(node, document)) delete node.discriminator;
    rewriteAllOf(node, document);
  });
  return document;
}

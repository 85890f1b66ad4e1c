import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { describeValue } from '../../load/describe.js';
import type { LoadedSpec } from '../../load/types.js';
import { walkStructure } from '../../resolve/walk.js';
import { at, OVERLAY_HINT } from '../helpers.js';

const TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object'];

/**
 * A schema `type` outside the JSON Schema set. A name is recoverable: the IR reads it as any
 * type (ir/build/schema.ts), or `file` as binary, so it is a warning that says so. A value that
 * is not a string at all is the wrong JSON type for the field: an error.
 */
export function checkSchemaTypes(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  // 3.1 is JSON Schema 2020-12, where 'null' is a type; 3.0 spells it `nullable: true`.
  const allowed = loaded.sourceVersion.startsWith('3.0') ? TYPES : [...TYPES, 'null'];
  walkStructure(loaded.document, 'root', (node, kind) => {
    if (kind !== 'schema' || Array.isArray(node) || !('type' in node)) return;
    const type = node.type;
    const values = Array.isArray(type) ? type : [type];
    for (const value of values) {
      if (typeof value === 'string' && allowed.includes(value)) continue;
      const found = typeof value === 'string' ? `'${value}'` : describeValue(value);
      const hint =
        value === 'file' ? " (Swagger 2.0's 'type: file' is 'type: string, format: binary' in OpenAPI 3)" : value === 'null' ? " (OpenAPI 3.0 has no 'null' type; use 'nullable: true')" : '';
      const where = at(loaded, node, 'type');
      if (typeof value !== 'string') {
        diagnostics.error('schema-type-unknown', `schema type ${found} is not a type name; expected one of ${allowed.join(', ')}. To fix: write one of them, ${OVERLAY_HINT}`, where);
        continue;
      }
      const fallback = value === 'file' ? 'a binary string' : value === 'null' ? 'null (the schema is nullable)' : 'any type (unknown)';
      diagnostics.warning('schema-type-unknown', `unknown schema type ${found}${hint}; the SDK reads it as ${fallback}. To fix: write one of ${allowed.join(', ')}, ${OVERLAY_HINT}`, where);
    }
  });
}

import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { describeValue } from '../../load/describe.js';
import type { LoadedSpec } from '../../load/types.js';
import { childKind } from '../../resolve/kinds.js';
import { walkStructure } from '../../resolve/walk.js';
import { at } from '../helpers.js';

const TYPE_NAMES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);

/**
 * A place that holds a schema (a `oneOf` member, a property, `items`, a media type's `schema`)
 * must hold a Schema Object; `true`/`false` are JSON Schema's boolean schemas. Anything else
 * (`oneOf: [string]`) is read as "any value", and said so, rather than stopping a target.
 */
export function checkSchemaValues(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  walkStructure(loaded.document, 'root', (node, kind) => {
    const isArray = Array.isArray(node);
    const keys: Array<string | number> = isArray ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      const value = (node as Record<string, unknown>)[key as string];
      if ((value !== null && typeof value === 'object') || typeof value === 'boolean') continue;
      if (childKind(kind, key, isArray) !== 'schema') continue;
      const hint = typeof value === 'string' && TYPE_NAMES.has(value) ? ` (did you mean { type: ${value} }?)` : '';
      diagnostics.warning('schema-not-object', `expected a schema object, found ${describeValue(value)}${hint}; it is read as a schema that allows any value`, at(loaded, node, key));
    }
  });
}

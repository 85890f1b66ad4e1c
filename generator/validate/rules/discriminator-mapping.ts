import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/describe.js';
import { getAtPointer, parseFragment } from '../../load/pointer.js';
import type { LoadedSpec } from '../../load/types.js';
import { walkStructure } from '../../resolve/walk.js';
import { at } from '../helpers.js';

/** Each discriminator mapping value must name (or point to) a schema of the document. */
export function checkDiscriminatorMappings(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  const { document } = loaded;
  const components = isPlainObject(document.components) ? document.components : {};
  const schemas = isPlainObject(components.schemas) ? components.schemas : {};
  walkStructure(document, 'root', (node, kind) => {
    if (kind !== 'schema' || Array.isArray(node) || !isPlainObject(node.discriminator)) return;
    const mapping = node.discriminator.mapping;
    if (!isPlainObject(mapping)) return;
    for (const [value, target] of Object.entries(mapping)) {
      if (typeof target !== 'string') {
        diagnostics.error(
          'discriminator-mapping-not-found',
          `discriminator mapping '${value}' must be a schema name or a '#/components/schemas/...' reference, found a ${typeof target}`,
          at(loaded, mapping, value),
        );
        continue;
      }
      if (pointsToSchema(document, schemas, target)) continue;
      diagnostics.error(
        'discriminator-mapping-not-found',
        `discriminator mapping '${value}' → '${target}' points to no schema; expected ${target.startsWith('#') ? target : `#/components/schemas/${target}`} to exist`,
        at(loaded, mapping, value),
      );
    }
  });
}

function pointsToSchema(document: unknown, schemas: Record<string, unknown>, target: string): boolean {
  if (target.startsWith('#')) {
    const pointer = parseFragment(target.slice(1));
    if (!pointer.ok) return false;
    const found = getAtPointer(document, pointer.segments);
    return found.found && found.value !== null && typeof found.value === 'object';
  }
  return Object.prototype.hasOwnProperty.call(schemas, target) && schemas[target] !== undefined;
}

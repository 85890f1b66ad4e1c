import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/describe.js';
import type { LoadedSpec } from '../../load/types.js';
import { walkStructure } from '../../resolve/walk.js';
import { at } from '../helpers.js';

/** A `{name}` in a server URL can only be filled in when `variables` declares it (with a default). */
export function checkServerVariables(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  walkStructure(loaded.document, 'root', (node, kind) => {
    if (kind !== 'server' || Array.isArray(node) || typeof node.url !== 'string') return;
    const variables = isPlainObject(node.variables) ? node.variables : {};
    for (const m of node.url.matchAll(/\{([^{}]+)\}/g)) {
      const name = m[1];
      if (Object.prototype.hasOwnProperty.call(variables, name)) continue;
      diagnostics.error(
        'server-variable-undeclared',
        `server URL '${node.url}' uses {${name}}, but 'variables' does not declare it; expected variables.${name} with a default value`,
        at(loaded, node, 'url'),
      );
    }
  });
}

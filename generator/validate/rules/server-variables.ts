import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/describe.js';
import type { LoadedSpec } from '../../load/types.js';
import { walkStructure } from '../../resolve/walk.js';
import { at, OVERLAY_HINT } from '../helpers.js';

/**
 * A `{name}` in a server URL is filled from `variables`. One it does not declare is recoverable:
 * the SDK still offers it as a server variable, but with no default (ir/build/servers-security.ts
 * keeps `{name}` as its value, so the URL stays as written until the user sets it).
 */
export function checkServerVariables(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  walkStructure(loaded.document, 'root', (node, kind) => {
    if (kind !== 'server' || Array.isArray(node) || typeof node.url !== 'string') return;
    const variables = isPlainObject(node.variables) ? node.variables : {};
    for (const m of node.url.matchAll(/\{([^{}]+)\}/g)) {
      const name = m[1];
      if (Object.prototype.hasOwnProperty.call(variables, name)) continue;
      diagnostics.warning(
        'server-variable-undeclared',
        `server URL '${node.url}' uses {${name}}, but 'variables' does not declare it; the SDK offers the server variable '${name}' with no default, and until it is set the URL keeps {${name}} as written. ` +
          `To fix: declare variables.${name} with a default value, ${OVERLAY_HINT}`,
        at(loaded, node, 'url'),
      );
    }
  });
}

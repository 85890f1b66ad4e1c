import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/describe.js';
import { additionalMethodProblem, isOpenApi32 } from '../../load/path-item-operations.js';
import type { LoadedSpec } from '../../load/types.js';
import { at, OVERLAY_HINT, resolveLocal } from '../helpers.js';

/** Methods fetch refuses to send (the TypeScript SDK's transport): a call of such an operation fails there. */
const FETCH_FORBIDDEN = new Set(['CONNECT', 'TRACK']);

/**
 * 3.2 `additionalOperations` maps a method, written as it is sent, to an operation. A key that
 * is a method with a field of its own (`GET`, `query`, in any case) or not a method name at all
 * is left out by the IR (load/path-item-operations.ts); a method fetch will not send is kept.
 */
export function checkAdditionalOperations(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  const { document } = loaded;
  if (!isOpenApi32(loaded.sourceVersion) || !isPlainObject(document.paths)) return;
  for (const [path, value] of Object.entries(document.paths)) {
    const item = resolveLocal(document, value);
    const map = item?.additionalOperations;
    if (!isPlainObject(map)) continue;
    for (const key of Object.keys(map)) {
      const problem = additionalMethodProblem(key);
      const where = at(loaded, map, key);
      if (problem === 'fixed') {
        diagnostics.warning(
          'additional-operation-method',
          `'${key}' in additionalOperations of path ${path} is a method with a field of its own; the SDK leaves this operation out. To fix: move it to the path item's '${key.toLowerCase()}' field, ${OVERLAY_HINT}`,
          where,
        );
      } else if (problem === 'not-token') {
        diagnostics.warning(
          'additional-operation-method',
          `'${key}' in additionalOperations of path ${path} is not an HTTP method name (letters, digits and !#$%&'*+-.^_\`|~ only, RFC 9110); the SDK leaves this operation out. To fix: write the method as it is sent, ${OVERLAY_HINT}`,
          where,
        );
      } else if (FETCH_FORBIDDEN.has(key.toUpperCase())) {
        diagnostics.warning(
          'additional-operation-method',
          `'${key}' in additionalOperations of path ${path} is a method fetch refuses to send; the TypeScript SDK generates the operation, but calling it fails with a TypeError (the C# SDK sends it). To fix: use another method for it, ${OVERLAY_HINT}`,
          where,
        );
      }
    }
  }
}

import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/describe.js';
import { isOpenApi32, pathItemOperations } from '../../load/path-item-operations.js';
import type { LoadedSpec } from '../../load/types.js';
import { at, OVERLAY_HINT, resolveLocal, type Json } from '../helpers.js';

/**
 * 3.2's `in: querystring` parameter is the whole query string: an operation may have one, and
 * then no `in: query` parameters (path-item parameters count, as the operation inherits them).
 * The IR keeps the first `querystring` parameter and leaves out the others and every `in: query`
 * one (ir/build/query-string.ts), which this says per parameter left out.
 */
export function checkQueryString(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  const { document } = loaded;
  if (!isOpenApi32(loaded.sourceVersion) || !isPlainObject(document.paths)) return;
  const reported = new Set<Json>();
  for (const [path, value] of Object.entries(document.paths)) {
    const item = resolveLocal(document, value);
    if (!item) continue;
    for (const { requestMethod, operation } of pathItemOperations(item, loaded.sourceVersion)) {
      const params = merged(document, item.parameters, operation.parameters);
      const kept = params.find((p) => p.in === 'querystring');
      if (!kept) continue;
      for (const param of params) {
        if (param === kept || (param.in !== 'query' && param.in !== 'querystring') || reported.has(param)) continue;
        reported.add(param);
        const what = param.in === 'query' ? `the 'in: query' parameter '${String(param.name)}'` : `a second 'querystring' parameter, '${String(param.name)}'`;
        diagnostics.warning(
          'querystring-conflict',
          `${requestMethod} ${path} has the 'querystring' parameter '${String(kept.name)}', which is the whole query string, and also ${what}; the SDK leaves '${String(param.name)}' out. ` +
            `To fix: make '${String(param.name)}' a property of the schema of '${String(kept.name)}', or remove one of the two, ${OVERLAY_HINT}`,
          at(loaded, param, 'in'),
        );
      }
    }
  }
}

/** Path-item parameters, then the operation's, one per `in` and `name` (the operation's winning), refs followed. */
function merged(document: Json, shared: unknown, own: unknown): Json[] {
  const byKey = new Map<string, Json>();
  for (const list of [shared, own]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const param = resolveLocal(document, entry);
      if (param && typeof param.in === 'string' && typeof param.name === 'string') byKey.set(`${param.in}:${param.name}`, param);
    }
  }
  return [...byKey.values()];
}

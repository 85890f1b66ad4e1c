import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/describe.js';
import { pathItemOperations } from '../../load/path-item-operations.js';
import type { LoadedSpec } from '../../load/types.js';
import { at, OVERLAY_HINT, resolveLocal, type Json } from '../helpers.js';

/**
 * Every `{name}` of a path template needs an `in: path` parameter, and every path parameter
 * needs its `{name}` in the template. Both faults are recoverable, so they are warnings that say
 * what the SDK does instead (ir/build/path-template.ts does it): a `{name}` nobody declares
 * becomes a required string parameter, and a declared parameter the template lacks is dropped.
 */
export function checkPathParameters(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  const { document } = loaded;
  if (!isPlainObject(document.paths)) return;
  for (const [template, value] of Object.entries(document.paths)) {
    if (template.startsWith('x-')) continue;
    const item = resolveLocal(document, value);
    if (!item) continue;
    const names = new Set([...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]));
    // A component parameter used by several operations of one path is reported once.
    const reported = new Set<Json>();
    const unused = (name: string, param: Json) => {
      if (names.has(name) || reported.has(param)) return;
      reported.add(param);
      reportUnused(loaded, diagnostics, template, name, param);
    };
    const shared = pathParameters(document, item.parameters);
    for (const [name, param] of shared) unused(name, param);
    for (const { requestMethod, operation: op } of pathItemOperations(item, loaded.sourceVersion)) {
      const own = pathParameters(document, op.parameters);
      for (const [name, param] of own) unused(name, param);
      for (const name of names) {
        if (own.has(name) || shared.has(name)) continue;
        diagnostics.warning(
          'path-param-undeclared',
          `path ${template} has {${name}}, but ${requestMethod} declares no parameter for it; the SDK takes it as a required string path parameter '${name}'. ` +
            `To fix: declare a parameter with 'in: path', 'name: ${name}', 'required: true' and its schema on the operation or the path, ${OVERLAY_HINT}`,
          at(loaded, op),
        );
      }
    }
  }
}

/** `in: path` parameters of a list, by name (refs followed). */
function pathParameters(document: Json, list: unknown): Map<string, Json> {
  const found = new Map<string, Json>();
  if (!Array.isArray(list)) return found;
  for (const entry of list) {
    const param = resolveLocal(document, entry);
    if (param && param.in === 'path' && typeof param.name === 'string') found.set(param.name, param);
  }
  return found;
}

function reportUnused(loaded: LoadedSpec, diagnostics: Diagnostics, template: string, name: string, param: Json): void {
  diagnostics.warning(
    'path-param-unused',
    `path parameter '${name}' does not occur in the path ${template}; the SDK leaves it out, since the URL has no place for it. ` +
      `To fix: add {${name}} to the path template, or remove the parameter (or change its 'in'), ${OVERLAY_HINT}`,
    at(loaded, param, 'name'),
  );
}

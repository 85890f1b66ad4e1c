import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/describe.js';
import type { LoadedSpec } from '../../load/types.js';
import { at, HTTP_METHODS, resolveLocal, type Json } from '../helpers.js';

/**
 * Every `{name}` of a path template needs an `in: path` parameter, and every path parameter
 * needs its `{name}` in the template: otherwise the SDK cannot build the URL.
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
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isPlainObject(op)) continue;
      const own = pathParameters(document, op.parameters);
      for (const [name, param] of own) unused(name, param);
      for (const name of names) {
        if (own.has(name) || shared.has(name)) continue;
        diagnostics.error(
          'path-param-undeclared',
          `path ${template} has {${name}}, but ${method.toUpperCase()} declares no parameter for it; expected a parameter with 'in: path' and 'name: ${name}' on the operation or the path`,
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
  diagnostics.error(
    'path-param-unused',
    `path parameter '${name}' does not occur in the path ${template}; expected the template to contain {${name}}`,
    at(loaded, param, 'name'),
  );
}

import type { JsonObject } from './context.js';

/**
 * 3.2 allows one `in: querystring` parameter, and no `in: query` ones beside it, since it is the
 * whole query string (validate/rules/query-string.ts warns about both). The first one is kept and
 * the parameters it excludes are left out: they would write into the same query string.
 */
export function fitQueryString(params: JsonObject[]): JsonObject[] {
  const first = params.find((p) => p.in === 'querystring');
  if (!first) return params;
  return params.filter((p) => p === first || (p.in !== 'querystring' && p.in !== 'query'));
}

import type { Parameter, ParameterLocation, ParameterStyle } from '../model.js';
import { pascalCase } from '../naming/case.js';
import { BuildContext, isObject, type JsonObject } from './context.js';
import type { SchemaConverter } from './schema.js';
import { operationSite } from './schema-site.js';
import { exampleOf } from './schema-kind.js';

const LOCATIONS: ParameterLocation[] = ['path', 'query', 'header', 'cookie'];
const STYLES: ParameterStyle[] = ['form', 'simple', 'label', 'matrix', 'spaceDelimited', 'pipeDelimited', 'deepObject'];
const LOCATION_WORD: Record<ParameterLocation, string> = { path: 'PathParam', query: 'QueryParam', querystring: 'QueryString', header: 'Header', cookie: 'Cookie' };
/** What a `querystring` parameter's content is when it gives a `schema` only (structure/ warns). */
const QUERY_STRING_MEDIA = 'application/x-www-form-urlencoded';

/** Path-item parameters first, replaced in place by operation parameters with the same name+in. */
export function mergeParameters(ctx: BuildContext, pathLevel: unknown, operationLevel: unknown): JsonObject[] {
  const merged: JsonObject[] = [];
  const indexOf = new Map<string, number>();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const param = ctx.deref(entry).value;
      if (!isObject(param) || typeof param.name !== 'string' || typeof param.in !== 'string') continue;
      const key = `${param.in}:${param.name}`;
      const existing = indexOf.get(key);
      if (existing === undefined) {
        indexOf.set(key, merged.length);
        merged.push(param);
      } else merged[existing] = param;
    }
  }
  return merged;
}

/** `queryString`: 3.2 `in: querystring` is read (before 3.2 such a parameter is left out, as structure/ says). */
export function buildParameter(param: JsonObject, index: number, operationPointer: string, operationName: string, schemas: SchemaConverter, queryString = false): Parameter | undefined {
  const location = param.in as ParameterLocation;
  if (!LOCATIONS.includes(location) && !(queryString && location === 'querystring')) return undefined;
  const defaultStyle: ParameterStyle = location === 'query' || location === 'querystring' || location === 'cookie' ? 'form' : 'simple';
  // The whole query string has no style of its own: its content type says how it is written.
  const style = location !== 'querystring' && STYLES.includes(param.style as ParameterStyle) ? (param.style as ParameterStyle) : defaultStyle;
  const name = pascalCase(param.name as string) || 'Param';
  let schemaNode: unknown = param.schema;
  let contentType: string | undefined;
  if (schemaNode === undefined && isObject(param.content)) {
    const [first] = Object.entries(param.content);
    if (first) {
      contentType = first[0];
      schemaNode = isObject(first[1]) ? first[1].schema : undefined;
    }
  }
  // Per operation, even for shared parameters: each operation gets its own inline enum class.
  const where = LOCATION_WORD[location];
  const type = schemas.convert(schemaNode, operationSite(`${operationPointer}/parameters/${index}/schema`, param.name as string, operationName, [[name], [where, name], [operationName, where, name]]));
  const parameter: Parameter = {
    name: param.name as string,
    in: location,
    required: location === 'path' || param.required === true,
    deprecated: param.deprecated === true,
    style,
    explode: location !== 'querystring' && typeof param.explode === 'boolean' ? param.explode : style === 'form',
    allowReserved: param.allowReserved === true,
    type,
  };
  if (typeof param.description === 'string') parameter.description = param.description;
  if (contentType) parameter.contentType = contentType;
  else if (location === 'querystring') parameter.contentType = QUERY_STRING_MEDIA;
  const example = 'example' in param ? { value: param.example } : isObject(schemaNode) ? exampleOf(schemaNode) : undefined;
  if (example) parameter.example = example;
  if (isObject(schemaNode) && 'default' in schemaNode) parameter.default = { value: schemaNode.default };
  return parameter;
}

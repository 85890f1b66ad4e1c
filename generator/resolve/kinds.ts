/**
 * Just enough of the OpenAPI (2.0 and 3.x) structure to know, for any member, whether it holds
 * more structure (where `$ref` means a reference) or data (examples, defaults, enums, extension
 * values, except the few extensions listed below whose content is structure), where a `$ref`
 * key is only a string in a payload. It also tells schema positions,
 * whose references are hoisted to named components, from every other position.
 */
export type Kind =
  | 'root'
  | 'other'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameterList'
  | 'parameter'
  | 'requestBody'
  | 'mediaTypes'
  | 'mediaType'
  | 'encodings'
  | 'encoding'
  | 'responses'
  | 'response'
  | 'headerMap'
  | 'header'
  | 'exampleMap'
  | 'example'
  | 'linkMap'
  | 'link'
  | 'callbackMap'
  | 'callback'
  | 'components'
  | 'schemaMap'
  | 'schema'
  | 'schemaList'
  | 'discriminator'
  | 'parameterMap'
  | 'responseMap'
  | 'requestBodyMap'
  | 'pathItemMap'
  | 'operationMap'
  | 'securitySchemeMap'
  | 'securityScheme'
  | 'serverList'
  | 'server'
  | 'serverVariableMap'
  | 'serverVariable'
  | 'globals';

/** `null`: the member is data; nothing in it is a reference. */
export type ChildKind = Kind | null;

/** 3.2 adds `query`; in an older document it is walked as an operation too, harmlessly. */
const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

/** Maps whose keys are names chosen by the author (so `x-` has no special meaning). */
const NAME_MAPS: Partial<Record<Kind, Kind>> = {
  mediaTypes: 'mediaType',
  encodings: 'encoding',
  headerMap: 'header',
  exampleMap: 'example',
  linkMap: 'link',
  callbackMap: 'callback',
  schemaMap: 'schema',
  parameterMap: 'parameter',
  responseMap: 'response',
  requestBodyMap: 'requestBody',
  pathItemMap: 'pathItem',
  operationMap: 'operation',
  securitySchemeMap: 'securityScheme',
  serverVariableMap: 'serverVariable',
};

/** Patterned objects whose `x-` members are extensions. */
const PATTERNED: Partial<Record<Kind, Kind>> = {
  paths: 'pathItem',
  responses: 'response',
  callback: 'pathItem',
};

const LISTS: Partial<Record<Kind, Kind>> = {
  parameterList: 'parameter',
  schemaList: 'schema',
  serverList: 'server',
};

/** Fixed fields that lead to structure; any other non-`x-` field of these kinds is walked as `other`. */
const FIELDS: Partial<Record<Kind, Record<string, Kind | null>>> = {
  root: {
    paths: 'paths',
    components: 'components',
    webhooks: 'pathItemMap',
    servers: 'serverList',
    // Swagger 2.0
    definitions: 'schemaMap',
    parameters: 'parameterMap',
    responses: 'responseMap',
    securityDefinitions: 'securitySchemeMap',
    // Extensions in wide use whose content is OpenAPI structure, not data.
    'x-webhooks': 'pathItemMap',
    'x-speakeasy-globals': 'globals',
  },
  globals: { parameters: 'parameterList' },
  pathItem: { parameters: 'parameterList', servers: 'serverList', additionalOperations: 'operationMap' },
  operation: {
    parameters: 'parameterList',
    requestBody: 'requestBody',
    responses: 'responses',
    callbacks: 'callbackMap',
    servers: 'serverList',
  },
  parameter: {
    schema: 'schema',
    content: 'mediaTypes',
    examples: 'exampleMap',
    example: null,
    items: 'schema', // Swagger 2.0 items of a non-body parameter
    default: null,
    enum: null,
  },
  header: { schema: 'schema', content: 'mediaTypes', examples: 'exampleMap', example: null, items: 'schema', default: null, enum: null },
  requestBody: { content: 'mediaTypes' },
  mediaType: { schema: 'schema', itemSchema: 'schema', examples: 'exampleMap', example: null, encoding: 'encodings', itemEncoding: 'encoding' },
  encoding: { headers: 'headerMap' },
  response: {
    content: 'mediaTypes',
    headers: 'headerMap',
    links: 'linkMap',
    schema: 'schema', // Swagger 2.0
    examples: null, // Swagger 2.0: media type → example payload
  },
  example: { value: null },
  link: { parameters: null, requestBody: null, server: 'server' },
  components: {
    schemas: 'schemaMap',
    responses: 'responseMap',
    parameters: 'parameterMap',
    examples: 'exampleMap',
    requestBodies: 'requestBodyMap',
    headers: 'headerMap',
    securitySchemes: 'securitySchemeMap',
    links: 'linkMap',
    callbacks: 'callbackMap',
    pathItems: 'pathItemMap',
    mediaTypes: 'mediaTypes',
  },
  server: { variables: 'serverVariableMap' },
  serverVariable: { enum: null, default: null },
  discriminator: { mapping: null },
};

const SCHEMA_FIELDS: Record<string, Kind> = {
  properties: 'schemaMap',
  patternProperties: 'schemaMap',
  $defs: 'schemaMap',
  definitions: 'schemaMap',
  dependentSchemas: 'schemaMap',
  additionalProperties: 'schema',
  items: 'schema',
  additionalItems: 'schema',
  not: 'schema',
  if: 'schema',
  then: 'schema',
  else: 'schema',
  contains: 'schema',
  propertyNames: 'schema',
  unevaluatedItems: 'schema',
  unevaluatedProperties: 'schema',
  contentSchema: 'schema',
  allOf: 'schemaList',
  anyOf: 'schemaList',
  oneOf: 'schemaList',
  prefixItems: 'schemaList',
  discriminator: 'discriminator',
};

export function isExtension(key: string): boolean {
  return key.startsWith('x-');
}

/** Kind of `parent[key]` given the kind of `parent`; `null` when the member is data. */
export function childKind(parent: Kind, key: string | number, isArray: boolean): ChildKind {
  if (isArray) {
    // `items: [a, b]` (tuple form) is a list of schemas.
    if (parent === 'schema' || parent === 'schemaList') return 'schema';
    return LISTS[parent] ?? (parent === 'other' ? 'other' : null);
  }
  const name = String(key);
  const named = NAME_MAPS[parent];
  if (named) return named;
  // Schema keywords hold data unless listed.
  if (parent === 'schema') return Object.prototype.hasOwnProperty.call(SCHEMA_FIELDS, name) ? SCHEMA_FIELDS[name] : null;
  const fields = FIELDS[parent];
  if (fields && Object.prototype.hasOwnProperty.call(fields, name)) return fields[name] as ChildKind;
  if (isExtension(name)) return null;
  const patterned = PATTERNED[parent];
  if (patterned) return patterned;
  if (parent === 'pathItem' && HTTP_METHODS.has(name)) return 'operation';
  return 'other';
}

/** Schema positions: an external `$ref` here is hoisted into the named schemas. */
export function isSchemaKind(kind: Kind): boolean {
  return kind === 'schema';
}

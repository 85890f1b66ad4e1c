/**
 * The intermediate representation: one plain, target-neutral model of an API.
 *
 * Built once from the loaded document (ir/build), named once (ir/naming), then read by every
 * target and by the docs renderer. Nothing here knows about TypeScript or C#; a target that
 * needs something different derives it from these facts. Spec order is kept in every list.
 */
import type { SourceLocation } from '../load/types.js';

export interface ApiModel {
  info: ApiInfo;
  servers: Server[];
  securitySchemes: SecurityScheme[];
  /** Requirements that apply to operations that do not declare their own. */
  security: SecurityRequirement[];
  /** Every named type: component schemas and hoisted inline schemas, in a stable order. */
  models: Model[];
  operations: Operation[];
  /** Operation groups in first-appearance order (group = `x-speakeasy-group` or first tag). */
  groups: Group[];
  /** Document-level `x-speakeasy-retries`: the SDK's default policy, which operations may override. */
  retries?: RetryConfig;
  /**
   * 3.2 `$self`: the URI the document gives itself, which its relative `$ref`s were resolved
   * against on load. Recorded only; no target or doc page reads it.
   */
  self?: string;
}

export interface ApiInfo {
  title: string;
  version: string;
  summary?: string;
  description?: string;
}

// ---------------------------------------------------------------------------------------------
// Types

/** Inline type expression, as written at a use site (a property, a parameter, a body). */
export type TypeRef = (
  | { kind: 'string'; format?: string; constraints?: Constraints }
  | { kind: 'integer'; format?: string; constraints?: Constraints }
  | { kind: 'number'; format?: string; constraints?: Constraints }
  | { kind: 'boolean' }
  /** No type information (`{}`, free-form). */
  | { kind: 'any' }
  /** Only `null` is allowed (3.1 `type: 'null'`). */
  | { kind: 'null' }
  /** `const`, or a single-valued enum used inline. */
  | { kind: 'literal'; value: string | number | boolean }
  /**
   * `items` types every element, or with `prefixItems` (3.1, or a list-valued `items` of older
   * drafts) the elements after them: a tuple. `minItems` and `maxItems` are kept for tuples
   * only: how many leading elements are always there, and how many there can be at most
   * (`items: false` caps it at the positions).
   */
  | { kind: 'array'; items: TypeRef; prefixItems?: TypeRef[]; minItems?: number; maxItems?: number }
  /** Object with only additionalProperties: a string-keyed dictionary. */
  | { kind: 'map'; values: TypeRef }
  /** A named model (object, enum or union) from `ApiModel.models`. */
  | { kind: 'model'; id: string }
) & {
  /** `nullable: true` (3.0) or `null` in a 3.1 type array / oneOf. */
  nullable?: boolean;
};

/**
 * The value rules of a scalar schema, as written (3.0's boolean `exclusiveMinimum` already turned
 * into the 3.1 number form). Why: what a caller may send is part of the API (example-derived
 * inputs must satisfy them, a target may check them); targets that do not check them ignore
 * them, so they never change a generated type.
 */
export interface Constraints {
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export type ModelNamespace = 'components' | 'operations' | 'errors';

/** Why a model exists; drives its name and where targets place it. */
export type ModelOrigin =
  /** `#/components/schemas/<key>` */
  | 'component'
  /** An inline object/enum/union found inside a schema, parameter, body or response. */
  | 'inline'
  /** Synthetic `<Op>Request`: the operation's parameters plus its body. */
  | 'request'
  /** Synthetic `<Op>Response`: HTTP metadata plus the success body. */
  | 'response'
  /** Synthetic `Security`: one field per security scheme (ir/passes/security-model.ts). */
  | 'security';

export interface Model {
  /** Stable identity: the JSON pointer of the schema (or `op:<operation id>:request|response`). */
  id: string;
  /** PascalCase class name, unique case-insensitively; assigned by ir/naming from the builder's candidates. */
  name: string;
  namespace: ModelNamespace;
  origin: ModelOrigin;
  /** Key under components/schemas for component models. */
  componentKey?: string;
  /** `x-speakeasy-include: true`: generated even when no operation reaches it. */
  explicitlyIncluded?: boolean;
  /**
   * The component's own schema admits null (`nullable`, a `null` type, enum value or union
   * member, or an allOf whose parts all admit null): every reference to it admits null too,
   * whatever the reference says.
   */
  nullable?: boolean;
  /** Made from a component's content at a use site (a `$ref` in a composition with its own `type`). */
  copied?: boolean;
  /** Component written as an `allOf` composition. */
  composed?: boolean;
  /**
   * The file part of a multipart body (ir/passes/file-parts.ts): `fileName` and binary `content`,
   * sent as one part with a filename rather than as JSON.
   */
  filePart?: boolean;
  description?: string;
  deprecated: boolean;
  shape: ObjectShape | EnumShape | UnionShape;
  /** The operation this model belongs to (request/response wrappers, inline bodies and params). */
  operationId?: string;
  source?: SourceLocation;
}

export type NamePart = string | { nameOf: string };

export interface ObjectShape {
  kind: 'object';
  properties: Property[];
  /** Extra keys allowed beyond `properties`, with their value type. */
  additionalProperties?: TypeRef;
}

export interface Property {
  /** Name on the wire (JSON key, parameter name). Targets derive their own identifiers. */
  wireName: string;
  type: TypeRef;
  /**
   * Present in every message of this model, requests and responses alike. A readOnly or
   * writeOnly property the schema lists as required is absent from one direction (a server
   * never sends a writeOnly password back), so it is not required here.
   */
  required: boolean;
  description?: string;
  deprecated: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  default?: Literal;
  /** The schema's `example` (or first of `examples`), kept as written. */
  example?: Literal;
  /** Request wrappers only: where the value goes. */
  location?: ParameterLocation | 'body';
  /** Request wrappers only: the parameter (or body) this property stands for. */
  parameter?: Parameter;
  /**
   * What targets derive the identifier from, when not `wireName`: set for parameters whose names
   * collide once cased (ir/naming/parameter-names.ts). Read it through `propertyNameSource`.
   */
  name?: string;
}

/** Wraps a JSON value so that "absent" and "null" stay distinct. */
export interface Literal {
  value: unknown;
}

export interface EnumShape {
  kind: 'enum';
  valueType: 'string' | 'integer' | 'number' | 'boolean';
  values: EnumValue[];
  /** `x-speakeasy-unknown-values: allow`: unknown values are kept rather than rejected. */
  open: boolean;
}

export interface EnumValue {
  value: string | number | boolean;
  description?: string;
}

export interface UnionShape {
  kind: 'union';
  combinator: 'oneOf' | 'anyOf';
  members: TypeRef[];
  discriminator?: Discriminator;
}

export interface Discriminator {
  propertyName: string;
  /** Discriminator value → member model id, explicit mappings first, then implicit ones. */
  mapping: { value: string; modelId: string }[];
}

// ---------------------------------------------------------------------------------------------
// Operations

/** The fixed method fields of a path item; 3.2 adds `query` (safe and idempotent, with a body). */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace' | 'query';

/** `querystring` (3.2): one parameter whose value is the whole query string. */
export type ParameterLocation = 'path' | 'query' | 'querystring' | 'header' | 'cookie';

export type ParameterStyle = 'form' | 'simple' | 'label' | 'matrix' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

export interface Operation {
  /** operationId, or one derived from method and path when the spec has none. */
  id: string;
  /** Whether `id` was written in the spec. */
  hasOperationId: boolean;
  /**
   * A fixed field (`HttpMethod`), or the key of a 3.2 `additionalOperations` entry lower-cased
   * (`purge`): for comparisons; what is sent is `requestMethod`.
   */
  method: HttpMethod | (string & {});
  /** The method as sent on the request line: `GET`, `QUERY`, an `additionalOperations` key as written (`PURGE`). */
  requestMethod: string;
  path: string;
  /** `x-speakeasy-group`, else the first tag; undefined puts the method on the root class. */
  group?: string;
  /** `x-speakeasy-name-override`, else the operationId (targets apply their casing). */
  methodName: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  /** Path-item and operation parameters merged, operation ones winning, in spec order. */
  parameters: Parameter[];
  requestBody?: RequestBody;
  /** In spec order; `statusCode` is `200`, `2XX` or `default`. */
  responses: Response[];
  /** Undefined: the API-level requirements apply. Empty list: no auth. */
  security?: SecurityRequirement[];
  servers?: Server[];
  pagination?: Pagination;
  retries?: RetryConfig;
  /** Model id of the synthetic request wrapper (present when the operation has parameters). */
  requestModelId?: string;
  /** Model id of the synthetic response wrapper. */
  responseModelId: string;
  /** `x-*` members of the operation, kept as written. */
  extensions: Record<string, unknown>;
  source?: SourceLocation;
}

/**
 * A `querystring` parameter has `type` for the whole query string (an object for form content),
 * its media type in `contentType`, and the style `form`, exploded.
 */
export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  deprecated: boolean;
  style: ParameterStyle;
  explode: boolean;
  allowReserved: boolean;
  /** Media type when the parameter uses `content` instead of `schema`. */
  contentType?: string;
  type: TypeRef;
  example?: Literal;
  default?: Literal;
}

export interface RequestBody {
  required: boolean;
  description?: string;
  contents: MediaContent[];
}

export interface MediaContent {
  mediaType: string;
  type: TypeRef;
  /** Multipart / form encoding per property (OpenAPI Encoding Object). */
  encoding?: Record<string, { contentType?: string; style?: ParameterStyle; explode?: boolean }>;
  /** `x-speakeasy-sse-sentinel` of an event stream: the data text that ends it (`[DONE]`). */
  sseSentinel?: string;
  /**
   * The body is a stream of items, each of `type` (3.2 `itemSchema` on a response): `jsonl`
   * (application/jsonl, application/x-ndjson: one JSON value per line), `json-seq`
   * (application/json-seq, RFC 7464: each value after a record separator) or `sse`
   * (text/event-stream: each item an event). Absent otherwise, event streams described by
   * `schema` alone included (there `type` is the event already, as Speakeasy reads them).
   */
  sequence?: SequenceFormat;
  /** `x-*` members of the Media Type Object, kept as written (absent when there are none). */
  extensions?: Record<string, unknown>;
}

export type SequenceFormat = 'jsonl' | 'json-seq' | 'sse';

export interface Response {
  /** `200`, `2XX`, `default`. */
  statusCode: string;
  description?: string;
  contents: MediaContent[];
  headers: ResponseHeader[];
  /** 4XX/5XX codes, and `default` when a 2XX response also exists. */
  isError: boolean;
}

export interface ResponseHeader {
  name: string;
  required: boolean;
  description?: string;
  type: TypeRef;
}

export interface Pagination {
  type: 'offsetLimit' | 'cursor' | 'url';
  /** Extension body as written (inputs / outputs JSONPaths). */
  config: Record<string, unknown>;
}

export interface RetryConfig {
  strategy: 'backoff';
  backoff?: { initialInterval?: number; maxInterval?: number; maxElapsedTime?: number; exponent?: number };
  statusCodes: string[];
  retryConnectionErrors: boolean;
}

export interface Group {
  /** Name as written (`x-speakeasy-group` value or tag name). */
  name: string;
  /** 3.2 tag `summary`: a short title for the group. */
  summary?: string;
  description?: string;
  /**
   * 3.2 tag `parent`: the name of the group this one is nested in (itself in `groups`, with no
   * operations of its own when no operation has its tag). Never a cycle.
   */
  parent?: string;
  /** 3.2 tag `kind` (`nav`, `badge`, …): kept as written; nothing reads it. */
  kind?: string;
  /** Empty for a group that is only the parent of others. */
  operationIds: string[];
}

// ---------------------------------------------------------------------------------------------
// Servers and security

export interface Server {
  url: string;
  description?: string;
  variables: ServerVariable[];
  /** `x-speakeasy-server-id`. */
  id?: string;
}

export interface ServerVariable {
  name: string;
  default: string;
  enum?: string[];
  description?: string;
}

export type SecurityScheme =
  | { key: string; type: 'http'; scheme: 'bearer' | 'basic' | string; bearerFormat?: string; description?: string }
  | { key: string; type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string; description?: string }
  | { key: string; type: 'oauth2'; flows: OAuthFlows; description?: string }
  | { key: string; type: 'openIdConnect'; url: string; description?: string };

export interface OAuthFlows {
  clientCredentials?: { tokenUrl: string; scopes: Record<string, string> };
  authorizationCode?: { authorizationUrl: string; tokenUrl: string; scopes: Record<string, string> };
  implicit?: { authorizationUrl: string; scopes: Record<string, string> };
  password?: { tokenUrl: string; scopes: Record<string, string> };
}

/** All schemes of one requirement apply together; requirements in a list are alternatives. */
export interface SecurityRequirement {
  schemes: { key: string; scopes: string[] }[];
}

import type { PathItemOperation } from '../../load/path-item-operations.js';
import { sequenceFormat } from '../../load/sequential-media.js';
import type { MediaContent, Model, Operation, Pagination, Property, RequestBody, Response, ResponseHeader, RetryConfig } from '../model.js';
import { pascalCase } from '../naming/case.js';
import { BuildContext, isObject, pointerSegment, type JsonObject } from './context.js';
import { buildParameter, mergeParameters } from './parameters.js';
import { fitPathParameters } from './path-template.js';
import { fitQueryString } from './query-string.js';
import type { SchemaConverter } from './schema.js';
import { componentSite, operationSite, type SchemaSite } from './schema-site.js';
import { buildSecurityRequirements, buildServers } from './servers-security.js';
import { defineLazySource } from './lazy-source.js';

/** `found`: the operation and where the path item holds it (load/path-item-operations.ts). */
export function buildOperation(ctx: BuildContext, schemas: SchemaConverter, path: string, found: PathItemOperation, pathItem: JsonObject): Operation {
  const { method, requestMethod, operation: op } = found;
  // A fixed field is named by its lower-case method (as before 3.2, so ids of inline schemas stay put).
  const at = found.segments.length === 1 ? [method] : found.segments;
  const pointer = `#/paths/${pointerSegment(path)}/${at.map(pointerSegment).join('/')}`;
  const hasOperationId = typeof op.operationId === 'string' && op.operationId.trim() !== '';
  const id = hasOperationId ? (op.operationId as string) : derivedOperationId(method, path);
  const opName = pascalCase(id) || 'Operation';
  const tags = Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [];
  const group = typeof op['x-speakeasy-group'] === 'string' ? op['x-speakeasy-group'] : tags[0];
  const nameOverride = op['x-speakeasy-name-override'];

  const fitted = fitPathParameters(path, mergeParameters(ctx, pathItem.parameters, op.parameters));
  // Before 3.2 a querystring parameter is no parameter at all (buildParameter leaves it out).
  const parameters = (ctx.isOpenApi32 ? fitQueryString(fitted) : fitted).map((p, i) => buildParameter(p, i, pointer, opName, schemas, ctx.isOpenApi32)).filter((p) => p !== undefined);
  const requestBody = buildRequestBody(ctx, schemas, op.requestBody, pointer, opName);
  const responses = buildResponses(ctx, schemas, op.responses, pointer, opName);

  const operation: Operation = {
    id,
    hasOperationId,
    method,
    requestMethod,
    path,
    group,
    methodName: typeof nameOverride === 'string' ? nameOverride : id,
    deprecated: op.deprecated === true,
    tags,
    parameters,
    requestBody,
    responses,
    responseModelId: `op:${id}:response`,
    extensions: Object.fromEntries(Object.entries(op).filter(([k]) => k.startsWith('x-'))),
    source: undefined,
  };
  defineLazySource(operation, () => ctx.locate(op));
  if (typeof op.summary === 'string') operation.summary = op.summary;
  if (typeof op.description === 'string') operation.description = op.description;
  if (Array.isArray(op.security)) operation.security = buildSecurityRequirements(op.security);
  const servers = Array.isArray(op.servers) ? op.servers : Array.isArray(pathItem.servers) ? pathItem.servers : undefined;
  if (servers) operation.servers = buildServers(servers);
  const pagination = buildPagination(op['x-speakeasy-pagination']);
  if (pagination) operation.pagination = pagination;
  const retries = buildRetries(op['x-speakeasy-retries']);
  if (retries) operation.retries = retries;

  if (parameters.length > 0) {
    operation.requestModelId = `op:${id}:request`;
    ctx.models.set(operation.requestModelId, requestWrapper(operation, opName));
    ctx.nameCandidates.set(operation.requestModelId, [[`${opName}Request`]]);
  }
  ctx.models.set(operation.responseModelId, responseWrapper(operation, opName));
  ctx.nameCandidates.set(operation.responseModelId, [[`${opName}Response`]]);
  return operation;
}

function derivedOperationId(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((s) => s.replace(/[{}]/g, ''));
  return [method, ...words].join('_');
}

/**
 * `items`: 3.2 `itemSchema` is read (responses of a 3.2 document); on a sequential media type it
 * types each item of the stream, and `schema` is then not read. Anywhere else it is ignored
 * (validate/rules/item-schema.ts says so).
 */
function mediaContents(ctx: BuildContext, schemas: SchemaConverter, content: unknown, basePointer: string, site: (pointer: string) => SchemaSite, items: boolean): MediaContent[] {
  if (!isObject(content)) return [];
  return Object.entries(content).map(([mediaType, media]) => {
    // 3.2 media types may be `$ref`s to components/mediaTypes.
    const m = ctx.deref(media).value ?? {};
    const sequence = items && m.itemSchema !== undefined ? sequenceFormat(mediaType) : undefined;
    const field = sequence ? 'itemSchema' : 'schema';
    const pointer = `${basePointer}/content/${pointerSegment(mediaType)}/${field}`;
    const type = schemas.convert(m[field], site(pointer));
    const result: MediaContent = { mediaType, type };
    if (sequence) result.sequence = sequence;
    if (isObject(m.encoding)) result.encoding = m.encoding as MediaContent['encoding'];
    if (typeof m['x-speakeasy-sse-sentinel'] === 'string') result.sseSentinel = m['x-speakeasy-sse-sentinel'];
    const extensions = Object.entries(m).filter(([key]) => key.startsWith('x-'));
    if (extensions.length > 0) result.extensions = Object.fromEntries(extensions);
    return result;
  });
}

function buildRequestBody(ctx: BuildContext, schemas: SchemaConverter, node: unknown, opPointer: string, opName: string): RequestBody | undefined {
  const body = ctx.deref(node).value;
  if (!isObject(body)) return undefined;
  const candidates = [[`${opName}RequestBody`]];
  const itemCandidates = [['RequestBody'], [opName, 'RequestBody']];
  // A streamed request body (itemSchema) is not sent item by item: its `schema` is read.
  const site = (pointer: string) => operationSite(pointer, 'Body', opName, candidates, itemCandidates);
  const contents = mediaContents(ctx, schemas, body.content, `${opPointer}/requestBody`, site, false);
  if (contents.length === 0) {
    // Nothing says what to send: no target can write a body, so the operation has none.
    const where = ctx.locate(body, 'content') ?? ctx.locate(body);
    ctx.diagnostics.warning(
      'request-body-no-content',
      'requestBody lists no media type in `content`; the operation is generated without a body (to send one, add e.g. `content: { application/json: { schema: … } }`)',
      where ? { file: where.file, line: where.line, column: where.column, pointer: where.pointer } : { pointer: `${opPointer}/requestBody` },
    );
    return undefined;
  }
  const result: RequestBody = { required: body.required === true, contents };
  if (typeof body.description === 'string') result.description = body.description;
  return result;
}

function buildResponses(ctx: BuildContext, schemas: SchemaConverter, node: unknown, opPointer: string, opName: string): Response[] {
  if (!isObject(node)) return [];
  const entries = Object.entries(node);
  const hasSuccess = entries.some(([code]) => /^2/.test(code));
  return entries.map(([statusCode, raw]) => {
    const { value, ref } = ctx.deref(raw);
    const response = value ?? {};
    const isError = /^[45]/.test(statusCode) || (statusCode === 'default' && hasSuccess);
    const base = `${opPointer}/responses/${pointerSegment(statusCode)}`;
    const candidates = isError ? [[`${opName}${pascalCase(statusCode)}ResponseBody`]] : [[`${opName}ResponseBody`]];
    const itemCandidates = isError ? undefined : [['ResponseBody'], [opName, 'ResponseBody']];
    // An inline schema of components/responses/<Name> is one component, named after the response
    // (`Invitation.Revoked` → `InvitationRevoked`), whichever operations answer with it.
    const component = responseComponentKey(ref);
    const contents =
      component === undefined
        ? mediaContents(ctx, schemas, (response as JsonObject).content, base, (pointer) => operationSite(pointer, 'Body', opName, candidates, itemCandidates), ctx.isOpenApi32)
        : mediaContents(ctx, schemas, (response as JsonObject).content, ref!, (pointer) => componentSite(pointer, component), ctx.isOpenApi32);
    const result: Response = {
      statusCode,
      contents,
      headers: buildHeaders(ctx, schemas, (response as JsonObject).headers, base, opName),
      isError,
    };
    const description = (response as JsonObject).description;
    if (typeof description === 'string') result.description = description;
    return result;
  });
}

const RESPONSE_COMPONENT = /^#\/components\/responses\/([^/]+)$/;

/** `#/components/responses/Invitation.Revoked` → `Invitation.Revoked`; undefined for any other place. */
function responseComponentKey(ref: string | undefined): string | undefined {
  const match = ref === undefined ? null : RESPONSE_COMPONENT.exec(ref);
  return match ? match[1].replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}

function buildHeaders(ctx: BuildContext, schemas: SchemaConverter, node: unknown, base: string, opName: string): ResponseHeader[] {
  if (!isObject(node)) return [];
  return Object.entries(node).map(([name, raw]) => {
    const header = ctx.deref(raw).value ?? {};
    const type = schemas.convert(
      (header as JsonObject).schema,
      operationSite(`${base}/headers/${pointerSegment(name)}/schema`, name, opName, [[pascalCase(name) || 'Header'], [opName, pascalCase(name)]]),
    );
    const result: ResponseHeader = { name, required: (header as JsonObject).required === true, type };
    const description = (header as JsonObject).description;
    if (typeof description === 'string') result.description = description;
    return result;
  });
}

/** `<Op>Request`: every parameter (spec order), then the body as `RequestBody`. */
function requestWrapper(operation: Operation, opName: string): Model {
  const properties: Property[] = operation.parameters.map((parameter) => {
    const property: Property = {
      wireName: parameter.name,
      type: parameter.type,
      required: parameter.required,
      deprecated: parameter.deprecated,
      readOnly: false,
      writeOnly: false,
      location: parameter.in,
      parameter,
    };
    if (parameter.description !== undefined) property.description = parameter.description;
    if (parameter.example) property.example = parameter.example;
    if (parameter.default) property.default = parameter.default;
    return property;
  });
  const body = operation.requestBody;
  if (body && body.contents.length > 0) {
    const property: Property = {
      wireName: 'RequestBody',
      type: body.contents[0].type,
      required: body.required,
      deprecated: false,
      readOnly: false,
      writeOnly: false,
      location: 'body',
    };
    if (body.description !== undefined) property.description = body.description;
    properties.push(property);
  }
  return {
    id: `op:${operation.id}:request`,
    name: '',
    namespace: 'operations',
    origin: 'request',
    deprecated: false,
    shape: { kind: 'object', properties },
    operationId: operation.id,
  };
}

/** `<Op>Response`: the first success body; its field name is set once models are named. */
function responseWrapper(operation: Operation, opName: string): Model {
  const properties: Property[] = [];
  const success = operation.responses.find((r) => !r.isError && r.contents.length > 0);
  if (success) {
    const property: Property = { wireName: '', type: success.contents[0].type, required: false, deprecated: false, readOnly: false, writeOnly: false, location: 'body' };
    if (success.description !== undefined) property.description = success.description;
    properties.push(property);
  }
  return {
    id: operation.responseModelId,
    name: '',
    namespace: 'operations',
    origin: 'response',
    deprecated: false,
    shape: { kind: 'object', properties },
    operationId: operation.id,
  };
}

function buildPagination(node: unknown): Pagination | undefined {
  if (!isObject(node) || (node.type !== 'offsetLimit' && node.type !== 'cursor' && node.type !== 'url')) return undefined;
  return { type: node.type, config: node };
}

export function buildRetries(node: unknown): RetryConfig | undefined {
  if (!isObject(node)) return undefined;
  const backoff = isObject(node.backoff) ? (node.backoff as RetryConfig['backoff']) : undefined;
  return {
    strategy: 'backoff',
    backoff,
    statusCodes: Array.isArray(node.statusCodes) ? node.statusCodes.map(String) : [],
    retryConnectionErrors: node.retryConnectionErrors === true,
  };
}

import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import type { LoadedSpec } from '../../load/types.js';
import type { ApiModel, Operation } from '../model.js';
import { runPasses } from '../passes/index.js';
import { BuildContext, isObject, type JsonObject } from './context.js';
import { pathItemOperations } from '../../load/path-item-operations.js';
import { buildOperation, buildRetries } from './operation.js';
import { buildGroups } from './groups.js';
import { SchemaConverter } from './schema.js';
import { buildSecurityRequirements, buildSecuritySchemes, buildServers } from './servers-security.js';

/** Loaded document → IR with every model named: the builder reads, then the passes (ir/passes/) run in order. */
export function buildModel(loaded: LoadedSpec, diagnostics: Diagnostics): ApiModel {
  const ctx = new BuildContext(loaded, diagnostics);
  const doc = ctx.document;
  const schemas = new SchemaConverter(ctx);
  const operations = buildOperations(ctx, schemas);
  schemas.declareComponents();

  const info = isObject(doc.info) ? doc.info : {};
  const components = isObject(doc.components) ? doc.components : {};
  const api: ApiModel = {
    info: {
      title: typeof info.title === 'string' ? info.title : 'API',
      version: typeof info.version === 'string' ? info.version : '',
      ...(typeof info.summary === 'string' ? { summary: info.summary } : {}),
      ...(typeof info.description === 'string' ? { description: info.description } : {}),
    },
    servers: Array.isArray(doc.servers) ? buildServers(doc.servers) : [],
    securitySchemes: buildSecuritySchemes(components.securitySchemes, (n) => ctx.deref(n).value),
    security: Array.isArray(doc.security) ? buildSecurityRequirements(doc.security) : [],
    models: [...ctx.models.values()],
    operations,
    groups: buildGroups(operations, doc.tags, ctx.isOpenApi32),
  };
  if (ctx.isOpenApi32 && typeof doc.$self === 'string') api.self = doc.$self;
  // Only a backoff policy is a default; `strategy: none` at the top means no retries.
  const retries = isObject(doc['x-speakeasy-retries']) && doc['x-speakeasy-retries'].strategy === 'backoff' ? buildRetries(doc['x-speakeasy-retries']) : undefined;
  if (retries) api.retries = retries;
  runPasses(api, ctx.nameCandidates);
  return api;
}

function buildOperations(ctx: BuildContext, schemas: SchemaConverter): Operation[] {
  const paths = ctx.document.paths;
  if (!isObject(paths)) return [];
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = ctx.deref(rawItem).value;
    if (!isObject(item)) continue;
    for (const found of pathItemOperations(item, ctx.loaded.sourceVersion)) operations.push(buildOperation(ctx, schemas, path, found, item));
  }
  return operations;
}

export type { JsonObject };

import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import type { LoadedSpec } from '../../load/types.js';
import type { ApiModel, Group, Model, Operation } from '../model.js';
import { assignNames } from '../naming/assign-names.js';
import { borrowUseSiteDescription } from '../passes/use-site-descriptions.js';
import { modelIds, walkModelsInUseOrder } from '../walk.js';
import { BuildContext, isObject, type JsonObject } from './context.js';
import { buildOperation, buildRetries, HTTP_METHODS } from './operation.js';
import type { HttpMethod } from '../model.js';
import { SchemaConverter } from './schema.js';
import { buildSecurityRequirements, buildSecuritySchemes, buildServers } from './servers-security.js';

/** Loaded document → IR with every model named. */
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
    groups: buildGroups(operations, doc.tags),
  };
  // Only a backoff policy is a default; `strategy: none` at the top means no retries.
  const retries = isObject(doc['x-speakeasy-retries']) && doc['x-speakeasy-retries'].strategy === 'backoff' ? buildRetries(doc['x-speakeasy-retries']) : undefined;
  if (retries) api.retries = retries;
  placeErrorModels(api);
  const reachable: Model[] = [];
  walkModelsInUseOrder(api, (model, use) => {
    reachable.push(model);
    borrowUseSiteDescription(model, use);
  });
  // Schemas no operation reaches are not generated (x-speakeasy-include opts one in).
  const kept = new Set(reachable);
  api.models = api.models.filter((m) => kept.has(m));
  assignNames(api, reachable);
  nameResponseBodyFields(api);
  return api;
}

function buildOperations(ctx: BuildContext, schemas: SchemaConverter): Operation[] {
  const paths = ctx.document.paths;
  if (!isObject(paths)) return [];
  const operations: Operation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = ctx.deref(rawItem).value;
    if (!isObject(item)) continue;
    // Methods in the order they are written: it decides which inline schema gets a short name.
    for (const [key, op] of Object.entries(item)) {
      const method = key.toLowerCase() as HttpMethod;
      if (HTTP_METHODS.includes(method) && isObject(op)) operations.push(buildOperation(ctx, schemas, path, method, item, op));
    }
  }
  return operations;
}

function buildGroups(operations: Operation[], tags: unknown): Group[] {
  const tagDescriptions = new Map<string, string>();
  if (Array.isArray(tags)) {
    for (const tag of tags) {
      if (isObject(tag) && typeof tag.name === 'string' && typeof tag.description === 'string') tagDescriptions.set(tag.name, tag.description);
    }
  }
  const groups = new Map<string, Group>();
  for (const op of operations) {
    if (op.group === undefined) continue;
    let group = groups.get(op.group);
    if (!group) {
      group = { name: op.group, operationIds: [] };
      const description = tagDescriptions.get(op.group);
      if (description !== undefined) group.description = description;
      groups.set(op.group, group);
    }
    group.operationIds.push(op.id);
  }
  return [...groups.values()];
}

/** A schema answered as an error body lives with the errors, and so do its inline parts. */
function placeErrorModels(api: ApiModel): void {
  const byId = new Map(api.models.map((m) => [m.id, m]));
  const errorRoots = new Set<string>();
  const successRoots = new Set<string>();
  for (const op of api.operations) {
    for (const response of op.responses) {
      for (const content of response.contents) {
        for (const id of modelIds(content.type)) (response.isError ? errorRoots : successRoots).add(id);
      }
    }
  }
  for (const id of errorRoots) {
    const root = byId.get(id);
    if (!root || successRoots.has(id) || root.shape.kind !== 'object') continue;
    for (const model of api.models) {
      if (model.id === id || (model.id.startsWith(`${id}/`) && model.origin === 'inline')) model.namespace = 'errors';
    }
  }
}

/** The wrapper field holding the body is named after the body's class, as the reference does. */
function nameResponseBodyFields(api: ApiModel): void {
  const byId = new Map<string, Model>(api.models.map((m) => [m.id, m]));
  for (const op of api.operations) {
    const wrapper = byId.get(op.responseModelId);
    const body = wrapper?.shape.kind === 'object' ? wrapper.shape.properties[0] : undefined;
    if (!body) continue;
    const type = body.type;
    if (type.kind === 'model') {
      const model = byId.get(type.id)!;
      body.wireName = model.origin === 'component' ? model.name : 'object';
    } else if (type.kind === 'array') body.wireName = 'responseBodies';
    else if (type.kind === 'string' && type.format === 'binary') body.wireName = 'responseStream';
    else body.wireName = 'res';
  }
}

export type { JsonObject };

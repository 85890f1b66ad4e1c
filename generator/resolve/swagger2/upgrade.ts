import type { Provenance } from '../../load/provenance.js';
import { asObject, built, JSON_MEDIA_TYPE, stringList, type Json, type UpgradeContext } from './context.js';
import { convertPathItem } from './operations.js';
import { bodyRequest, convertParameter } from './parameters.js';
import { convertResponse } from './responses.js';
import { finishUpgrade } from './schema-fixes.js';
import { convertSecurityDefinitions } from './security.js';
import { buildServers } from './servers.js';

export const UPGRADED_VERSION = '3.0.3';

const SERVER_FIELDS = new Set(['host', 'basePath', 'schemes']);
const COMPONENT_FIELDS = new Set(['definitions', 'parameters', 'responses', 'securityDefinitions']);

/**
 * Rewrites a (bundled) Swagger 2.0 document into the OpenAPI 3.0 shape the later stages read.
 * New objects are located where the 2.0 construct they come from was written.
 */
export function upgradeSwagger2(doc: Json, provenance: Provenance): Json {
  const ctx: UpgradeContext = {
    provenance,
    consumes: stringList(doc.consumes) ?? [JSON_MEDIA_TYPE],
    produces: stringList(doc.produces) ?? [JSON_MEDIA_TYPE],
    parameterDefinitions: asObject(doc.parameters) ?? {},
  };
  const out = built(ctx, doc);
  out.openapi = UPGRADED_VERSION;
  provenance.setMemberOrigin(out, 'openapi', provenance.memberOrigin(doc, 'swagger'));
  let serversDone = false;
  for (const key of Object.keys(doc)) {
    if (key === 'swagger' || key === 'consumes' || key === 'produces' || COMPONENT_FIELDS.has(key)) continue;
    if (SERVER_FIELDS.has(key)) {
      if (!serversDone) addServers(ctx, doc, out);
      serversDone = true;
    } else if (key === 'paths' && asObject(doc.paths)) {
      out.paths = convertPaths(ctx, doc.paths as Json);
    } else {
      provenance.moveMember(doc, key, out);
    }
  }
  const bodyParameters = new Set<string>();
  const components = buildComponents(ctx, doc, bodyParameters);
  if (components) out.components = components;
  finishUpgrade(out, bodyParameters, provenance);
  return out;
}

function addServers(ctx: UpgradeContext, doc: Json, out: Json): void {
  const servers = buildServers(ctx, doc);
  if (servers) out.servers = servers;
}

function convertPaths(ctx: UpgradeContext, paths: Json): Json {
  const out = built(ctx, paths);
  for (const key of Object.keys(paths)) {
    const item = asObject(paths[key]);
    if (item && !key.startsWith('x-')) out[key] = convertPathItem(ctx, item);
    else ctx.provenance.moveMember(paths, key, out);
  }
  return out;
}

function buildComponents(ctx: UpgradeContext, doc: Json, bodyParameters: Set<string>): Json | undefined {
  const { provenance } = ctx;
  const components = built(ctx, doc);
  const definitions = asObject(doc.definitions);
  if (definitions) provenance.moveMember(doc, 'definitions', components, 'schemas');

  const parameters = built(ctx, doc.parameters);
  const requestBodies = built(ctx, doc.parameters);
  for (const [name, value] of Object.entries(ctx.parameterDefinitions)) {
    const param = asObject(value);
    if (!param) continue;
    if (param.in === 'body') {
      bodyParameters.add(name);
      requestBodies[name] = bodyRequest(ctx, param, ctx.consumes);
    } else if (param.in !== 'formData') {
      // Form fields only exist inside a request body; operations that use them inline them.
      parameters[name] = convertParameter(ctx, param);
    }
  }
  if (Object.keys(parameters).length > 0) components.parameters = parameters;
  if (Object.keys(requestBodies).length > 0) components.requestBodies = requestBodies;

  const responses = asObject(doc.responses);
  if (responses) {
    const converted = built(ctx, responses);
    for (const [name, value] of Object.entries(responses)) {
      const response = asObject(value);
      converted[name] = response ? convertResponse(ctx, response, ctx.produces) : value;
    }
    components.responses = converted;
  }
  const security = asObject(doc.securityDefinitions);
  if (security) components.securitySchemes = convertSecurityDefinitions(ctx, security);
  return Object.keys(components).length > 0 ? components : undefined;
}

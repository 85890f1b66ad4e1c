import type { OAuthFlows, SecurityRequirement, SecurityScheme, Server } from '../model.js';
import { isObject, type JsonObject } from './context.js';

export function buildServers(list: unknown[]): Server[] {
  return list.filter(isObject).map((server) => {
    const variables = isObject(server.variables) ? server.variables : {};
    const result: Server = {
      url: typeof server.url === 'string' ? server.url : '/',
      variables: Object.entries(variables)
        .map(([name, v]) => {
          const variable = isObject(v) ? v : {};
          return {
            name,
            default: variable.default === undefined ? '' : String(variable.default),
            ...(Array.isArray(variable.enum) ? { enum: variable.enum.map(String) } : {}),
            ...(typeof variable.description === 'string' ? { description: variable.description } : {}),
          };
        })
        .concat(undeclaredVariables(server.url, variables)),
    };
    if (typeof server.description === 'string') result.description = server.description;
    if (typeof server['x-speakeasy-server-id'] === 'string') result.id = server['x-speakeasy-server-id'];
    return result;
  });
}

/**
 * `{name}`s of a server URL that `variables` does not declare (validate/rules/server-variables.ts
 * warns): offered as variables all the same, with no default. The model has no "required"
 * variable, so the value stands in as `{name}`: unset, the URL stays as the spec wrote it.
 */
function undeclaredVariables(url: unknown, declared: JsonObject): Server['variables'] {
  if (typeof url !== 'string') return [];
  const names = new Set([...url.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]));
  return [...names]
    .filter((name) => !Object.prototype.hasOwnProperty.call(declared, name))
    .map((name) => ({ name, default: `{${name}}`, description: `Not declared by the spec's server variables: it has no default; set it.` }));
}

export function buildSecurityRequirements(list: unknown[]): SecurityRequirement[] {
  return list.filter(isObject).map((requirement) => ({
    schemes: Object.entries(requirement).map(([key, scopes]) => ({
      key,
      scopes: Array.isArray(scopes) ? scopes.map(String) : [],
    })),
  }));
}

export function buildSecuritySchemes(node: unknown, deref: (n: unknown) => unknown): SecurityScheme[] {
  if (!isObject(node)) return [];
  const schemes: SecurityScheme[] = [];
  for (const [key, raw] of Object.entries(node)) {
    const s = deref(raw);
    if (!isObject(s)) continue;
    const description = typeof s.description === 'string' ? { description: s.description } : {};
    if (s.type === 'http') {
      schemes.push({ key, type: 'http', scheme: String(s.scheme ?? 'bearer').toLowerCase(), ...(typeof s.bearerFormat === 'string' ? { bearerFormat: s.bearerFormat } : {}), ...description });
    } else if (s.type === 'apiKey' && (s.in === 'header' || s.in === 'query' || s.in === 'cookie')) {
      schemes.push({ key, type: 'apiKey', in: s.in, name: String(s.name ?? key), ...description });
    } else if (s.type === 'oauth2') {
      schemes.push({ key, type: 'oauth2', flows: oauthFlows(s.flows), ...description });
    } else if (s.type === 'openIdConnect') {
      schemes.push({ key, type: 'openIdConnect', url: String(s.openIdConnectUrl ?? ''), ...description });
    }
  }
  return schemes;
}

function oauthFlows(node: unknown): OAuthFlows {
  const flows: OAuthFlows = {};
  if (!isObject(node)) return flows;
  const scopes = (f: JsonObject) => (isObject(f.scopes) ? (Object.fromEntries(Object.entries(f.scopes).map(([k, v]) => [k, String(v)])) as Record<string, string>) : {});
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  if (isObject(node.clientCredentials)) flows.clientCredentials = { tokenUrl: str(node.clientCredentials.tokenUrl), scopes: scopes(node.clientCredentials) };
  if (isObject(node.authorizationCode)) {
    const f = node.authorizationCode;
    flows.authorizationCode = { authorizationUrl: str(f.authorizationUrl), tokenUrl: str(f.tokenUrl), scopes: scopes(f) };
  }
  if (isObject(node.implicit)) flows.implicit = { authorizationUrl: str(node.implicit.authorizationUrl), scopes: scopes(node.implicit) };
  if (isObject(node.password)) flows.password = { tokenUrl: str(node.password.tokenUrl), scopes: scopes(node.password) };
  return flows;
}

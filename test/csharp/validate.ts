/**
 * Checks a request against its operation in the IR: path parameters filled, required query
 * parameters and headers present, no query parameter the operation does not declare,
 * credentials sent, and a body of the declared media type whose JSON has the required keys and
 * no key the schema does not know. Problems are returned as text.
 */
import type { ApiModel, Model, Operation, Parameter, TypeRef } from '../../generator/ir/model.js';

export interface SeenRequest {
  method: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  params: Record<string, string>;
}

export function validate(api: ApiModel, operation: Operation, request: SeenRequest): string[] {
  const problems: string[] = [];
  const byId = new Map(api.models.map((m) => [m.id, m]));
  const declaredQuery = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  const keyNames = new Set(api.securitySchemes.flatMap((s) => (s.type === 'apiKey' && s.in === 'query' ? [s.name] : [])));
  for (const p of operation.parameters) {
    if (p.in === 'path' && !request.params[p.name]) problems.push(`path parameter ${p.name} is empty`);
    if (p.in === 'query' && p.required && !hasQuery(request.query, p)) problems.push(`required query parameter ${p.name} missing`);
    if (p.in === 'header' && p.required && request.headers[p.name.toLowerCase()] === undefined) problems.push(`required header ${p.name} missing`);
  }
  // Next-page URLs of URL pagination carry whatever query the server put in them.
  const serverQuery = operation.pagination?.type === 'url';
  for (const key of serverQuery ? [] : new Set(request.query.keys())) {
    const base = key.replace(/\[.*$/, '');
    const exploded = operation.parameters.some((p) => p.in === 'query' && p.explode && p.type.kind === 'model');
    if (!declaredQuery.has(base) && !keyNames.has(key) && !exploded) problems.push(`undeclared query parameter ${key}`);
  }
  const security = operation.security ?? api.security;
  if (security.length > 0 && !security.some((r) => r.schemes.length === 0) && request.headers.authorization === undefined) {
    const usesKeys = security.some((r) => r.schemes.some((s) => api.securitySchemes.find((x) => x.key === s.key)?.type === 'apiKey'));
    if (!usesKeys) problems.push('no Authorization header');
  }
  const body = operation.requestBody;
  if (body && body.contents.length > 0) {
    const content = body.contents[0];
    const sent = String(request.headers['content-type'] ?? '');
    if (request.body.length === 0) {
      if (body.required) problems.push('required body missing');
    } else if (!sent.toLowerCase().startsWith(content.mediaType.toLowerCase().split(';')[0])) {
      problems.push(`body sent as ${sent}, declared ${content.mediaType}`);
    } else if (/json/.test(content.mediaType)) {
      try {
        problems.push(...checkJson(JSON.parse(request.body.toString('utf8')), content.type, byId, 'body'));
      } catch {
        problems.push('body is not JSON');
      }
    }
  }
  return problems;
}

function hasQuery(query: URLSearchParams, p: Parameter): boolean {
  if (query.has(p.name)) return true;
  if (p.style === 'deepObject') return [...query.keys()].some((k) => k.startsWith(`${p.name}[`));
  // An exploded form object sends its properties as keys of their own.
  return p.style === 'form' && p.explode && p.type.kind === 'model' && query.size > 0;
}

/** Required keys present, no unknown keys (unless the schema allows them), one level deep. */
function checkJson(value: unknown, type: TypeRef, byId: Map<string, Model>, at: string): string[] {
  if (type.kind !== 'model') return [];
  const model = byId.get(type.id);
  if (!model || model.shape.kind !== 'object' || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const shape = model.shape;
  const problems: string[] = [];
  const known = new Set(shape.properties.map((p) => p.wireName));
  for (const p of shape.properties) if (p.required && !(p.wireName in value)) problems.push(`${at}.${p.wireName} (required) missing`);
  if (!shape.additionalProperties) for (const key of Object.keys(value)) if (!known.has(key)) problems.push(`${at}.${key} is not in the schema`);
  return problems;
}

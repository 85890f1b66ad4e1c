/**
 * Checks one received request against its operation in the IR: every parameter where its
 * style puts it, with the expected value; no undeclared query parameters; credentials when the
 * operation needs them; the body with the declared content type, shape and expected value.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ApiModel, Operation, TypeRef } from '../../../generator/ir/model.js';
import type { ExpectedRequest } from './expected.js';
import { deepNormalize, normalize, parseHeader, parsePath, parseQuery, queryPairs, shapeOf, type Parsed } from './parse-params.js';

export interface Received {
  method: string;
  /** Path and query as sent, percent-encoded. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** Values of the `{name}` path segments, still encoded. */
  pathSegments: Record<string, string>;
}

export async function checkRequest(api: ApiModel, op: Operation, expected: ExpectedRequest, r: Received): Promise<string[]> {
  const problems: string[] = [];
  const models = new Map(api.models.map((m) => [m.id, m]));
  const query = r.url.includes('?') ? r.url.slice(r.url.indexOf('?') + 1) : '';
  const pairs = queryPairs(query);
  const cookies = parseCookies(header(r, 'cookie'));
  const allowedQuery = new Set<string>(api.securitySchemes.flatMap((s) => (s.type === 'apiKey' && s.in === 'query' ? [s.name] : [])));
  for (const p of op.parameters) {
    const kind = shapeOf(p, models as never);
    const raw = p.contentType ? JSON.stringify(expected.params.get(p)) : expected.params.get(p);
    const want = p.style === 'deepObject' ? deepNormalize(raw) : normalize(raw, kind);
    const objectKeys = kind === 'object' && typeof want === 'object' && !Array.isArray(want) ? Object.keys(want) : [];
    let got: Parsed;
    if (p.in === 'path') got = r.pathSegments[p.name] === undefined ? undefined : parsePath(p, r.pathSegments[p.name], kind);
    else if (p.in === 'query') {
      got = parseQuery(p, pairs, kind, objectKeys);
      allowedQuery.add(p.name);
      for (const k of objectKeys) allowedQuery.add(k);
    } else if (p.in === 'header') got = parseHeader(p, header(r, p.name.toLowerCase()), kind);
    else got = cookies.get(p.name);
    if (!isDeepStrictEqual(got, want)) problems.push(`${p.in} parameter ${p.name}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  for (const [key] of pairs) {
    if (!allowedQuery.has(key) && !key.includes('[')) problems.push(`undeclared query parameter ${key}`);
  }
  problems.push(...checkSecurity(api, op, r));
  problems.push(...(await checkBody(api, op, expected, r)));
  return problems;
}

function header(r: Received, name: string): string | undefined {
  const v = r.headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

function parseCookies(raw: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (raw ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return out;
}

function checkSecurity(api: ApiModel, op: Operation, r: Received): string[] {
  const requirements = op.security ?? api.security;
  if (requirements.length === 0 || requirements.some((req) => req.schemes.length === 0)) return [];
  const satisfied = requirements.some((req) =>
    req.schemes.every(({ key }) => {
      const s = api.securitySchemes.find((x) => x.key === key);
      if (!s) return false;
      if (s.type === 'apiKey')
        return s.in === 'header'
          ? header(r, s.name.toLowerCase()) !== undefined
          : s.in === 'query'
            ? r.url.includes(`${encodeURIComponent(s.name)}=`)
            : (header(r, 'cookie') ?? '').includes(`${s.name}=`);
      return (header(r, 'authorization') ?? '') !== '';
    }),
  );
  return satisfied ? [] : ['no credentials for any security requirement'];
}

async function checkBody(api: ApiModel, op: Operation, expected: ExpectedRequest, r: Received): Promise<string[]> {
  const content = op.requestBody?.contents[0];
  if (!content || expected.body === undefined) return r.body.length > 0 ? ['unexpected request body'] : [];
  const contentType = header(r, 'content-type') ?? '';
  const media = content.mediaType.toLowerCase();
  if (!media.includes('*') && !contentType.toLowerCase().startsWith(media)) return [`content-type ${contentType}, expected ${content.mediaType}`];
  const text = r.body.toString('utf8');
  if (media.includes('json')) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [`body is not JSON: ${text.slice(0, 80)}`];
    }
    const problems = shapeProblems(api, content.type, body, '$');
    if (!isDeepStrictEqual(body, expected.body)) problems.push(`body: expected ${JSON.stringify(expected.body).slice(0, 300)}, got ${text.slice(0, 300)}`);
    return problems;
  }
  if (media.startsWith('multipart/')) {
    const form = await new Response(new Uint8Array(r.body), { headers: { 'content-type': contentType } }).formData();
    const problems: string[] = [];
    for (const [key, value] of Object.entries(expected.body as object)) {
      const got = form.get(key);
      if (got === null) problems.push(`multipart field ${key} missing`);
      else if (typeof got === 'string' && typeof value !== 'object' && got !== String(value)) problems.push(`multipart field ${key}: expected ${String(value)}, got ${got}`);
    }
    return problems;
  }
  if (media === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(text);
    return Object.entries(expected.body as object)
      .filter(([k, v]) => typeof v !== 'object' && form.get(k) !== String(v))
      .map(([k, v]) => `form field ${k}: expected ${String(v)}, got ${form.get(k)}`);
  }
  return text === String(expected.body) ? [] : [`body: expected ${String(expected.body)}, got ${text.slice(0, 80)}`];
}

/** The body against the declared type: required fields, JSON types (an independent check of the shape). */
export function shapeProblems(api: ApiModel, t: TypeRef, value: unknown, path: string): string[] {
  if (value === null) return t.nullable || t.kind === 'any' || t.kind === 'null' ? [] : t.kind === 'model' ? [] : [`${path}: null`];
  switch (t.kind) {
    case 'string':
      return typeof value === 'string' ? [] : [`${path}: not a string`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: not an integer`];
    case 'number':
      return typeof value === 'number' ? [] : [`${path}: not a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: not a boolean`];
    case 'array':
      return Array.isArray(value) ? value.flatMap((v, i) => shapeProblems(api, t.items, v, `${path}[${i}]`)) : [`${path}: not an array`];
    case 'map':
      return typeof value === 'object' ? Object.entries(value as object).flatMap(([k, v]) => shapeProblems(api, t.values, v, `${path}.${k}`)) : [`${path}: not an object`];
    case 'model': {
      const m = api.models.find((x) => x.id === t.id);
      if (!m || m.shape.kind !== 'object') return [];
      if (typeof value !== 'object' || Array.isArray(value)) return [`${path}: not an object`];
      return m.shape.properties.flatMap((p) => {
        const v = (value as Record<string, unknown>)[p.wireName];
        if (v === undefined) return p.required ? [`${path}.${p.wireName}: required`] : [];
        return shapeProblems(api, p.type, v, `${path}.${p.wireName}`);
      });
    }
    default:
      return [];
  }
}

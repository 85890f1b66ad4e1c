/**
 * The server's own reading of OpenAPI parameter serialization, written independently of the
 * SDK runtime: it turns the raw text back into values (strings, arrays of strings, or objects
 * of strings) so they can be compared with what the test meant to send.
 */
import type { Parameter } from '../../../generator/ir/model.js';

export type Parsed = string | string[] | Record<string, string> | Deep | undefined;

/** A deepObject value: nested objects and arrays of strings. */
export type Deep = string | Deep[] | { [key: string]: Deep };

/** A value as the server can see it: every scalar becomes its text. */
export function normalize(value: unknown, kind: 'scalar' | 'array' | 'object'): Parsed {
  if (value === undefined || value === null) return undefined;
  if (kind === 'array') return (value as unknown[]).map(text);
  if (kind === 'object')
    return Object.fromEntries(
      Object.entries(value as object)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, text(v)]),
    );
  return text(value);
}

function text(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

export function shapeOf(p: Parameter, models: Map<string, { shape: { kind: string } }>): 'scalar' | 'array' | 'object' {
  if (p.contentType) return 'scalar';
  const t = p.type;
  if (t.kind === 'array') return 'array';
  if (t.kind === 'map') return 'object';
  if (t.kind === 'model' && models.get(t.id)?.shape.kind === 'object') return 'object';
  return 'scalar';
}

const decode = (s: string) => decodeURIComponent(s);

function fromList(items: string[], kind: 'scalar' | 'array' | 'object', explodedPairs: boolean): Parsed {
  if (kind === 'scalar') return items.join(',');
  if (kind === 'array') return items;
  const out: Record<string, string> = {};
  if (explodedPairs) for (const item of items) out[item.slice(0, item.indexOf('='))] = item.slice(item.indexOf('=') + 1);
  else for (let i = 0; i + 1 < items.length; i += 2) out[items[i]] = items[i + 1];
  return out;
}

/** A path segment (still percent-encoded) for style simple, label or matrix. */
export function parsePath(p: Parameter, raw: string, kind: 'scalar' | 'array' | 'object'): Parsed {
  if (p.style === 'label') {
    if (!raw.startsWith('.')) return undefined;
    const body = raw.slice(1);
    const items = (p.explode && kind !== 'scalar' ? body.split('.') : body.split(',')).map(decode);
    return kind === 'scalar' ? decode(body) : fromList(items, kind, p.explode);
  }
  if (p.style === 'matrix') {
    const parts = raw
      .split(';')
      .filter(Boolean)
      .map((x) => [decode(x.slice(0, x.indexOf('='))), x.slice(x.indexOf('=') + 1)] as const);
    if (kind === 'object' && p.explode) return Object.fromEntries(parts.map(([k, v]) => [k, decode(v)]));
    const mine = parts.filter(([k]) => k === p.name).map(([, v]) => v);
    if (kind === 'array' && p.explode) return mine.map(decode);
    const items = (mine[0] ?? '').split(',').map(decode);
    return kind === 'scalar' ? decode(mine[0] ?? '') : fromList(items, kind, false);
  }
  if (kind === 'scalar') return decode(raw);
  return fromList(raw.split(',').map(decode), kind, p.explode);
}

/** Query pairs (decoded) → the value of one parameter. */
export function parseQuery(p: Parameter, pairs: [string, string][], kind: 'scalar' | 'array' | 'object', objectKeys: string[]): Parsed {
  const own = pairs.filter(([k]) => k === p.name).map(([, v]) => v);
  if (p.style === 'deepObject') return parseDeepObject(p.name, pairs);
  if (kind === 'object' && p.explode && p.style === 'form') {
    const entries = pairs.filter(([k]) => objectKeys.includes(k));
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  if (own.length === 0) return undefined;
  if (kind === 'scalar') return own[0];
  if (kind === 'array' && p.explode && p.style === 'form') return own;
  const separator = p.style === 'spaceDelimited' ? ' ' : p.style === 'pipeDelimited' ? '|' : ',';
  return fromList(own[0].split(separator), kind, false);
}

/** A header value (style simple). */
export function parseHeader(p: Parameter, raw: string | undefined, kind: 'scalar' | 'array' | 'object'): Parsed {
  if (raw === undefined) return undefined;
  if (kind === 'scalar') return raw;
  return fromList(raw.split(','), kind, p.explode);
}

/** Decoded `[key, value]` pairs of a query string, in order. */
export function queryPairs(query: string): [string, string][] {
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const i = pair.indexOf('=');
      const [k, v] = i === -1 ? [pair, ''] : [pair.slice(0, i), pair.slice(i + 1)];
      return [decode(k.replace(/\+/g, ' ')), decode(v.replace(/\+/g, ' '))];
    });
}

/**
 * `name[a][b]=v` pairs → `{ a: { b: "v" } }`; a key that repeats collects an array. (Whether a
 * single value was an array cannot be told from the text: compare with `deepNormalize`.)
 */
function parseDeepObject(name: string, pairs: [string, string][]): Deep | undefined {
  const root: { [key: string]: Deep } = {};
  let found = false;
  for (const [key, value] of pairs) {
    if (!key.startsWith(`${name}[`)) continue;
    found = true;
    const path = [...key.slice(name.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
    let node = root;
    path.forEach((segment, i) => {
      if (i === path.length - 1) {
        const existing = node[segment];
        node[segment] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing as string, value];
      } else node = (node[segment] ??= {}) as { [key: string]: Deep };
    });
  }
  return found ? root : undefined;
}

/** An expected deepObject value as the parser sees it: strings at the leaves, one-item arrays unwrapped. */
export function deepNormalize(value: unknown, nested = false): Deep | undefined {
  if (value === undefined) return undefined;
  // A null inside the object is sent as an empty value (`p[a]=`).
  if (value === null) return nested ? '' : undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => deepNormalize(v, true)).filter((x): x is Deep => x !== undefined);
    return items.length === 1 ? items[0] : items;
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Deep } = {};
    for (const [k, v] of Object.entries(value)) {
      const n = deepNormalize(v, true);
      if (n !== undefined) out[k] = n;
    }
    return out;
  }
  return String(value);
}

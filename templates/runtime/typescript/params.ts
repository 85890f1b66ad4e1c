/**
 * Serializes parameters the way OpenAPI's `style` / `explode` define them (RFC 6570 flavoured):
 *
 * | style          | primitive | array [a,b]                 | object {x:1,y:2}                     |
 * | -------------- | --------- | --------------------------- | ------------------------------------ |
 * | simple         | a         | a,b                         | x,1,y,2   (explode: x=1,y=2)         |
 * | label          | .a        | .a,b      (explode: .a.b)   | .x,1,y,2  (explode: .x=1.y=2)        |
 * | matrix         | ;p=a      | ;p=a,b    (explode: ;p=a;p=b) | ;p=x,1,y,2 (explode: ;x=1;y=2)     |
 * | form           | p=a       | p=a,b     (explode: p=a&p=b)  | p=x,1,y,2 (explode: x=1&y=2)       |
 * | spaceDelimited | -         | p=a%20b                     | p=x%201%20y%202                      |
 * | pipeDelimited  | -         | p=a|b                       | p=x|1|y|2                            |
 * | deepObject     | -         | p=a&p=b                     | p[x]=1&p[y]=2 (nested: p[x][z]=…)    |
 *
 * Values are model values already turned into their wire form (`X$toWire`); undefined is
 * omitted, null becomes an empty value.
 */
export type ParamStyle = "form" | "simple" | "label" | "matrix" | "spaceDelimited" | "pipeDelimited" | "deepObject";
/** `querystring` (OpenAPI 3.2): one parameter that is the whole query string. */
export type ParamLocation = "path" | "query" | "querystring" | "header" | "cookie";

export interface ParamEncoding {
  name: string;
  style: ParamStyle;
  explode: boolean;
  /** Query only: leave RFC 3986 reserved characters unencoded. */
  allowReserved?: boolean;
  /** The parameter is declared with `content: application/json`: its value is sent as JSON text. */
  json?: boolean;
}

type Pair = [string, string];

/** Text replacing `{name}` in the path, percent-encoded. */
export function encodePathParam(p: ParamEncoding, value: unknown): string {
  const enc = (s: string) => encodeURIComponent(s);
  const v = prepare(p, value);
  if (v === undefined) return "";
  const name = enc(p.name);
  if (Array.isArray(v)) {
    const items = v.map((x) => enc(scalar(x)));
    if (p.style === "label") return "." + items.join(p.explode ? "." : ",");
    if (p.style === "matrix") return p.explode ? items.map((x) => `;${name}=${x}`).join("") : `;${name}=${items.join(",")}`;
    return items.join(",");
  }
  if (isObject(v)) {
    const pairs = entries(v).map(([k, x]): Pair => [enc(k), enc(scalar(x))]);
    if (p.style === "label") return "." + (p.explode ? pairs.map(([k, x]) => `${k}=${x}`).join(".") : pairs.flat().join(","));
    if (p.style === "matrix") return p.explode ? pairs.map(([k, x]) => `;${k}=${x}`).join("") : `;${name}=${pairs.flat().join(",")}`;
    return p.explode ? pairs.map(([k, x]) => `${k}=${x}`).join(",") : pairs.flat().join(",");
  }
  const text = enc(scalar(v));
  if (p.style === "label") return `.${text}`;
  if (p.style === "matrix") return `;${name}=${text}`;
  return text;
}

/** `key=value` pairs of a query parameter, percent-encoded, ready to join with `&`. */
export function encodeQueryParam(p: ParamEncoding, value: unknown): string[] {
  const enc = p.allowReserved ? encodeReserved : encodeURIComponent;
  const v = prepare(p, value);
  if (v === undefined) return [];
  const name = enc(p.name);
  if (p.style === "deepObject") return deepPairs(p.name, v).map(([k, x]) => `${encodeDeepKey(k)}=${enc(x)}`);
  if (Array.isArray(v)) {
    if (v.length === 0) return [];
    const items = v.map((x) => enc(scalar(x)));
    if (p.explode && p.style === "form") return items.map((x) => `${name}=${x}`);
    return [`${name}=${items.join(separator(p.style))}`];
  }
  if (isObject(v)) {
    const pairs = entries(v).map(([k, x]): Pair => [enc(k), enc(scalar(x))]);
    if (pairs.length === 0) return [];
    if (p.explode && p.style === "form") return pairs.map(([k, x]) => `${k}=${x}`);
    return [`${name}=${pairs.flat().join(separator(p.style))}`];
  }
  return [`${name}=${enc(scalar(v))}`];
}

/**
 * The pairs of a `querystring` parameter, the whole query string: an object is written as form
 * fields (each property exploded as a form-style query parameter, nested objects as JSON), a
 * string as it is (only characters a query cannot hold are encoded), and with `json` the value
 * as JSON text.
 */
export function encodeQueryString(p: ParamEncoding, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (p.json) return [encodeURIComponent(JSON.stringify(value))];
  if (typeof value === "string") return value === "" ? [] : [encodeURI(value).replace(/#/g, "%23")];
  if (!isObject(value)) return [encodeURIComponent(scalar(value))];
  return entries(value).flatMap(([k, x]) => encodeQueryParam({ name: k, style: "form", explode: true }, isObject(x) ? JSON.stringify(x) : x));
}

/** Header value (style simple), or undefined to send no header. */
export function encodeHeaderParam(p: ParamEncoding, value: unknown): string | undefined {
  const v = prepare(p, value);
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map(scalar).join(",");
  if (isObject(v)) {
    const pairs = entries(v).map(([k, x]): Pair => [k, scalar(x)]);
    return p.explode ? pairs.map(([k, x]) => `${k}=${x}`).join(",") : pairs.flat().join(",");
  }
  return scalar(v);
}

/** `name=value` cookie pairs (style form), values percent-encoded. */
export function encodeCookieParam(p: ParamEncoding, value: unknown): string[] {
  const v = prepare(p, value);
  if (v === undefined) return [];
  const enc = encodeURIComponent;
  if (Array.isArray(v)) {
    if (v.length === 0) return [];
    return p.explode ? v.map((x) => `${p.name}=${enc(scalar(x))}`) : [`${p.name}=${v.map((x) => enc(scalar(x))).join(",")}`];
  }
  if (isObject(v)) {
    const pairs = entries(v);
    return p.explode ? pairs.map(([k, x]) => `${k}=${enc(scalar(x))}`) : [`${p.name}=${pairs.map(([k, x]) => `${enc(k)},${enc(scalar(x))}`).join(",")}`];
  }
  return [`${p.name}=${enc(scalar(v))}`];
}

function prepare(p: ParamEncoding, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (p.json) return JSON.stringify(value);
  return value;
}

function separator(style: ParamStyle): string {
  if (style === "spaceDelimited") return "%20";
  if (style === "pipeDelimited") return "|";
  return ",";
}

/** Text of one value inside a parameter. Nested objects have no standard form; they go as JSON. */
export function scalar(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function entries(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([, x]) => x !== undefined);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Flattens nested objects and arrays into `name[a][b]` keys (unencoded), in insertion order. */
function deepPairs(prefix: string, value: unknown): Pair[] {
  if (Array.isArray(value)) return value.flatMap((item) => (isObject(item) || Array.isArray(item) ? deepPairs(`${prefix}[]`, item) : [[prefix, scalar(item)] as Pair]));
  if (isObject(value)) return entries(value).flatMap(([k, x]) => deepPairs(`${prefix}[${k}]`, x));
  return [[prefix, scalar(value)]];
}

/** deepObject keys keep their brackets readable; everything else in them is encoded. */
function encodeDeepKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/gi, "[").replace(/%5D/gi, "]");
}

/** encodeURIComponent, but the RFC 3986 reserved characters stay as they are. */
function encodeReserved(text: string): string {
  return encodeURIComponent(text).replace(/%(3A|2F|3F|23|5B|5D|40|21|24|26|27|28|29|2A|2B|2C|3B|3D)/gi, (m) => decodeURIComponent(m));
}

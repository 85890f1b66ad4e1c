/**
 * Tool arguments before the call: checked against the tool's input schema (the subset of JSON
 * Schema the generator writes), so a model that sends a wrong shape gets every problem named by
 * its path instead of a request the API rejects; then files decoded from base64.
 */
/** A JSON Schema object, as the generator writes tool inputs. */
export type JsonSchema = { [key: string]: unknown };

/** Problems of `value` against `schema`, as `path: what was expected` lines. At most 20. */
export function argumentProblems(schema: JsonSchema, value: unknown): string[] {
  const problems: string[] = [];
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  check(schema, value, "arguments", defs, problems, 0);
  return problems.slice(0, 20);
}

function check(schema: JsonSchema, value: unknown, path: string, defs: Record<string, JsonSchema>, problems: string[], depth: number): void {
  if (problems.length >= 20 || depth > 64) return;
  if (typeof schema.$ref === "string") {
    const target = defs[schema.$ref.replace("#/$defs/", "")];
    if (target) check(target, value, path, defs, problems, depth + 1);
    return;
  }
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf as JsonSchema[];
    const results = branches.map((b) => {
      const found: string[] = [];
      check(b, value, path, defs, found, depth + 1);
      return found;
    });
    if (results.some((r) => r.length === 0)) return;
    // The branch that got furthest explains best: the one with the fewest problems.
    problems.push(...results.reduce((best, r) => (r.length < best.length ? r : best)));
    return;
  }
  if ("const" in schema && !sameJson(schema.const, value)) {
    problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
    return;
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => sameJson(e, value))) {
    problems.push(`${path}: expected one of ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}`);
    return;
  }
  const types = schema.type === undefined ? undefined : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  if (types && !types.some((t) => hasType(value, t))) {
    problems.push(`${path}: expected ${types.join(" or ")}, got ${describe(value)}`);
    return;
  }
  if (Array.isArray(value)) {
    const prefix = (schema.prefixItems ?? []) as JsonSchema[];
    value.forEach((item, i) => {
      const itemSchema = i < prefix.length ? prefix[i] : schema.items;
      if (itemSchema === false) problems.push(`${path}[${i}]: no element allowed here`);
      else if (typeof itemSchema === "object" && itemSchema !== null) check(itemSchema as JsonSchema, item, `${path}[${i}]`, defs, problems, depth + 1);
    });
    if (typeof schema.minItems === "number" && value.length < schema.minItems) problems.push(`${path}: expected at least ${schema.minItems} elements`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) problems.push(`${path}: expected at most ${schema.maxItems} elements`);
    return;
  }
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (value[key] === undefined) problems.push(`${path}.${key}: required`);
    }
    for (const [key, item] of Object.entries(value)) {
      const own = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : undefined;
      const extra = schema.additionalProperties;
      if (own) check(own, item, `${path}.${key}`, defs, problems, depth + 1);
      else if (extra === false) problems.push(`${path}.${key}: unknown argument`);
      else if (typeof extra === "object" && extra !== null) check(extra as JsonSchema, item, `${path}.${key}`, defs, problems, depth + 1);
    }
  }
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The arguments with every `format: date-time` string as a `Date`, the type the SDK's models
 * declare (its union mappers tell members apart by it). Follows `$ref`s, and in an `anyOf` the
 * first member the value matches.
 */
export function reviveDates(schema: JsonSchema, args: Record<string, unknown>): Record<string, unknown> {
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  return revive(schema, args, defs, 0) as Record<string, unknown>;
}

function revive(schema: JsonSchema, value: unknown, defs: Record<string, JsonSchema>, depth: number): unknown {
  if (depth > 64 || value === null || value === undefined) return value;
  if (typeof schema.$ref === "string") {
    const target = defs[schema.$ref.replace("#/$defs/", "")];
    return target ? revive(target, value, defs, depth + 1) : value;
  }
  if (Array.isArray(schema.anyOf)) {
    const branch = (schema.anyOf as JsonSchema[]).find((b) => {
      const found: string[] = [];
      check(b, value, "", defs, found, 0);
      return found.length === 0;
    });
    return branch ? revive(branch, value, defs, depth + 1) : value;
  }
  if (typeof value === "string") return schema.format === "date-time" && DATE_TIME.test(value) ? new Date(value) : value;
  if (Array.isArray(value)) {
    const prefix = (schema.prefixItems ?? []) as JsonSchema[];
    return value.map((item, i) => {
      const itemSchema = i < prefix.length ? prefix[i] : schema.items;
      return typeof itemSchema === "object" && itemSchema !== null ? revive(itemSchema as JsonSchema, item, defs, depth + 1) : item;
    });
  }
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const extra = schema.additionalProperties;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const own = Object.prototype.hasOwnProperty.call(properties, key) ? properties[key] : typeof extra === "object" && extra !== null ? (extra as JsonSchema) : undefined;
      out[key] = own ? revive(own, item, defs, depth + 1) : item;
    }
    return out;
  }
  return value;
}

/** RFC 3339 date-time; anything else stays a string for the API to judge. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** The arguments with every file at `paths` turned from `{ content: base64 }` into bytes for the SDK. */
export function decodeFiles(args: Record<string, unknown>, paths: readonly (readonly string[])[]): Record<string, unknown> {
  if (paths.length === 0) return args;
  const copy = structuredClone(args);
  for (const path of paths) visit(copy, path, 0);
  return copy;
}

function visit(container: unknown, path: readonly string[], at: number): void {
  const key = path[at];
  if (key === undefined || typeof container !== "object" || container === null) return;
  const slots = key === "[]" ? (Array.isArray(container) ? container.keys() : []) : key === "{}" ? Object.keys(container) : [key];
  for (const slot of slots) {
    const record = container as Record<string | number, unknown>;
    if (at === path.length - 1) record[slot] = decodeFile(record[slot]);
    else visit(record[slot], path, at + 1);
  }
}

function decodeFile(value: unknown): unknown {
  if (!isObject(value) || typeof value.content !== "string") return value;
  const bytes = Uint8Array.from(atob(value.content), (c) => c.charCodeAt(0));
  const file: { content: Uint8Array; fileName?: string; contentType?: string } = { content: bytes };
  if (typeof value.fileName === "string") file.fileName = value.fileName;
  if (typeof value.contentType === "string") file.contentType = value.contentType;
  return file;
}

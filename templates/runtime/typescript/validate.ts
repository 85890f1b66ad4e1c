/**
 * Checks a parsed JSON value against a `Schema`. Problems come in two kinds:
 * - errors: the value cannot be what the API description says (wrong type, missing field);
 * - drift: the API sent something newer than the description (an unknown field, an unknown
 *   enum value). Forward-compatible clients keep such values.
 * The policy decides what fails: `strict` fails on both, `lax` on errors only (drift goes to
 * the logger), `off` skips the check.
 */
import type { ValidationIssue } from "./errors.js";
import type { Schema } from "./schema.js";

export type ValidationPolicy = "strict" | "lax" | "off";

export interface ValidationReport {
  errors: ValidationIssue[];
  drift: ValidationIssue[];
}

/** Stops runaway reports on huge wrong payloads; the first issues say what is wrong. */
const MAX_ISSUES = 20;

export function validate(value: unknown, schema: Schema): ValidationReport {
  const report: ValidationReport = { errors: [], drift: [] };
  check(value, schema, "$", report);
  return report;
}

/** `nullable`: a reference on the way here admitted null (only messages need to know). */
function check(value: unknown, schema: Schema, path: string, report: ValidationReport, nullable = false): void {
  if (report.errors.length >= MAX_ISSUES) return;
  // Nullability sits on the reference (`nullable(ref(...))`), so it is checked before following it.
  if (value === null && schema.nullable) return;
  if (schema.t === "ref") return check(value, schema.get(), path, report, nullable || schema.nullable === true);
  // A union admits null when one of its members does (`oneOf: [{ $ref: NullableThing }, …]`).
  if (value === null && schema.t !== "union") {
    if (schema.t !== "null" && schema.t !== "any") error(report, path, "expected a value, got null");
    return;
  }
  switch (schema.t) {
    case "string":
      if (typeof value !== "string") return mismatch(report, path, "a string", value);
      if (schema.format === "date-time" && Number.isNaN(Date.parse(value))) error(report, path, `expected a date-time, got ${JSON.stringify(value)}`);
      return;
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value)) mismatch(report, path, "an integer", value);
      return;
    case "number":
      if (typeof value !== "number") mismatch(report, path, "a number", value);
      return;
    case "boolean":
      if (typeof value !== "boolean") mismatch(report, path, "a boolean", value);
      return;
    case "any":
      return;
    case "null":
      return mismatch(report, path, "null", value);
    case "literal":
      if (value !== schema.value) error(report, path, `expected ${JSON.stringify(schema.value)}, got ${preview(value)}`);
      return;
    case "enum":
      if (!schema.values.includes(value as string)) {
        const sameType = typeof value === typeof schema.values[0];
        if (!sameType) return mismatch(report, path, `a ${typeof schema.values[0]}`, value);
        // An unknown value of the right type: the API grew a value the description lacks.
        // Open enums expect that; closed ones report it as drift so strict clients can refuse it.
        if (!schema.open) report.drift.push({ path, message: `unknown enum value ${JSON.stringify(value)}` });
      }
      return;
    case "array":
      if (!Array.isArray(value)) return mismatch(report, path, "an array", value);
      value.forEach((item, i) => check(item, schema.prefix !== undefined && i < schema.prefix.length ? schema.prefix[i]! : schema.items, `${path}[${i}]`, report));
      return;
    case "map":
      if (!isObject(value)) return mismatch(report, path, "an object", value);
      for (const [key, item] of Object.entries(value)) check(item, schema.values, member(path, key), report);
      return;
    case "object":
      return checkObject(value, schema, path, report);
    case "union":
      return checkUnion(value, schema, path, report, nullable);
  }
}

function checkObject(value: unknown, schema: Extract<Schema, { t: "object" }>, path: string, report: ValidationReport): void {
  if (!isObject(value)) return mismatch(report, path, "an object", value);
  const known = new Set<string>();
  for (const [key, propSchema, required] of schema.props) {
    known.add(key);
    if (!Object.prototype.hasOwnProperty.call(value, key) || value[key] === undefined) {
      if (required) error(report, member(path, key), "required field is missing");
      continue;
    }
    check(value[key], propSchema, member(path, key), report);
  }
  for (const key of Object.keys(value)) {
    if (known.has(key)) continue;
    if (schema.extra) check(value[key], schema.extra, member(path, key), report);
    else report.drift.push({ path: member(path, key), message: "unknown field" });
  }
}

/**
 * A discriminated union checks the member its discriminator names, and reports that member's
 * errors. Otherwise the first member the value fits wins (its drift is the union's); when none
 * fits, the errors of the member that got deepest into the value say what is wrong, since that
 * is the member the value was most likely meant to be.
 */
function checkUnion(value: unknown, schema: Extract<Schema, { t: "union" }>, path: string, report: ValidationReport, nullable: boolean): void {
  const d = schema.discriminator;
  const tags = d ? Object.keys(d.mapping) : [];
  const tagged = d !== undefined && tags.length > 0 && isObject(value);
  if (tagged) {
    const tag = value[d.property];
    const chosen = typeof tag === "string" && Object.prototype.hasOwnProperty.call(d.mapping, tag) ? d.mapping[tag] : undefined;
    if (chosen) return check(value, chosen, path, report);
  }
  let fit: ValidationReport | undefined;
  let deepest: { report: ValidationReport; depth: number } | undefined;
  for (const candidate of schema.members) {
    const sub: ValidationReport = { errors: [], drift: [] };
    check(value, candidate, path, sub);
    if (sub.errors.length === 0) {
      if (sub.drift.length === 0) return;
      if (!fit || sub.drift.length < fit.drift.length) fit = sub;
      continue;
    }
    const depth = Math.max(...sub.errors.map((e) => pathDepth(e.path)));
    if (!deepest || depth > deepest.depth || (depth === deepest.depth && sub.errors.length < deepest.report.errors.length)) deepest = { report: sub, depth };
  }
  if (fit) {
    report.drift.push(...fit.drift);
    return;
  }
  if (tagged) {
    // No member fits and the discriminator names none of them: that is the problem to report.
    const at = member(path, d.property);
    const expected = `one of ${tags.map((t) => JSON.stringify(t)).join(", ")}`;
    const tag = value[d.property];
    if (tag === undefined) return error(report, at, `required discriminator is missing (expected ${expected})`);
    if (typeof tag !== "string") return mismatch(report, at, expected, tag);
    // A tag of the right type that the description lacks: the API grew a variant (drift, as
    // an unknown enum value is).
    report.drift.push({ path: at, message: `unknown discriminator value ${JSON.stringify(tag)} (expected ${expected})` });
    return;
  }
  if (deepest && deepest.depth > pathDepth(path)) {
    for (const issue of deepest.report.errors) if (report.errors.length < MAX_ISSUES) report.errors.push(issue);
    return;
  }
  // No member got past the value itself: say what the value could have been.
  mismatch(report, path, listed([...alternatives(schema, 0), ...(nullable ? ["null"] : [])]), value);
}

/** How many steps below `$` a JSON path goes (`$.a[0]["b-c"]` is 3). */
function pathDepth(path: string): number {
  return path.match(/\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g)?.length ?? 0;
}

/** "a string, an object or null". */
function listed(items: string[]): string {
  const unique = [...new Set(items)].sort((a, b) => Number(a === "null") - Number(b === "null"));
  return unique.length <= 1 ? (unique[0] ?? "a value") : `${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
}

/** What values of a schema are, for a message: "a string", "an object", "null". */
function alternatives(schema: Schema, depth: number): string[] {
  const own = schema.nullable && schema.t !== "null" ? ["null"] : [];
  switch (schema.t) {
    case "union":
      return [...(depth > 4 ? ["a value"] : schema.members.flatMap((m) => alternatives(m, depth + 1))), ...own];
    case "ref":
      return [...(depth > 4 ? ["a value"] : alternatives(schema.get(), depth + 1)), ...own];
    default:
      return [describe(schema), ...own];
  }
}

function describe(schema: Schema): string {
  switch (schema.t) {
    case "string":
      return schema.format === "date-time" ? "a date-time string" : "a string";
    case "integer":
      return "an integer";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    case "null":
      return "null";
    case "literal":
      return JSON.stringify(schema.value);
    case "enum":
      return `one of ${schema.values
        .slice(0, 6)
        .map((v) => JSON.stringify(v))
        .join(", ")}${schema.values.length > 6 ? ", …" : ""}`;
    case "array":
      return "an array";
    case "map":
    case "object":
      return "an object";
    default:
      return "a value";
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function error(report: ValidationReport, path: string, message: string): void {
  report.errors.push({ path, message });
}

function mismatch(report: ValidationReport, path: string, expected: string, value: unknown): void {
  error(report, path, `expected ${expected}, got ${preview(value)}`);
}

function preview(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `$.a`, or `$["x-y"]` for a key that is not an identifier. */
export function member(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

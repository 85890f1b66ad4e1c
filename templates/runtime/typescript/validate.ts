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

function check(value: unknown, schema: Schema, path: string, report: ValidationReport): void {
  if (report.errors.length >= MAX_ISSUES) return;
  // Nullability sits on the reference (`nullable(ref(...))`), so it is checked before following it.
  if (value === null && schema.nullable) return;
  if (schema.t === "ref") return check(value, schema.get(), path, report);
  if (value === null) {
    if (!schema.nullable && schema.t !== "null" && schema.t !== "any") error(report, path, "expected a value, got null");
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
      value.forEach((item, i) => check(item, schema.items, `${path}[${i}]`, report));
      return;
    case "map":
      if (!isObject(value)) return mismatch(report, path, "an object", value);
      for (const [key, item] of Object.entries(value)) check(item, schema.values, member(path, key), report);
      return;
    case "object":
      return checkObject(value, schema, path, report);
    case "union":
      return checkUnion(value, schema, path, report);
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

function checkUnion(value: unknown, schema: Extract<Schema, { t: "union" }>, path: string, report: ValidationReport): void {
  const d = schema.discriminator;
  if (d && isObject(value) && typeof value[d.property] === "string") {
    const chosen = d.mapping[value[d.property] as string];
    if (chosen) return check(value, chosen, path, report);
  }
  // The first member the value fits without errors; its drift, if any, is the union's drift.
  let best: ValidationReport | undefined;
  for (const candidate of schema.members) {
    const sub = validate(value, candidate);
    if (sub.errors.length === 0) {
      if (sub.drift.length === 0) return;
      if (!best || sub.drift.length < best.drift.length) best = sub;
    }
  }
  if (best) {
    for (const issue of best.drift) report.drift.push({ path: path + issue.path.slice(1), message: issue.message });
    return;
  }
  error(report, path, `${preview(value)} matches none of the ${schema.members.length} allowed shapes`);
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

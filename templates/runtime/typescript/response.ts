/**
 * Picks the response description that fits a status and content type, and the JSON reading
 * and checking that JSON and event-stream responses share.
 */
import { ResponseValidationError } from "./errors.js";
import type { Logger } from "./logger.js";
import type { ResponseSpec } from "./operation.js";
import type { Schema } from "./schema.js";
import { validate, type ValidationPolicy } from "./validate.js";

/**
 * Exact status first, then its range (`4XX`), then `default`; within those, the spec whose
 * media type fits the response's content type (exact, `type/*`, `*\/*`). A body-less spec
 * fits any content type when the body is empty.
 */
export function matchResponse<Res>(specs: readonly ResponseSpec<Res>[], status: number, contentType: string | null): ResponseSpec<Res> | undefined {
  const code = String(status);
  const tiers = [(s: string) => s === code, (s: string) => /^[1-5]XX$/i.test(s) && s[0] === code[0], (s: string) => s === "default"];
  for (const fits of tiers) {
    const candidates = specs.filter((spec) => spec.status.some(fits));
    if (candidates.length === 0) continue;
    const media = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
    const ranked = candidates
      .map((spec) => ({ spec, score: spec.media !== undefined ? mediaScore(spec.media, media) : media === "" ? 1 : 0 }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score);
    if (ranked.length > 0) return ranked[0]!.spec;
    // The status is declared but not with this content type: an empty declared body still fits.
    return candidates.find((spec) => spec.kind === "success" && spec.media === undefined);
  }
  return undefined;
}

function mediaScore(declared: string, actual: string): number {
  const d = declared.split(";")[0]!.trim().toLowerCase();
  if (d === actual) return 4;
  if (d === "*/*") return 1;
  if (d.endsWith("/*") && actual.startsWith(d.slice(0, -1))) return 2;
  // `application/json` answering a `+json` declaration and the reverse are the same thing.
  if (isJSON(d) && isJSON(actual)) return 3;
  return 0;
}

function isJSON(media: string): boolean {
  return media === "application/json" || media.endsWith("+json") || media === "text/json";
}

export interface DecodeOptions {
  policy: ValidationPolicy;
  logger: Logger | undefined;
  operationID: string;
}

/** Parses a JSON body; an empty body is `undefined`, invalid JSON a validation error at `$`. */
export async function readJSON(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ResponseValidationError([{ path: "$", message: `invalid JSON: ${(cause as Error).message}` }], text, response, { cause });
  }
}

/** Validates (per policy), reports drift, and maps a wire value. */
export function decodeChecked<T>(wire: unknown, schema: Schema | undefined, decode: (wire: any) => T, response: Response, o: DecodeOptions): T {
  if (o.policy !== "off" && schema) {
    const report = wire === undefined ? { errors: [{ path: "$", message: "the response has no body" }], drift: [] } : validate(wire, schema);
    const failures = o.policy === "strict" ? [...report.errors, ...report.drift] : report.errors;
    if (failures.length > 0) throw new ResponseValidationError(failures, wire, response);
    if (report.drift.length > 0) o.logger?.warn(`${o.operationID}: the response differs from the API description`, report.drift);
  }
  try {
    return decode(wire);
  } catch (cause) {
    throw new ResponseValidationError([{ path: "$", message: `could not map the response: ${(cause as Error).message}` }], wire, response, { cause });
  }
}

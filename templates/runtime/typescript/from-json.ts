/**
 * `<model>FromJSON`, as the reference SDK has it: a JSON string read as a model, checked against
 * the model's wire schema first. Nothing is thrown: invalid JSON, or a value with a wrong type
 * or a missing required field, is an `SDKValidationError` (`rawValue`: the string;
 * `rawMessage`: the parser's message, or every problem at its JSON path, one per line, so
 * `pretty()` lists them). As with the SDK's default `lax` validation, drift (an unknown key, an
 * unknown enum value) is accepted and kept, as responses keep it.
 */
import { SDKValidationError } from "./errors.js";
import { ERR, OK, type SafeParseResult } from "./result.js";
import type { Schema } from "./schema.js";
import { validate } from "./validate.js";

export function safeParseJSON<M, W>(jsonString: string, schema: Schema, fromWire: (wire: W) => M, typeName: string): SafeParseResult<M, SDKValidationError> {
  const what = `Failed to parse '${typeName}' from JSON`;
  let value: unknown;
  try {
    value = JSON.parse(jsonString);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return ERR(new SDKValidationError(`${what}: ${reason}`, jsonString, reason, { cause }));
  }
  const { errors } = validate(value, schema);
  const first = errors[0];
  if (first !== undefined) {
    const reason = `${first.path}: ${first.message}`;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    return ERR(new SDKValidationError(`${what}: ${reason}${more}`, jsonString, errors.map((e) => `${e.path}: ${e.message}`).join("\n  ")));
  }
  return OK(fromWire(value as W));
}

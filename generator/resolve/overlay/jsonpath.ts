import { exec, type JsonValue } from 'jsonpath-rfc9535';

export type JsonPathResult =
  | { ok: true; paths: Array<Array<string | number>> }
  | { ok: false; message: string; /** 0-based character offset of the problem in the expression. */ offset?: number };

/** Evaluates an RFC 9535 JSONPath; a syntax error comes back as a message instead of a throw. */
export function evaluateJsonPath(document: unknown, expression: string): JsonPathResult {
  const paths: Array<Array<string | number>> = [];
  try {
    exec(document as JsonValue, expression, (_value, path) => {
      paths.push([...path]);
    });
  } catch (e) {
    const error = e as Error & { location?: { start?: { offset?: number } } };
    return { ok: false, message: error.message ?? String(e), offset: error.location?.start?.offset };
  }
  return { ok: true, paths };
}

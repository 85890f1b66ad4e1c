import { exec, type JsonValue } from 'jsonpath-rfc9535';

export type JsonPathResult = { ok: true; paths: Array<Array<string | number>> } | { ok: false; message: string; /** 0-based character offset of the problem in the expression. */ offset?: number };

/** Evaluates an RFC 9535 JSONPath; a syntax error comes back as a message instead of a throw. */
export function evaluateJsonPath(document: unknown, expression: string): JsonPathResult {
  const paths: Array<Array<string | number>> = [];
  try {
    exec(document as JsonValue, expression, (_value, path) => {
      paths.push([...path]);
    });
  } catch (e) {
    const error = e as Error & { location?: { start?: { offset?: number } } };
    return { ok: false, message: printable(error.message ?? String(e)), offset: error.location?.start?.offset };
  }
  return { ok: true, paths };
}

/**
 * The parser's message lists the character classes it expected with raw characters (lone
 * surrogates, private-use and unassigned code points up to U+FFFF), which terminals show as
 * garbage; everything outside printable ASCII is escaped.
 */
function printable(message: string): string {
  return message.replace(/[^\x20-\x7e]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

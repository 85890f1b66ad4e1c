import { isPlainObject } from '../load/describe.js';

/** Members a Reference Object may carry that add nothing to what it points to. */
const ANNOTATIONS = new Set(['$ref', 'summary', 'description']);

/** `{ $ref }` with nothing besides (bar a summary/description): following it is all it is. */
export function isRefOnly(value: unknown): value is { $ref: string } {
  if (!isPlainObject(value) || typeof value.$ref !== 'string') return false;
  for (const key of Object.keys(value)) if (!ANNOTATIONS.has(key)) return false;
  return true;
}

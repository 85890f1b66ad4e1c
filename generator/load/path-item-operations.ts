/**
 * Which members of a path item are operations, by OpenAPI version: the fixed method fields
 * (3.2 adds `query`) and 3.2's `additionalOperations` map of other methods. One reading shared by
 * the validation rules and the IR builder, so both see the same operations.
 */
import { isPlainObject } from './describe.js';

/** Fixed fields before 3.2, lower case. */
export const FIXED_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface PathItemOperation {
  /** The fixed field in lower case, or an `additionalOperations` key lower-cased. */
  method: string;
  /** As sent on the request line: a fixed field upper-cased, an `additionalOperations` key as written. */
  requestMethod: string;
  /** Members from the path item to the operation: `['get']`, `['additionalOperations', 'PURGE']`. */
  segments: string[];
  operation: Record<string, unknown>;
}

/** RFC 9110 `token`: what a method name may be. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** 3.2 documents (`openapi: 3.2.x`); the 3.2 fields are ignored in older ones, as their schema says. */
export function isOpenApi32(sourceVersion: string): boolean {
  return /^3\.2\./.test(sourceVersion);
}

/** The fixed method fields of a version, lower case. */
export function fixedMethods(sourceVersion: string): readonly string[] {
  return isOpenApi32(sourceVersion) ? [...FIXED_METHODS, 'query'] : FIXED_METHODS;
}

/**
 * Why an `additionalOperations` key cannot be an operation of its own, or undefined when it can:
 * a method that has a fixed field (in any case: `fetch` sends `get` as GET), or not a token.
 */
export function additionalMethodProblem(key: string): 'fixed' | 'not-token' | undefined {
  if (!TOKEN.test(key)) return 'not-token';
  if ([...FIXED_METHODS, 'query'].includes(key.toLowerCase())) return 'fixed';
  return undefined;
}

/** The operations of a path item in the order they are written (it decides which inline schema gets a short name). */
export function pathItemOperations(item: Record<string, unknown>, sourceVersion: string): PathItemOperation[] {
  const fixed = fixedMethods(sourceVersion);
  const found: PathItemOperation[] = [];
  for (const [key, value] of Object.entries(item)) {
    const method = key.toLowerCase();
    if (fixed.includes(method) && isPlainObject(value)) found.push({ method, requestMethod: method.toUpperCase(), segments: [key], operation: value });
    if (key !== 'additionalOperations' || !isOpenApi32(sourceVersion) || !isPlainObject(value)) continue;
    for (const [name, op] of Object.entries(value)) {
      if (additionalMethodProblem(name) === undefined && isPlainObject(op)) found.push({ method: name.toLowerCase(), requestMethod: name, segments: [key, name], operation: op });
    }
  }
  return found;
}

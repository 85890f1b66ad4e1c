/**
 * How deep the schema conversion may recurse. It follows `$ref`s into components and nested
 * inline schemas depth-first, about a dozen stack frames a level, so a chain of thousands of
 * schemas (A1 → A2 → … through properties, items or members) would overflow the call stack.
 * Past the limit a schema is read as any value and reported where it is, once per place.
 * Real specs stay far below it; the deepest in the corpora is under 60 levels.
 */
import type { TypeRef } from '../model.js';
import { BuildContext, isObject } from './context.js';

export const MAX_SCHEMA_DEPTH = 500;

export function schemaTooDeep(ctx: BuildContext, node: unknown, pointer: string): TypeRef {
  const where = isObject(node) ? ctx.locate(node) : undefined;
  ctx.diagnostics.warning(
    'schema-too-deep',
    `schemas nest more than ${MAX_SCHEMA_DEPTH} levels deep at this schema (counting $refs and inline schemas from an operation or component); it and the schemas inside it are read as any value`,
    where ? { file: where.file, line: where.line, column: where.column, pointer: where.pointer } : { pointer },
  );
  return { kind: 'any' };
}

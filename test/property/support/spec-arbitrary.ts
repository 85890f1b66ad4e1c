/**
 * A random OpenAPI 3.1 document: one to three object components (each may point to the ones
 * before it, so values stay finite), each returned by an operation so that it is generated,
 * plus one to two wire values for each component.
 */
import fc from 'fast-check';
import { objectArbitrary, schemaArbitrary, valueArbitrary, type Json, type Schema } from './schema-arbitrary.js';

export interface SpecSample {
  document: Record<string, unknown>;
  /** Component name → JSON values of it. */
  values: Record<string, Json[]>;
}

export function componentName(index: number): string {
  return `Model${index}`;
}

export const specArbitrary: fc.Arbitrary<SpecSample> = fc
  .integer({ min: 1, max: 3 })
  .chain((count) =>
    fc.tuple(
      ...Array.from({ length: count }, (_, i) =>
        objectArbitrary(
          schemaArbitrary(
            2,
            Array.from({ length: i }, (__, k) => componentName(k)),
          ),
        ),
      ),
    ),
  )
  .chain((schemas) => {
    const components: Record<string, Schema> = Object.fromEntries(schemas.map((s, i) => [componentName(i), s]));
    const values = schemas.map((s) => fc.array(valueArbitrary(s, components), { minLength: 1, maxLength: 2 }));
    return fc.tuple(...values).map((lists) => ({
      document: documentFor(components),
      values: Object.fromEntries(lists.map((list, i) => [componentName(i), list])),
    }));
  });

function documentFor(components: Record<string, Schema>): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const name of Object.keys(components)) {
    paths[`/${name.toLowerCase()}`] = {
      get: {
        operationId: `get${name}`,
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } },
      },
    };
  }
  return { openapi: '3.1.0', info: { title: 'Random', version: '1.0.0' }, paths, components: { schemas: components } };
}

/**
 * Chains of thousands of schemas (A1 → A2 → … through $ref aliases, properties, items, oneOf
 * members) used to overflow the call stack in the IR build (exit 70). Conversion is bounded: past
 * the limit a schema is read as any value and a located warning says where; both targets generate.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_SCHEMA_DEPTH } from '../../../generator/ir/build/schema-depth.js';
import { generate } from './support/generate.js';
import { printedDiagnostics, STACK_FRAME } from './support/run-cli.js';

const LENGTH = 5000;
const next = (i: number) => ({ $ref: `#/components/schemas/A${i + 1}` });
const LINKS: Record<string, (i: number) => unknown> = {
  alias: next,
  property: (i) => ({ type: 'object', properties: { next: next(i) } }),
  items: (i) => ({ type: 'array', items: next(i) }),
  member: (i) => ({ oneOf: [next(i), { type: 'string' }] }),
};

function chain(link: (i: number) => unknown): string {
  const schemas: Record<string, unknown> = {};
  for (let i = 1; i < LENGTH; i++) schemas[`A${i}`] = link(i);
  schemas[`A${LENGTH}`] = { type: 'object', properties: { end: { type: 'string' } } };
  const ok = { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A1' } } } };
  return JSON.stringify({
    openapi: '3.0.3',
    info: { title: 'Deep', version: '1' },
    paths: { '/x': { get: { operationId: 'getX', responses: { '200': ok } } } },
    components: { schemas },
  });
}

describe.each(Object.keys(LINKS))('a chain of %s links', (kind) => {
  test.each(['typescript', 'csharp'] as const)(
    '%s: generates, with the cut located',
    async (target) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'sdkwright-deep-'));
      writeFileSync(path.join(dir, 'deep.json'), chain(LINKS[kind]));
      const generation = await generate({ spec: 'deep.json', cwd: dir, target });
      try {
        expect(generation.run.stderr).not.toMatch(STACK_FRAME);
        expect({ exit: generation.run.code, errors: generation.errors }).toEqual({ exit: 0, errors: [] });
        const cuts = printedDiagnostics(generation.run.stderr).filter((d) => d.code === 'schema-too-deep');
        expect(cuts.length).toBeGreaterThan(0);
        expect(cuts[0].severity).toBe('warning');
        expect(generation.run.stderr).toMatch(new RegExp(`deep\\.json:\\d+:\\d+ #/components/schemas/A\\d+: warning\\[schema-too-deep\\]: schemas nest more than ${MAX_SCHEMA_DEPTH} levels`));
      } finally {
        generation.remove();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

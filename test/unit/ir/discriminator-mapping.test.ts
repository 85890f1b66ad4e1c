/**
 * A discriminator mapping names schemas; the IR maps each value to the member model it selects,
 * and reports (never keeps) a value that selects no member, so no target looks up a missing model.
 */
import { buildModel } from '../../../generator/ir/build/build-model.js';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import type { UnionShape } from '../../../generator/ir/model.js';
import { plainLoadedSpec } from '../../helpers/plain-loaded-spec.js';

function unionOf(mapping: Record<string, string>, members: unknown[]): { shape: UnionShape; diagnostics: Diagnostics; ids: Set<string> } {
  const diagnostics = new Diagnostics();
  const api = buildModel(
    plainLoadedSpec({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/u': {
          get: {
            operationId: 'getU',
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: { oneOf: members, discriminator: { propertyName: 'kind', mapping } } } } } },
          },
        },
        '/w': { get: { operationId: 'getW', responses: { '200': { description: 'ok', content: { 'application/json': { schema: WIDE } } } } } },
      },
      components: { schemas: SCHEMAS },
    }),
    diagnostics,
  );
  const union = api.models.find((m) => m.id.endsWith('/get/responses/200/content/application~1json/schema') && m.id.includes('~1u'));
  if (union?.shape.kind !== 'union') throw new Error('no union built');
  return { shape: union.shape, diagnostics, ids: new Set(api.models.map((m) => m.id)) };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const BASE = { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } };
const SCHEMAS = {
  Base: BASE,
  Card: { allOf: [ref('Base'), { type: 'object', properties: { last4: { type: 'string' } } }] },
  /** One part only: the same model as Base. */
  Alias: { allOf: [ref('Base')] },
  /** Reached only through /w, never a member of the union. */
  Other: { allOf: [ref('Base'), { type: 'object', properties: { other: { type: 'string' } } }] },
};
const WIDE = ref('Other');

test('values naming allOf members, by reference or bare name, select those members', () => {
  const { shape, diagnostics, ids } = unionOf({ card: '#/components/schemas/Card', alias: 'Alias' }, [ref('Card'), ref('Alias')]);
  expect(shape.discriminator?.mapping).toEqual([
    { value: 'card', modelId: '#/components/schemas/Card' },
    { value: 'alias', modelId: '#/components/schemas/Base' },
  ]);
  for (const entry of shape.discriminator!.mapping) expect(ids).toContain(entry.modelId);
  expect(diagnostics.items).toEqual([]);
});

test('a value naming a schema that is no member is reported and left out', () => {
  const inline = { allOf: [ref('Base'), { type: 'object', properties: { x: { type: 'string' } } }] };
  const { shape, diagnostics } = unionOf({ card: 'Card', other: '#/components/schemas/Other' }, [ref('Card'), inline]);
  expect(shape.discriminator?.mapping).toEqual([{ value: 'card', modelId: '#/components/schemas/Card' }]);
  expect(diagnostics.items.map((d) => [d.severity, d.code])).toEqual([['warning', 'discriminator-mapping-unused']]);
});

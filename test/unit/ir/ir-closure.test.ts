/**
 * What the IR carries so that targets and docs never read the document: document-level retries,
 * media-type extensions and SSE sentinels, component nullability (also through allOf and `$ref`
 * siblings), and discriminator tags written as `const` or one-value enums.
 */
import { buildModel } from '../../../generator/ir/build/build-model.js';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import type { ApiModel, TypeRef } from '../../../generator/ir/model.js';
import { plainLoadedSpec } from '../../helpers/plain-loaded-spec.js';

function build(extra: Record<string, unknown>, schemas: Record<string, unknown>, response: unknown = { $ref: '#/components/schemas/Root' }): ApiModel {
  return buildModel(
    plainLoadedSpec({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/r': {
          get: {
            operationId: 'getR',
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': { schema: response },
                  'text/event-stream': { schema: { type: 'string' }, 'x-speakeasy-sse-sentinel': '[DONE]', 'x-vendor': { a: 1 } },
                },
              },
            },
          },
        },
      },
      components: { schemas },
      ...extra,
    }),
    new Diagnostics(),
  );
}

function propertyType(api: ApiModel, modelId: string, wireName: string): TypeRef {
  const shape = api.models.find((m) => m.id === modelId)?.shape;
  if (shape?.kind !== 'object') throw new Error(`${modelId} is not an object`);
  return shape.properties.find((p) => p.wireName === wireName)!.type;
}

const ROOT = { type: 'object', properties: { a: { type: 'string' } } };

test('document-level x-speakeasy-retries is the default policy; strategy none is no default', () => {
  const retries = { strategy: 'backoff', backoff: { initialInterval: 5 }, statusCodes: ['5XX', 429], retryConnectionErrors: true };
  expect(build({ 'x-speakeasy-retries': retries }, { Root: ROOT }).retries).toEqual({ strategy: 'backoff', backoff: { initialInterval: 5 }, statusCodes: ['5XX', '429'], retryConnectionErrors: true });
  expect(build({ 'x-speakeasy-retries': { strategy: 'none' } }, { Root: ROOT }).retries).toBeUndefined();
  expect(build({}, { Root: ROOT }).retries).toBeUndefined();
});

test('media types carry their SSE sentinel and x- members', () => {
  const contents = build({}, { Root: ROOT }).operations[0].responses[0].contents;
  expect(contents.map((c) => [c.mediaType, c.sseSentinel, c.extensions])).toEqual([
    ['application/json', undefined, undefined],
    ['text/event-stream', '[DONE]', { 'x-speakeasy-sse-sentinel': '[DONE]', 'x-vendor': { a: 1 } }],
  ]);
});

test('nullability: of the component itself, through a $ref sibling, through an allOf whose parts all admit null', () => {
  const api = build(
    {},
    {
      Root: {
        type: 'object',
        properties: {
          viaAllOf: { allOf: [{ $ref: '#/components/schemas/MaybeOwner' }, { description: 'who owns it' }] },
          viaSibling: { $ref: '#/components/schemas/Owner', nullable: true },
          notNull: { allOf: [{ $ref: '#/components/schemas/Owner' }, { description: 'who owns it' }] },
          direct: { $ref: '#/components/schemas/MaybeOwner' },
        },
      },
      Owner: { type: 'object', properties: { name: { type: 'string' } } },
      MaybeOwner: { type: 'object', nullable: true, properties: { name: { type: 'string' } } },
    },
  );
  const root = '#/components/schemas/Root';
  expect(api.models.find((m) => m.id === '#/components/schemas/MaybeOwner')?.nullable).toBe(true);
  expect(api.models.find((m) => m.id === '#/components/schemas/Owner')?.nullable).toBeUndefined();
  expect(propertyType(api, root, 'viaAllOf').nullable).toBe(true);
  expect(propertyType(api, root, 'viaSibling')).toEqual({ kind: 'model', id: '#/components/schemas/Owner', nullable: true });
  expect(propertyType(api, root, 'notNull').nullable).toBeUndefined();
});

test('a discriminator without mapping also maps the const / one-value enum tag of each member', () => {
  const api = build(
    {},
    {
      Created: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['created'] } } },
      Deleted: { type: 'object', required: ['kind'], properties: { kind: { const: 'Deleted' } } },
      Other: { type: 'object', properties: { kind: { type: 'string' } } },
    },
    { oneOf: ['Created', 'Deleted', 'Other'].map((n) => ({ $ref: `#/components/schemas/${n}` })), discriminator: { propertyName: 'kind' } },
  );
  const union = api.models.find((m) => m.shape.kind === 'union')!.shape;
  if (union.kind !== 'union') throw new Error('no union');
  expect(union.discriminator?.mapping.map((m) => [m.value, m.modelId.split('/').pop()])).toEqual([
    ['Created', 'Created'],
    ['created', 'Created'],
    ['Deleted', 'Deleted'],
    ['Other', 'Other'],
  ]);
});

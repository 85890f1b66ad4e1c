/**
 * The reference generator's name rules, one small document each (issue 14, "Names"): which
 * operation keeps a short name, what an inline schema under components/responses is called, and
 * how parameters that collide once cased are told apart.
 */
import { Diagnostics } from '../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../generator/ir/build/build-model.js';
import type { ApiModel, Model } from '../../../../generator/ir/model.js';
import { propertyNameSource } from '../../../../generator/ir/naming/parameter-names.js';
import { csPropertyName } from '../../../../generator/surface/csharp/names.js';
import { tsPropertyNames } from '../../../../generator/surface/typescript/names.js';
import { plainLoadedSpec } from '../../../helpers/plain-loaded-spec.js';

function build(document: Record<string, unknown>): ApiModel {
  return buildModel(plainLoadedSpec({ openapi: '3.0.3', info: { title: 't', version: '1' }, ...document }), new Diagnostics());
}

function at(api: ApiModel, pointer: string): Model {
  const model = api.models.find((m) => m.id === pointer);
  if (!model) throw new Error(`no model at ${pointer}; have ${api.models.map((m) => m.id).join(', ')}`);
  return model;
}

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const withClaims = { type: 'object', properties: { claims: { type: 'object', properties: { a: { type: 'string' } } } } };

describe('inline schemas of different operations', () => {
  // The second operation has a parameter, so its request wrapper is reached with the parameters,
  // before any body; its body must still wait for its turn in operation order.
  const api = build({
    paths: {
      '/templates': { post: { operationId: 'createTemplate', requestBody: json(withClaims), responses: { '204': { description: 'ok' } } } },
      '/templates/{id}': {
        patch: {
          operationId: 'updateTemplate',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: json(withClaims),
          responses: { '204': { description: 'ok' } },
        },
      },
    },
  });
  const claimsOf = (path: string, method: string) => at(api, `#/paths/${path}/${method}/requestBody/content/application~1json/schema/properties/claims`);

  test('the first operation in the document keeps the short name', () => {
    expect(claimsOf('~1templates', 'post').name).toBe('Claims');
    expect(claimsOf('~1templates~1{id}', 'patch').name).toBe('UpdateTemplateClaims');
  });
});

describe('an inline schema under components/responses', () => {
  const revoked = { type: 'object', properties: { status: { type: 'string', enum: ['revoked'] } } };
  const api = build({
    paths: {
      '/invitations/{id}/revoke': { post: { operationId: 'revokeInvitation', responses: { '200': { $ref: '#/components/responses/Invitation.Revoked' } } } },
      '/invitations/{id}/cancel': { post: { operationId: 'cancelInvitation', responses: { '200': { $ref: '#/components/responses/Invitation.Revoked' } } } },
    },
    components: { responses: { 'Invitation.Revoked': { description: 'Success', ...json(revoked) } } },
  });
  const pointer = '#/components/responses/Invitation.Revoked/content/application~1json/schema';

  test('is one component named after the response, dots removed, its parts after it', () => {
    expect([at(api, pointer).name, at(api, pointer).namespace]).toEqual(['InvitationRevoked', 'components']);
    expect([at(api, `${pointer}/properties/status`).name, at(api, `${pointer}/properties/status`).namespace]).toEqual(['Status', 'components']);
    const bodies = api.operations.map((op) => op.responses[0].contents[0].type);
    expect(bodies).toEqual([
      { kind: 'model', id: pointer },
      { kind: 'model', id: pointer },
    ]);
  });

  test('the response wrapper field is named after it, as after a component schema', () => {
    const wrapper = api.models.find((m) => m.id === api.operations[0].responseModelId)!;
    expect(wrapper.shape.kind === 'object' && wrapper.shape.properties[0].wireName).toBe('InvitationRevoked');
  });
});

describe('parameters whose names collide once cased', () => {
  const query = (name: string) => ({ name, in: 'query', schema: { type: 'string' } });
  const api = build({
    paths: {
      '/interstitial': {
        get: {
          operationId: 'getInterstitial',
          parameters: [{ ...query('frontendApi'), deprecated: true }, query('frontend_api'), query('publishable_key'), { name: 'publishableKey', in: 'header', schema: { type: 'string' } }],
          responses: { '204': { description: 'ok' } },
        },
      },
    },
  });
  const request = api.models.find((m) => m.origin === 'request')!;
  const properties = request.shape.kind === 'object' ? request.shape.properties : [];

  test('are named after their location, the later ones numbered', () => {
    expect(properties.map((p) => [p.wireName, p.name])).toEqual([
      ['frontendApi', 'frontendApiQueryParameter'],
      ['frontend_api', 'frontendApiQueryParameter1'],
      ['publishable_key', 'publishableKeyQueryParameter'],
      ['publishableKey', 'publishableKeyHeaderParameter'],
    ]);
  });

  test('both targets and their docs name the fields from them', () => {
    expect(tsPropertyNames(properties.map(propertyNameSource))).toEqual(['frontendApiQueryParameter', 'frontendApiQueryParameter1', 'publishableKeyQueryParameter', 'publishableKeyHeaderParameter']);
    expect(properties.map((p) => csPropertyName(propertyNameSource(p)))).toEqual([
      'FrontendApiQueryParameter',
      'FrontendApiQueryParameter1',
      'PublishableKeyQueryParameter',
      'PublishableKeyHeaderParameter',
    ]);
  });
});

/**
 * The `Security` component model (issue 14, "Names"): one optional field per security scheme,
 * named by the scheme's key, HTTP basic auth as a `SchemeBasicAuth` object; a document's own
 * `Security` schema keeps its name and ours takes the next free one.
 */
import { Diagnostics } from '../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../generator/ir/build/build-model.js';
import type { ApiModel, Model } from '../../../../generator/ir/model.js';
import { SECURITY_MODEL_ID } from '../../../../generator/ir/passes/security-model.js';
import { plainLoadedSpec } from '../../../helpers/plain-loaded-spec.js';

function build(document: Record<string, unknown>): ApiModel {
  return buildModel(plainLoadedSpec({ openapi: '3.0.3', info: { title: 't', version: '1' }, ...document }), new Diagnostics());
}

const ok = { responses: { '204': { description: 'ok' } } };
const schemes = {
  bearerAuth: { type: 'http', scheme: 'bearer', description: 'A secret key.' },
  apiKey: { type: 'apiKey', in: 'header', name: 'X-Key' },
  basic: { type: 'http', scheme: 'basic' },
};
const security = (api: ApiModel): Model => api.models.find((m) => m.id === SECURITY_MODEL_ID)!;

describe('the Security model', () => {
  test('has one optional field per scheme, in the order the document declares them', () => {
    const api = build({ paths: { '/a': { get: { operationId: 'getA', ...ok } } }, components: { securitySchemes: schemes } });
    const model = security(api);
    expect(model).toMatchObject({ name: 'Security', namespace: 'components', origin: 'security' });
    if (model.shape.kind !== 'object') throw new Error('not an object');
    expect(model.shape.properties.map((p) => [p.wireName, p.required, p.type.kind])).toEqual([
      ['bearerAuth', false, 'string'],
      ['apiKey', false, 'string'],
      ['basic', false, 'model'],
    ]);
    expect(model.shape.properties[0].description).toBe('A secret key.');
    const basic = model.shape.properties[2].type;
    const basicModel = api.models.find((m) => basic.kind === 'model' && m.id === basic.id)!;
    expect(basicModel.name).toBe('SchemeBasicAuth');
    expect(basicModel.shape.kind === 'object' && basicModel.shape.properties.map((p) => [p.wireName, p.required])).toEqual([
      ['username', true],
      ['password', true],
    ]);
  });

  test('is there even when no operation uses security, and absent without schemes', () => {
    expect(security(build({ paths: {}, components: { securitySchemes: { bearerAuth: schemes.bearerAuth } } }))).toBeDefined();
    expect(security(build({ paths: { '/a': { get: { operationId: 'getA', ...ok } } } }))).toBeUndefined();
  });

  test("a document's own Security schema keeps the name", () => {
    const api = build({
      paths: { '/a': { get: { operationId: 'getA', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Security' } } } } } } } },
      components: { securitySchemes: { bearerAuth: schemes.bearerAuth }, schemas: { Security: { type: 'object', properties: { level: { type: 'string' } } } } },
    });
    expect(api.models.find((m) => m.id === '#/components/schemas/Security')!.name).toBe('Security');
    expect(security(api).name).toBe('Security2');
  });

  test('takes its name before inline component schemas do', () => {
    const settings = { type: 'object', properties: { security: { type: 'object', properties: { x: { type: 'string' } } } } };
    const api = build({
      paths: { '/a': { get: { operationId: 'getA', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Settings' } } } } } } } },
      components: { securitySchemes: { bearerAuth: schemes.bearerAuth }, schemas: { Settings: settings } },
    });
    expect(security(api).name).toBe('Security');
    expect(api.models.find((m) => m.id === '#/components/schemas/Settings/properties/security')!.name).toBe('SettingsSecurity');
  });
});

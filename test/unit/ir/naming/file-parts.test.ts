/**
 * File parts (issue 14, "Names"): a binary property of a multipart body is a `{ fileName,
 * content }` model named like any inline schema of the body: the first upload in the document
 * has `File` (TypeScript `FileT`), later ones `<Op>File` (in components: `<Body>File`). The
 * reference's Clerk docs have `operations.FileT` (SetUserProfileImage) and
 * `UploadOrganizationLogoFile` (C#).
 */
import { Diagnostics } from '../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../generator/ir/build/build-model.js';
import type { ApiModel, Model } from '../../../../generator/ir/model.js';
import { tsTypeNames } from '../../../../generator/surface/typescript/names.js';
import { plainLoadedSpec } from '../../../helpers/plain-loaded-spec.js';

function build(document: Record<string, unknown>): ApiModel {
  return buildModel(plainLoadedSpec({ openapi: '3.0.3', info: { title: 't', version: '1' }, ...document }), new Diagnostics());
}

const ok = { responses: { '204': { description: 'ok' } } };
const upload = (schema: unknown, media = 'multipart/form-data') => ({ requestBody: { content: { [media]: { schema } } }, ...ok });
const withFile = { type: 'object', required: ['file'], properties: { note: { type: 'string' }, file: { type: 'string', format: 'binary' } } };
const fileParts = (api: ApiModel): Model[] => api.models.filter((m) => m.filePart);

describe('file parts of multipart bodies', () => {
  const api = build({
    paths: {
      '/users/{id}/image': { post: { operationId: 'SetUserProfileImage', ...upload(withFile) } },
      '/orgs/{id}/logo': { post: { operationId: 'UploadOrganizationLogo', ...upload(withFile) } },
      '/docs': { post: { operationId: 'uploadDocument', ...upload({ $ref: '#/components/schemas/DocumentUpload' }) } },
    },
    components: { schemas: { DocumentUpload: withFile } },
  });

  test('the first operation keeps File (FileT in TypeScript), later ones are <Op>File; a component body names its own in components', () => {
    const parts = fileParts(api);
    expect(parts.map((m) => m.name)).toEqual(['File', 'UploadOrganizationLogoFile', 'File']);
    const ts = tsTypeNames(api.models);
    expect(parts.map((m) => ts.get(m.id))).toEqual(['FileT', 'UploadOrganizationLogoFile', 'FileT']);
    expect(parts.map((m) => m.namespace)).toEqual(['operations', 'operations', 'components']);
  });

  test('a file part is fileName and binary content, both required; the body property refers to it', () => {
    const [part] = fileParts(api);
    expect(part.shape).toEqual({
      kind: 'object',
      properties: [
        expect.objectContaining({ wireName: 'fileName', type: { kind: 'string' }, required: true }),
        expect.objectContaining({ wireName: 'content', type: { kind: 'string', format: 'binary' }, required: true }),
      ],
    });
    const body = api.models.find((m) => m.name === 'SetUserProfileImageRequestBody')!;
    const file = body.shape.kind === 'object' ? body.shape.properties.find((p) => p.wireName === 'file') : undefined;
    expect(file).toMatchObject({ required: true, type: { kind: 'model', id: part.id } });
  });

  test('a second component body with a file part is <Body>File', () => {
    const two = build({
      paths: {
        '/a': { post: { operationId: 'postA', ...upload({ $ref: '#/components/schemas/First' }) } },
        '/b': { post: { operationId: 'postB', ...upload({ $ref: '#/components/schemas/Second' }) } },
      },
      components: { schemas: { First: withFile, Second: withFile } },
    });
    expect(fileParts(two).map((m) => m.name)).toEqual(['File', 'SecondFile']);
  });

  test('a JSON body keeps its binary string', () => {
    const json = build({ paths: { '/a': { post: { operationId: 'postA', ...upload(withFile, 'application/json') } } } });
    expect(fileParts(json)).toEqual([]);
  });
});

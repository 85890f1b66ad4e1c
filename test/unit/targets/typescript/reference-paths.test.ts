/**
 * The reference SDK's one-class module paths (models/errors/sdkvalidationerror.js and the like)
 * re-export our classes, unless a model of the API already has that module: then the model keeps
 * its file and the alias is left out.
 */
import { Diagnostics } from '../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../generator/ir/build/build-model.js';
import { typescriptTarget } from '../../../../generator/targets/typescript/index.js';
import { plainLoadedSpec } from '../../../helpers/plain-loaded-spec.js';

function specWithErrorModel(name: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          responses: {
            '200': { description: 'OK', content: { 'application/json': { schema: { type: 'string' } } } },
            '400': { description: 'bad', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } },
          },
        },
      },
    },
    components: { schemas: { [name]: { type: 'object', properties: { message: { type: 'string' } } } } },
  };
}

async function emit(spec: Record<string, unknown>): Promise<Map<string, string>> {
  const model = buildModel(plainLoadedSpec(spec), new Diagnostics());
  const files = await typescriptTarget.emit(model, { packageName: 'things', sdkClassName: 'Things' });
  return new Map(files.map((f) => [f.path, f.contents]));
}

test('the aliases re-export the classes and types at the reference paths', async () => {
  const files = await emit(specWithErrorModel('Problem'));
  expect(files.get('src/models/errors/sdkvalidationerror.ts')).toContain('export { SDKValidationError } from "../../lib/errors.js";');
  expect(files.get('src/models/errors/httpclienterrors.ts')).toContain('ConnectionError');
  expect(files.get('src/models/errors/apierror.ts')).toContain('export { APIError } from "../../errors/apierror.js";');
  expect(files.get('src/types/fp.ts')).toContain('unwrap');
  expect(files.get('src/lib/sdks.ts')).toContain('RequestOptions');
  expect(JSON.parse(files.get('package.json')!).exports['./types/*.js']).toBeDefined();
});

test('a model that has one of those module paths keeps it', async () => {
  const files = await emit(specWithErrorModel('SDKValidationError'));
  const module = files.get('src/models/errors/sdkvalidationerror.ts')!;
  expect(module).toContain('export type SDKValidationError = {');
  expect(module).not.toContain('export { SDKValidationError }');
});

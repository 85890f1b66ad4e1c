/**
 * Spec defaults go out when the caller leaves a field out (issue 14, as the reference SDK sends
 * them): the toWire mappers fill every optional scalar whose `default` fits its type, at any
 * depth; a field that is given, even as null, keeps its value; an ill-typed default is not sent.
 */
import { Diagnostics } from '../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../generator/ir/build/build-model.js';
import { emitPackage } from '../../../../generator/emit-package.js';
import { typescriptTarget } from '../../../../generator/targets/typescript/index.js';
import { plainLoadedSpec } from '../../../helpers/plain-loaded-spec.js';
import { removePackage } from './support/compile.js';
import { runMappers, transpilePackage } from './support/run-mappers.js';

const spec = {
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {
    '/invites': {
      post: { operationId: 'invite', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Invite' } } } }, responses: { '200': { description: 'OK' } } },
    },
  },
  components: {
    schemas: {
      Invite: {
        type: 'object',
        required: ['email_address'],
        properties: {
          email_address: { type: 'string' },
          notify: { type: 'boolean', default: true },
          expires_in_days: { type: 'integer', default: 30 },
          role: { type: 'string', enum: ['admin', 'member'], default: 'member' },
          wrong: { type: 'integer', default: 'soon' },
          settings: { type: 'object', properties: { locale: { type: 'string', default: 'en' } } },
        },
      },
    },
  },
};

test('defaults fill what the caller left out, and nothing else', async () => {
  const api = buildModel(plainLoadedSpec(spec), new Diagnostics());
  const files = await emitPackage(typescriptTarget, api, { packageName: 'defaults', sdkClassName: 'SDK' });
  const dir = transpilePackage(files);
  try {
    const [bare, given] = runMappers(dir, [
      { module: 'components/invite', type: 'Invite', wire: JSON.stringify({ email_address: 'a@b.c', settings: {} }) },
      { module: 'components/invite', type: 'Invite', wire: JSON.stringify({ email_address: 'a@b.c', notify: false, expires_in_days: null, role: 'admin' }) },
    ]);
    expect(bare!.back).toEqual({ email_address: 'a@b.c', notify: true, expires_in_days: 30, role: 'member', settings: { locale: 'en' } });
    expect(given!.back).toEqual({ email_address: 'a@b.c', notify: false, expires_in_days: null, role: 'admin' });
  } finally {
    removePackage(dir);
  }
});

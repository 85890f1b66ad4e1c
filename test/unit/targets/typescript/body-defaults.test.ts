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

test('query and header parameters left out send their defaults; given ones, path ones and ill-typed defaults do not', async () => {
  const list = {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/things/{kind}': {
        get: {
          operationId: 'listThings',
          parameters: [
            { name: 'kind', in: 'path', required: true, schema: { type: 'string', default: 'all' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', default: 10 } },
            { name: 'order_by', in: 'query', schema: { type: 'string', default: '-created_at' } },
            { name: 'wrong', in: 'query', schema: { type: 'integer', default: 'soon' } },
            { name: 'plain', in: 'query', schema: { type: 'string' } },
            { name: 'X-Region', in: 'header', schema: { type: 'string', enum: ['eu', 'us'], default: 'eu' } },
          ],
          responses: { '200': { description: 'OK' } },
        },
      },
    },
  };
  const api = buildModel(plainLoadedSpec(list), new Diagnostics());
  const files = await emitPackage(typescriptTarget, api, { packageName: 'defaults', sdkClassName: 'SDK' });
  const fn = files.find((f) => f.path === 'src/funcs/listThings.ts')!.contents;
  const getter = (name: string) => new RegExp(`name: "${name}",[^\\n]*get: \\(r\\) => ([^}]*) }`).exec(fn)?.[1];
  expect(getter('limit')).toBe('r.limit === undefined ? 10 : r.limit');
  expect(getter('order_by')).toBe('r.orderBy === undefined ? "-created_at" : r.orderBy');
  expect(getter('X-Region')).toBe('r.xRegion === undefined ? "eu" : r.xRegion');
  expect(getter('wrong')).toBe('r.wrong');
  expect(getter('plain')).toBe('r.plain');
  expect(getter('kind')).toBe('r.kind');
});

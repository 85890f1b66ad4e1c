/** The MCP server's generated parts: tool names and hints, input schemas, credential flags, package files. */
import { Diagnostics } from '../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../../../generator/ir/model.js';
import { sdkSurface } from '../../../../generator/surface/typescript/sdk-surface.js';
import { EmitContext } from '../../../../generator/targets/typescript/context.js';
import { toolInput } from '../../../../generator/targets/typescript/mcp/input-schema.js';
import { mcpSecurityFlags } from '../../../../generator/surface/typescript/mcp-security-flags.js';
import { annotationsOf, MAX_TOOL_DESCRIPTION, mcpTools, toolDescription } from '../../../../generator/surface/typescript/mcp-tools.js';
import { typescriptTarget } from '../../../../generator/targets/typescript/index.js';
import { emitPackage } from '../../../../generator/emit-package.js';
import { plainLoadedSpec } from '../../../helpers/plain-loaded-spec.js';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { removePackage, typeCheck, writePackage } from './support/compile.js';

function api(document: Record<string, unknown>): ApiModel {
  return buildModel(plainLoadedSpec({ openapi: '3.1.0', info: { title: 'T', version: '1' }, ...document }), new Diagnostics());
}

const ok = { '200': { description: 'OK' } };

function toolsOf(a: ApiModel) {
  return mcpTools(sdkSurface(a));
}

function inputOf(a: ApiModel, operationId: string) {
  const s = sdkSurface(a).byOperationId.get(operationId)!;
  return toolInput(new EmitContext(a), s);
}

describe('tool names', () => {
  test('<group>-<method> in kebab case, unique, at most 64 characters, stable', () => {
    const long = 'x'.repeat(80);
    const a = api({
      paths: {
        '/a': { get: { operationId: 'listUsers', tags: ['UserAccounts'], 'x-speakeasy-name-override': 'list', responses: ok } },
        '/b': { get: { operationId: 'getJWKS', responses: ok } },
        '/c': { get: { operationId: `${long}One`, tags: ['g'], responses: ok } },
        '/d': { get: { operationId: `${long}Two`, tags: ['g'], responses: ok } },
      },
    });
    const names = toolsOf(a).map((t) => t.name);
    expect(names[0]).toBe('get-jwks');
    expect(names[1]).toBe('user-accounts-list');
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(new Set(names).size).toBe(names.length);
    expect(names[2]).not.toMatch(/--/);
    expect(toolsOf(a).map((t) => t.name)).toEqual(names);
  });

  test('x-speakeasy-mcp: disabled leaves the tool out; name, description and scopes replace the defaults; wrong types are ignored', () => {
    const a = api({
      paths: {
        '/a': {
          get: { operationId: 'a', summary: 'Get A', 'x-speakeasy-mcp': { disabled: true }, responses: ok },
          post: { operationId: 'b', summary: 'Make B', 'x-speakeasy-mcp': { name: 'make b!', description: 'Custom.', scopes: ['write', 3] }, responses: ok },
          put: { operationId: 'c', summary: 'Put C', 'x-speakeasy-mcp': { disabled: 'yes', name: 42 }, responses: ok },
          delete: { operationId: 'd', 'x-speakeasy-mcp': { name: 'make-b' }, responses: ok },
        },
      },
    });
    const tools = toolsOf(a);
    expect(tools.map((t) => [t.name, t.title, t.description, t.scopes])).toEqual([
      ['make-b', 'Make B', 'Custom.', ['write']],
      ['c', 'Put C', 'Put C', []],
      ['make-b-2', 'd', 'DELETE /a', []],
    ]);
  });

  test('hints follow the method; descriptions are trimmed and cut at a word', () => {
    expect(annotationsOf('get')).toEqual({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true });
    expect(annotationsOf('delete')).toMatchObject({ readOnlyHint: false, destructiveHint: true, idempotentHint: true });
    expect(annotationsOf('put')).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: true });
    expect(annotationsOf('post')).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false });
    expect(annotationsOf('query')).toMatchObject({ readOnlyHint: true, destructiveHint: false, idempotentHint: true });
    expect(annotationsOf('purge')).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false });
    const op = { deprecated: true, requestMethod: 'GET', path: '/x' };
    expect(toolDescription('  Lists things.  \n\n\n\nMore.  ', op)).toBe('Deprecated. Lists things.\n\nMore.');
    const cut = toolDescription('word '.repeat(400), { ...op, deprecated: false });
    expect(cut.length).toBeLessThanOrEqual(MAX_TOOL_DESCRIPTION);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('input schemas', () => {
  const document = {
    paths: {
      '/users/{user_id}': {
        get: { operationId: 'getUser', parameters: [{ name: 'user_id', in: 'path', required: true, description: 'The user', schema: { type: 'string' } }], responses: ok },
        patch: {
          operationId: 'updateUser',
          parameters: [{ name: 'user_id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/User' } } } },
          responses: ok,
        },
      },
      '/tags': { post: { operationId: 'setTags', requestBody: { required: true, content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } }, responses: ok } },
      '/nodes': { post: { operationId: 'addNode', requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } } }, responses: ok } },
      '/upload': {
        post: {
          operationId: 'upload',
          requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, note: { type: 'string' } } } } } },
          responses: ok,
        },
      },
      '/ping': { get: { operationId: 'ping', responses: ok } },
    },
    components: {
      schemas: {
        User: {
          type: 'object',
          required: ['first_name'],
          properties: {
            id: { type: 'string', readOnly: true },
            first_name: { type: 'string', default: 'Ann' },
            born_at: { type: ['string', 'null'], format: 'date-time' },
            role: { type: 'string', enum: ['admin', 'member'] },
          },
        },
        Node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
      },
    },
  };

  test('positional parameters: one property each, with the description and required', () => {
    const input = inputOf(api(document), 'getUser');
    expect(input.passing).toEqual({ kind: 'positional', names: ['userId'] });
    expect(input.schema).toEqual({ type: 'object', properties: { userId: { type: 'string', description: 'The user' } }, required: ['userId'] });
  });

  test('a request wrapper: parameters and the body, camelCase, read-only left out, nullable and enums kept', () => {
    const input = inputOf(api(document), 'updateUser');
    expect(input.passing).toEqual({ kind: 'whole' });
    const body = (input.schema.properties as Record<string, any>).user ?? Object.values(input.schema.properties as object)[1];
    expect(input.schema.required).toEqual(expect.arrayContaining(['userId']));
    expect(body.properties).toEqual({
      firstName: { type: 'string', default: 'Ann' },
      bornAt: { type: ['string', 'null'], format: 'date-time' },
      role: { type: 'string', enum: ['admin', 'member'] },
    });
    expect(body.required).toEqual(['firstName']);
  });

  test('a body that is not an object goes under requestBody; none gives an empty object', () => {
    const a = api(document);
    expect(inputOf(a, 'setTags')).toMatchObject({
      passing: { kind: 'property', name: 'requestBody' },
      schema: { properties: { requestBody: { type: 'array', items: { type: 'string' } } }, required: ['requestBody'] },
    });
    expect(inputOf(a, 'ping')).toMatchObject({ passing: { kind: 'none' }, schema: { type: 'object', properties: {}, additionalProperties: false } });
  });

  test('a recursive model goes under $defs and is referenced from itself', () => {
    const input = inputOf(api(document), 'addNode');
    expect(input.passing).toEqual({ kind: 'whole' });
    expect((input.schema.properties as any).children).toEqual({ type: 'array', items: { $ref: '#/$defs/Node' } });
    expect((input.schema.$defs as any).Node.properties.children.items).toEqual({ $ref: '#/$defs/Node' });
  });

  test('files in a multipart body are base64 objects at known paths', () => {
    const input = inputOf(api(document), 'upload');
    expect(input.files).toEqual([['file']]);
    expect((input.schema.properties as any).file).toMatchObject({ type: 'object', required: ['content'], properties: { content: { contentEncoding: 'base64' } } });
  });
});

describe('credential flags and package files', () => {
  const a = api({
    paths: { '/a': { get: { operationId: 'a', responses: ok } } },
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer' },
        basic: { type: 'http', scheme: 'basic' },
        port: { type: 'apiKey', in: 'header', name: 'X-Port' },
        oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://x/token', scopes: {} } } },
      },
    },
  });

  test('one flag per scheme, never clashing with a server flag, with the SDK environment variable', () => {
    expect(mcpSecurityFlags(a, 'ACME_API')).toEqual([
      { option: 'bearerAuth', kind: 'token', flag: 'bearer-auth', env: 'ACME_API_BEARER_AUTH', description: 'HTTP bearer token' },
      { option: 'basic', kind: 'basic', flag: 'basic', env: 'ACME_API_BASIC', description: 'HTTP basic credentials' },
      { option: 'port', kind: 'token', flag: 'auth-port', env: 'ACME_API_PORT', description: 'API key (header X-Port)' },
      { option: 'oauth', kind: 'clientCredentials', flag: 'oauth', env: 'ACME_API_OAUTH', description: 'OAuth2 client credentials' },
    ]);
  });

  test('mcp: true adds src/mcp-server/, MCP.md, the bin, the dependency and its export; without it nothing changes', async () => {
    const withMcp = await emitPackage(typescriptTarget, a, { packageName: 'acme', sdkClassName: 'AcmeApi', mcp: true });
    const without = await emitPackage(typescriptTarget, a, { packageName: 'acme', sdkClassName: 'AcmeApi' });
    const paths = withMcp.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['MCP.md', 'src/mcp-server/bin.ts', 'src/mcp-server/tools.ts', 'src/mcp-server/server.ts', 'src/mcp-server/cli.ts', 'src/mcp-server/index.ts']));
    expect(without.map((f) => f.path).filter((p) => p.includes('mcp') || p.includes('MCP'))).toEqual([]);
    const pkg = JSON.parse(withMcp.find((f) => f.path === 'package.json')!.contents);
    expect(pkg.bin).toEqual({ mcp: './dist/mcp-server/bin.js' });
    expect(Object.keys(pkg.dependencies)).toEqual(['@modelcontextprotocol/sdk']);
    expect(pkg.exports['./mcp-server']).toBeDefined();
    expect(pkg.files).toContain('MCP.md');
    expect(JSON.parse(without.find((f) => f.path === 'package.json')!.contents).dependencies).toBeUndefined();
    expect(withMcp.find((f) => f.path === 'src/mcp-server/bin.ts')!.contents.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // No SDK module imports the server: importing the SDK never loads the MCP SDK.
    for (const f of withMcp.filter((x) => x.path.startsWith('src/') && !x.path.startsWith('src/mcp-server/'))) expect(f.contents).not.toMatch(/mcp-server|@modelcontextprotocol/);
    const readme = withMcp.find((f) => f.path === 'README.md')!.contents;
    expect(readme).toContain('<!-- Start MCP Server [mcp-server] -->');
    expect(withMcp.find((f) => f.path === 'MCP.md')!.contents).toContain('`--auth-port`');
  });
});

test('envVarPrefix names every environment variable: the client config, the README, the usage docs and MCP.md', async () => {
  const a = api({
    paths: { '/a': { get: { operationId: 'a', tags: ['things'], responses: ok } } },
    components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearerAuth: [] }],
  });
  const files = await emitPackage(typescriptTarget, a, { packageName: 'acme', sdkClassName: 'AcmeApi', mcp: true, envVarPrefix: 'ACME' });
  const text = (path: string) => files.find((f) => f.path === path)!.contents;
  expect(text('src/core.ts')).toContain('"env":"ACME_BEARER_AUTH"');
  expect(text('src/core.ts')).toContain('envPrefix: "ACME"');
  expect(text('README.md')).toContain('ACME_BEARER_AUTH');
  expect(text('README.md')).toContain('ACME_DEBUG=1');
  expect(text('MCP.md')).toContain('`ACME_BEARER_AUTH`');
  expect(files.filter((f) => f.path.endsWith('.md') || f.path.endsWith('.ts')).some((f) => f.contents.includes('ACME_API_'))).toBe(false);
});

describe('the generated server compiles', () => {
  test('with operations named like the names tools.ts declares (options, tools, client, args) and odd shapes', async () => {
    const names = ['options', 'tools', 'client', 'args', 'SDKCore', 'toolDefinition'];
    const a = api({
      paths: Object.fromEntries(
        names.map((n, i) => [
          `/p${i}/{id}`,
          {
            post: {
              operationId: n,
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { at: { type: 'string', format: 'date-time' } } } } } },
              responses: { '200': { description: 'OK', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } },
            },
          },
        ]),
      ),
      components: { securitySchemes: { k: { type: 'apiKey', in: 'header', name: 'X-K' } } },
      security: [{ k: [] }],
    });
    const files = await emitPackage(typescriptTarget, a, { packageName: 'odd', sdkClassName: 'SDK', mcp: true });
    const dir = writePackage(files, 'mcp');
    try {
      // The MCP SDK and @types/node come from this repository's dev dependencies.
      symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
      expect(typeCheck(dir)).toEqual([]);
    } finally {
      removePackage(dir);
    }
  }, 120_000);
});

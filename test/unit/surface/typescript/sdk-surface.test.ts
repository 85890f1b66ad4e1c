/** Names and call shapes of the SDK surface (shared with the docs renderer). */
import { Diagnostics } from '../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../generator/ir/build/build-model.js';
import {
  coreClassName,
  defaultErrorClassName,
  envPrefix,
  envPrefixOf,
  functionFileName,
  sdkSurface,
  securityEnvVar,
  securityOptionName,
} from '../../../../generator/surface/typescript/sdk-surface.js';
import { plainLoadedSpec } from '../../../helpers/plain-loaded-spec.js';

const spec = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/users': {
      get: {
        operationId: 'ListUsers',
        tags: ['Users'],
        'x-speakeasy-name-override': 'list',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'offset', in: 'query', schema: { type: 'integer' } },
        ],
        responses: { '200': { description: 'ok' } },
      },
      post: {
        operationId: 'CreateUser',
        tags: ['Users'],
        'x-speakeasy-name-override': 'create',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
    '/users/{user_id}': {
      get: {
        operationId: 'GetUser',
        tags: ['Users'],
        'x-speakeasy-name-override': 'get',
        parameters: [{ name: 'user_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
      },
      delete: {
        operationId: 'DeleteUser',
        tags: ['Users'],
        'x-speakeasy-name-override': 'get',
        parameters: [{ name: 'user_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok' } },
      },
      patch: {
        operationId: 'UpdateUser',
        tags: ['Users'],
        parameters: [{ name: 'user_id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
    '/health': { get: { operationId: 'GetHealth', responses: { '200': { description: 'ok' } } } },
    '/delete': { post: { operationId: 'delete', parameters: [{ name: 'class', in: 'query', schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } },
    '/oauth': { get: { operationId: 'OAuthStatus', tags: ['OAuth Applications'], responses: { '200': { description: 'ok' } } } },
  },
};

const api = buildModel(plainLoadedSpec(spec), new Diagnostics());
const surface = sdkSurface(api);

describe('sdkSurface', () => {
  test('groups become camelCase properties with a PascalCase class', () => {
    expect(surface.groups.map((g) => [g.name, g.property, g.className])).toEqual([
      ['Users', 'users', 'Users'],
      ['OAuth Applications', 'oAuthApplications', 'OAuthApplications'],
    ]);
  });

  test('method names, standalone function names, and duplicates', () => {
    const users = surface.groups[0].operations.map((s) => [s.operation.id, s.methodName, s.functionName, s.functionFile]);
    expect(users).toEqual([
      ['ListUsers', 'list', 'usersList', 'usersList'],
      ['CreateUser', 'create', 'usersCreate', 'usersCreate'],
      ['GetUser', 'get', 'usersGet', 'usersGet'],
      ['DeleteUser', 'get2', 'usersGet2', 'usersGet2'],
      ['UpdateUser', 'updateUser', 'usersUpdateUser', 'usersUpdateUser'],
    ]);
    expect(surface.rootOperations.map((s) => [s.methodName, s.functionName])).toEqual([
      ['getHealth', 'getHealth'],
      ['delete', 'delete_'],
    ]);
  });

  test('arguments: request object, body only, positional, none', () => {
    const arg = (id: string) => surface.byOperationId.get(id)!.argument;
    expect(arg('ListUsers')).toEqual({ kind: 'request', type: { kind: 'model', id: 'op:ListUsers:request' }, optional: true });
    expect(arg('CreateUser')).toMatchObject({ kind: 'request', type: { kind: 'model' }, optional: false });
    expect(arg('GetUser')).toMatchObject({ kind: 'positional', parameters: [{ name: 'userId', propertyName: 'userId', optional: false }] });
    expect(arg('UpdateUser')).toMatchObject({ kind: 'request', optional: false });
    expect(arg('GetHealth')).toEqual({ kind: 'none' });
    expect(arg('delete')).toMatchObject({ kind: 'positional', parameters: [{ name: 'class_', propertyName: 'class', optional: true }] });
  });
});

describe('naming helpers', () => {
  test('core class, default error, environment variables, option names', () => {
    expect(coreClassName('ClerkBackendApi')).toBe('ClerkBackendApiCore');
    expect(defaultErrorClassName('ClerkBackendApi')).toBe('ClerkAPIError');
    expect(defaultErrorClassName('SDK')).toBe('APIError');
    expect(envPrefix('ClerkBackendApi')).toBe('CLERK_BACKEND_API');
    expect(securityEnvVar(envPrefix('ClerkBackendApi'), 'bearerAuth')).toBe('CLERK_BACKEND_API_BEARER_AUTH');
    expect(envPrefixOf({ sdkClassName: 'ClerkBackendApi' })).toBe('CLERK_BACKEND_API');
    expect(envPrefixOf({ sdkClassName: 'ClerkBackendApi', envVarPrefix: 'CLERK' })).toBe('CLERK');
    expect(securityOptionName('api_key')).toBe('apiKey');
    expect(securityOptionName('fetch')).toBe('fetchAuth');
  });

  test('long function names keep a unique, stable module name', () => {
    const long = `op${'X'.repeat(300)}`;
    const file = functionFileName(long);
    expect(file.length).toBeLessThanOrEqual(128);
    expect(functionFileName(long)).toBe(file);
    expect(functionFileName(`${long}Y`)).not.toBe(file);
    expect(functionFileName('short')).toBe('short');
  });
});

/** The C# SDK surface that the docs renderer shares: groups, method names, arguments, errors. */
import { csharpMethodInput, csharpSurface, csharpTrailingArguments } from '../../../../generator/surface/csharp/sdk-surface.js';
import type { ApiModel, Operation } from '../../../../generator/ir/model.js';
import { csClassNames } from '../../../../generator/surface/csharp/class-names.js';
import { csharpNames } from '../../../../generator/surface/csharp/index.js';
import { loadApi } from '../../targets/csharp/support/generate.js';
import { CLERK_SPEC, FIXTURE_SPECS } from '../../targets/csharp/support/paths.js';

/** What the names stage computes for one operation. */
function inputOf(api: ApiModel, operation: Operation, maxMethodParams?: number) {
  return csharpMethodInput(operation, new Map(api.models.map((m) => [m.id, m])), csClassNames(api.models), maxMethodParams);
}

let clerk: ApiModel;
let models: ApiModel;
let client: ApiModel;

beforeAll(async () => {
  clerk = await loadApi(CLERK_SPEC);
  models = await loadApi(`${FIXTURE_SPECS}/models.yaml`);
  client = await loadApi(`${FIXTURE_SPECS}/client.yaml`);
});

const op = (api: ApiModel, id: string) => api.operations.find((o) => o.id === id)!;

describe('csharp surface', () => {
  test('one group property per group, methods named <Name>Async as the reference docs show', () => {
    const surface = csharpSurface(clerk, 'ClerkBackendApi');
    const signUps = surface.groups.find((g) => g.name === 'signUps')!;
    expect(signUps).toMatchObject({ className: 'SignUps', propertyName: 'SignUps' });
    expect(surface.methodNames.get('GetSignUp')).toBe('GetAsync');
    expect(surface.methodNames.get('GetUserList')).toBe('ListAsync');
    expect(surface.groups.find((g) => g.name === 'emailSMSTemplates')!.className).toBe('EmailSMSTemplates');
    expect(surface.rootOperationIds).toEqual([]);
  });

  test('a group may not take the name of a namespace or of the SDK class', () => {
    const surface = csharpSurface(models, 'SDK');
    expect(surface.groups.find((g) => g.name === 'Models')).toMatchObject({ className: 'ModelsGroup', propertyName: 'Models' });
    expect(csharpSurface(client, 'Pagination').groups.find((g) => g.name === 'pagination')).toMatchObject({ className: 'PaginationGroup', propertyName: 'PaginationGroup' });
  });

  test('operations without a group are methods of the SDK class', () => {
    const surface = csharpSurface(client, 'SDK');
    expect(surface.rootOperationIds).toEqual(['health']);
    expect(surface.methodNames.get('health')).toBe('HealthAsync');
  });

  test('up to four parameters are flattened, in IR order, with the reference argument names', () => {
    const input = inputOf(clerk, op(clerk, 'UpdateSignUp'));
    expect(input.kind).toBe('flattened');
    if (input.kind !== 'flattened') return;
    expect(input.parameters.map((p) => [p.name, p.propertyName])).toEqual([
      ['id', 'Id'],
      ['requestBody', 'RequestBody'],
    ]);
  });

  test('more than four parameters take the request object; a body alone is the request', () => {
    expect(inputOf(clerk, op(clerk, 'GetUserList'))).toMatchObject({ kind: 'request', name: 'request', modelId: 'op:GetUserList:request' });
    expect(inputOf(clerk, op(clerk, 'CreateBlocklistIdentifier'))).toMatchObject({ kind: 'request', name: 'request', required: false });
    expect(inputOf(clerk, op(clerk, 'ListBlocklistIdentifiers'))).toEqual({ kind: 'none' });
    expect(inputOf(client, op(client, 'manyParams')).kind).toBe('request');
    expect(inputOf(clerk, op(clerk, 'GetUserList'), 100).kind).toBe('flattened');
  });

  test('keywords are escaped in argument names; trailing arguments stay clear of them', () => {
    const input = inputOf(models, op(models, 'getThing'));
    expect(input.kind === 'flattened' && input.parameters.map((p) => p.name)).toEqual(['@class', '@params', '_2fa']);
    const clash = { kind: 'flattened', modelId: 'x', parameters: [{ name: 'options' }, { name: 'cancellationToken' }] } as never;
    expect(csharpTrailingArguments(clash)).toEqual({ options: 'requestOptions', cancellationToken: 'ct', retryConfig: 'retryConfig' });
    const retryClash = { kind: 'flattened', modelId: 'x', parameters: [{ name: 'retryConfig' }] } as never;
    expect(csharpTrailingArguments(retryClash)).toEqual({ options: 'options', cancellationToken: 'cancellationToken', retryConfig: 'retries' });
  });

  test("every method ends with the reference's retryConfig, after our options and token", () => {
    expect(csharpTrailingArguments(inputOf(clerk, op(clerk, 'GetUser')))).toEqual({ options: 'options', cancellationToken: 'cancellationToken', retryConfig: 'retryConfig' });
  });

  test('a request object without a required field is optional; one with a required field is not', () => {
    // GetUserList: only optional query parameters. manyParams: path `a` and query `b` are required.
    expect(inputOf(clerk, op(clerk, 'GetUserList'))).toMatchObject({ kind: 'request', wrapper: true, required: false });
    expect(inputOf(client, op(client, 'manyParams'))).toMatchObject({ kind: 'request', wrapper: true, required: true });
    // A body alone keeps the spec's requestBody.required.
    expect(inputOf(clerk, op(clerk, 'CreateBlocklistIdentifier'))).toMatchObject({ kind: 'request', wrapper: false, required: false });
  });

  test('the SDK class and each group have an interface, I + class name, clear of other root names', () => {
    const surface = csharpSurface(clerk, 'ClerkBackendApi');
    expect(surface.sdkInterfaceName).toBe('IClerkBackendApi');
    expect(surface.groups.find((g) => g.name === 'users')).toMatchObject({ className: 'Users', interfaceName: 'IUsers' });
    expect(new Set(surface.groups.map((g) => g.interfaceName)).size).toBe(surface.groups.length);
    const clashing = { ...client, groups: [...client.groups, { name: 'IRetries', operationIds: [client.operations[0].id] }] } as ApiModel;
    const names = csharpSurface(clashing, 'SDK').groups;
    expect(names.find((g) => g.name === 'IRetries')!.className).toBe('IRetries');
    expect(names.find((g) => g.name === 'retries')!.interfaceName).toBe('IRetriesInterface');
  });

  test('default error class', () => {
    expect(csharpNames(clerk, 'SDK').runtimeClassNames.get('SDKError')).toBe('SDKError');
    expect(csharpNames(models, 'SDK').runtimeClassNames.get('SDKError')).toBe('SDKDefaultError');
  });
});

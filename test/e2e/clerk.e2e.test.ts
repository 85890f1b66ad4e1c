/**
 * Every operation of the Clerk spec, called through the generated SDK (class methods and
 * standalone functions) against the spec server: each request must match the spec and carry
 * exactly the values sent, and each response must validate (strict) and map to the expected model.
 */
import { buildSdk, CLERK_SPEC, type BuiltSdk } from './support/build-sdk.js';
import { expectedRequest, ModelValues, surfaceOf } from './support/expected.js';
import { SpecServer } from './support/spec-server.js';
import type { OperationSurface } from '../../generator/surface/typescript/sdk-surface.js';

let sdk: BuiltSdk;
let server: SpecServer;

beforeAll(async () => {
  sdk = await buildSdk(CLERK_SPEC, '@clerk/backend-api-client', 'ClerkBackendApi');
  server = await SpecServer.start(sdk.api, sdk.document);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

async function expectedResult(values: ModelValues, s: OperationSurface): Promise<unknown> {
  const success = s.operation.responses.find((r) => !r.isError);
  const content = success?.contents[0];
  return content ? values.toModel(content.type, server.answers.get(s.operation.id)) : undefined;
}

function operations(): OperationSurface[] {
  const surface = surfaceOf(sdk.api);
  return [...surface.rootOperations, ...surface.groups.flatMap((g) => g.operations)];
}

describe('Clerk SDK against the spec server', () => {
  test('every operation through the SDK class', async () => {
    const { ClerkBackendApi } = await sdk.load('index.js');
    const client = new ClerkBackendApi({ serverURL: server.url, bearerAuth: 'sk_test_secret', validation: 'strict', retries: { strategy: 'none' } });
    const values = new ModelValues(sdk.api, sdk);
    const failures: string[] = [];
    let called = 0;
    for (const s of operations()) {
      const args = await values.arguments(s, expectedRequest(s.operation, server.examples));
      const target = s.groupProperty ? client[s.groupProperty] : client;
      try {
        const result = await target[s.methodName](...args, { headers: { 'x-test-operation': s.operation.id } });
        expect(result).toEqual(await expectedResult(values, s));
        called++;
      } catch (error) {
        failures.push(`${s.operation.id}: ${(error as Error).message}`);
      }
      const hits = server.hits(s.operation.id);
      if (hits.length !== 1) failures.push(`${s.operation.id}: server saw ${hits.length} requests`);
      for (const h of hits) failures.push(...h.problems.map((p) => `${s.operation.id}: ${p}`));
      server.requests.length = 0;
    }
    console.log(`Clerk through the SDK class: ${called}/${operations().length} operations passed`);
    expect(failures).toEqual([]);
  });

  test('every operation through the standalone functions', async () => {
    const { ClerkBackendApiCore } = await sdk.load('core.js');
    const core = new ClerkBackendApiCore({ serverURL: server.url, bearerAuth: 'sk_test_secret', validation: 'strict' });
    const values = new ModelValues(sdk.api, sdk);
    const failures: string[] = [];
    let passed = 0;
    for (const s of operations()) {
      const fn = (await sdk.load(`funcs/${s.functionFile}.js`))[s.functionName];
      const args = await values.arguments(s, expectedRequest(s.operation, server.examples));
      const res = await fn(core, ...args, { headers: { 'x-test-operation': s.operation.id } });
      if (!res.ok) failures.push(`${s.operation.id}: ${res.error.message}`);
      else if (JSON.stringify(res.value) !== JSON.stringify(await expectedResult(values, s))) failures.push(`${s.operation.id}: unexpected value`);
      else passed++;
    }
    console.log(`Clerk through the standalone functions: ${passed}/${operations().length} operations passed`);
    expect(failures).toEqual([]);
  });
});

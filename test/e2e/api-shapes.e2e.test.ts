/**
 * The api-shapes spec (../shared/specs/api-shapes): its parameter-style and body-type operations
 * (groups `parameters` and `requestBodies`) called through the generated SDK against the spec
 * server, which checks every parameter where its style and explode put it, and every body.
 * The whole spec's package is type-checked by test/unit/targets/typescript/compile.test.ts.
 */
import type { OperationSurface } from '../../generator/surface/typescript/sdk-surface.js';
import { apiShapesAvailable, buildApiShapes } from './support/api-shapes.js';
import type { BuiltSdk } from './support/build-sdk.js';
import { expectedRequest, ModelValues, surfaceOf } from './support/expected.js';
import { SpecServer } from './support/spec-server.js';

const GROUPS = ['parameters', 'requestBodies'];
const available = apiShapesAvailable();

let sdk: BuiltSdk;
let server: SpecServer;

(available ? describe : describe.skip)('api-shapes: parameters and request bodies', () => {
  beforeAll(async () => {
    sdk = await buildApiShapes();
    server = await SpecServer.start(sdk.api, sdk.document);
  }, 150_000);

  afterAll(async () => {
    await server?.close();
  });

  test('every operation of the two groups', async () => {
    const { SDK } = await sdk.load('index.js');
    const client = new SDK({ serverURL: server.url, validation: 'lax', retries: { strategy: 'none' }, apiKeyAuth: 'k', security: undefined });
    const values = new ModelValues(sdk.api, sdk);
    const surface = surfaceOf(sdk.api);
    const operations: OperationSurface[] = surface.groups.filter((g) => GROUPS.includes(g.name)).flatMap((g) => g.operations);
    const failures: string[] = [];
    let passed = 0;
    for (const s of operations) {
      server.requests.length = 0;
      let ok = true;
      try {
        const args = await values.arguments(s, expectedRequest(s.operation, server.examples));
        await client[s.groupProperty!][s.methodName](...args, { headers: { 'x-test-operation': s.operation.id } });
      } catch (error) {
        ok = false;
        failures.push(`${s.operation.id}: ${(error as Error).message.slice(0, 400)}`);
      }
      for (const h of server.hits(s.operation.id)) {
        if (h.problems.length > 0) ok = false;
        failures.push(...h.problems.map((p) => `${s.operation.id}: ${p}`));
      }
      if (ok) passed++;
    }
    console.log(`api-shapes: ${passed}/${operations.length} parameter and body operations passed\n${[...new Set(failures)].join('\n')}`);
    expect(passed).toBe(operations.length);
  });
});

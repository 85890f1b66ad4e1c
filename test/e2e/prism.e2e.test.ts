/**
 * Prism in mock-and-validate mode as a second, independent server: every Clerk operation is
 * called through the generated SDK with the same example arguments as against the spec server;
 * Prism rejects requests that do not match the spec (422) and answers from the spec otherwise.
 * Skipped unless Prism is installed: `npm --prefix test/e2e/prism ci`.
 */
import type { OperationSurface } from '../../generator/surface/typescript/sdk-surface.js';
import { buildSdk, CLERK_SPEC, type BuiltSdk } from './support/build-sdk.js';
import { Examples } from './support/examples.js';
import { expectedRequest, ModelValues, surfaceOf } from './support/expected.js';
import { prismInstalled, startPrism, type Prism } from './support/prism.js';

let sdk: BuiltSdk;
let prism: Prism;

(prismInstalled() ? describe : describe.skip)('Clerk SDK against Prism', () => {
  beforeAll(async () => {
    sdk = await buildSdk(CLERK_SPEC, '@clerk/backend-api-client', 'ClerkBackendApi');
    prism = await startPrism(CLERK_SPEC);
  }, 150_000);

  afterAll(async () => {
    await prism?.stop();
  });

  test('every operation', async () => {
    const { ClerkBackendApi } = await sdk.load('index.js');
    const client = new ClerkBackendApi({ serverURL: prism.url, bearerAuth: 'sk_test_prism', retries: { strategy: 'none' } });
    const values = new ModelValues(sdk.api, sdk);
    const examples = new Examples(sdk.api, sdk.document);
    const surface = surfaceOf(sdk.api);
    const operations: OperationSurface[] = [...surface.rootOperations, ...surface.groups.flatMap((g) => g.operations)];
    const failures: string[] = [];
    // Prism validates its own generated answers too; where its generator breaks the spec
    // (enums inside allOf, oneOf members that overlap) it answers 500 with only response
    // violations. Those are Prism's, not the SDK's: counted apart.
    const prismOwn: string[] = [];
    for (const s of operations) {
      const args = await values.arguments(s, expectedRequest(s.operation, examples));
      const target = s.groupProperty ? client[s.groupProperty] : client;
      try {
        await target[s.methodName](...args);
      } catch (error) {
        // Prism lists what it found wrong in this header.
        const e = error as { message: string; headers?: Headers; statusCode?: number };
        const violations = JSON.parse(e.headers?.get('sl-violations') ?? '[]') as { location: string[] }[];
        const onlyResponse = e.statusCode === 500 && violations.length > 0 && violations.every((v) => v.location[0] === 'response');
        (onlyResponse ? prismOwn : failures).push(`${s.operation.id}: ${e.message.slice(0, 120)} ${JSON.stringify(violations).slice(0, 300)}`);
      }
    }
    const passed = operations.length - failures.length - prismOwn.length;
    console.log(
      `Clerk through Prism (mock --errors --dynamic): ${passed}/${operations.length} operations passed, ${prismOwn.length} answered with Prism's own response violations, ${failures.length} failed` +
        [...failures, ...prismOwn].map((f) => `\n${f}`).join(''),
    );
    expect(failures).toEqual([]);
  });
});

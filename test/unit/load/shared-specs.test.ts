/**
 * The real inputs beside the checkout (../shared): they must load without errors. Skipped, with
 * the reason printed, when ../shared is not there.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateSpec } from '../../../generator/validate/index.js';
import { walkStructure } from '../../../generator/resolve/walk.js';
import { at, load, SHARED, sharedAvailable, summarize } from './support.js';

const CORPUS = path.join(SHARED, 'corpus');
const SPECS = path.join(SHARED, 'specs');

/** Entry files of the corpus (see corpus/README.md). */
const CORPUS_ENTRIES = [
  'oai-petstore-separate-v2/spec/swagger.json',
  'oai-callback-example/callback-example.yaml',
  'oai-uspto/uspto.json',
  'oai-tictactoe/tictactoe.yaml',
  'redocly-museum/openapi.yaml',
  'redocly-openapi-starter/openapi.yaml',
  'swagger-petstore-v3/openapi.yaml',
  'readme-parameters-style/parameters-style.json',
  'readme-schema-types/schema-types.yaml',
  'readme-discriminators/discriminators.json',
  'readme-circular-v2/schema-circular.yaml',
  'stripe/spec3.yaml',
  'discord/openapi.json',
  'twilio-video-v1/twilio_video_v1.yaml',
  'slack-web/slack_web_openapi_v2.json',
  'lob/lob-api-public.yml',
  'nytimes-article-search/article_search_v2.yaml',
  'netlify/swagger.yml',
  'adyen-checkout/CheckoutService-v71.json',
  'temporal-v3/openapiv3.yaml',
  'resend/resend.yaml',
  'xero-files/xero_files.yaml',
  'vonage-sms/sms.yml',
  'okta-oauth/oauth-minimal.yaml',
  'mastodon/schema.json',
  'clerk-frontend/2025-11-10.yml',
];

const skip = sharedAvailable() ? undefined : `${SHARED} not found`;
if (skip) console.log(`shared-spec loader tests skipped: ${skip}`);
const maybe = skip ? describe.skip : describe;

/** `$ref`s left pointing into other files, outside example payloads and extensions. */
function externalRefs(document: Record<string, unknown>): string[] {
  const found: string[] = [];
  walkStructure(document, 'root', (node) => {
    if (!Array.isArray(node) && typeof node.$ref === 'string' && !node.$ref.startsWith('#')) found.push(node.$ref);
  });
  return found;
}

maybe('real multi-file specs', () => {
  test('api-shapes: test.yaml + components.yaml join without errors', async () => {
    const { loaded, diagnostics } = await load(path.join(SPECS, 'api-shapes/test.yaml'));
    expect(summarize(diagnostics.items)).toEqual([]);
    expect(loaded!.files).toEqual([path.join(SPECS, 'api-shapes/test.yaml'), path.join(SPECS, 'api-shapes/components.yaml')]);
    expect(externalRefs(loaded!.document)).toEqual([]);
    const schemas = at(loaded!.document, 'components', 'schemas');
    expect(schemas.simpleObject).toBeDefined();
    expect(loaded!.locate(schemas.simpleObject)).toMatchObject({ file: path.join(SPECS, 'api-shapes/components.yaml'), pointer: '#/components/schemas/simpleObject' });
    // x-speakeasy-globals holds parameters: its refs are followed like any others.
    expect(at(loaded!.document, 'x-speakeasy-globals', 'parameters', 3)).toMatchObject({ name: expect.any(String), in: expect.any(String) });
    const validation = diagnostics;
    validateSpec(loaded!, validation);
    expect(summarize(validation.errors)).toEqual([]);
  });

  test.each([
    ['redocly-openapi-starter/openapi.yaml', 40],
    ['lob/lob-api-public.yml', 475],
    ['oai-petstore-separate-v2/spec/swagger.json', 5],
  ])('%s loads from %i files without errors', async (entry, fileCount) => {
    const { loaded, diagnostics } = await load(path.join(CORPUS, entry));
    expect(summarize(diagnostics.items)).toEqual([]);
    expect(loaded!.files).toHaveLength(fileCount);
    // Only the x-codeSamples of the starter point at code files, and those are data.
    expect(externalRefs(loaded!.document)).toEqual([]);
  });
});

maybe('Clerk with its two overlays', () => {
  test('the overlays apply in order', async () => {
    const dir = path.join(SPECS, 'clerk-bapi');
    const { loaded, diagnostics } = await load(path.join(dir, 'openapi.yml'), [path.join(dir, 'overlays/1-examples.yaml'), path.join(dir, 'overlays/2-fixes.yaml')]);
    expect(diagnostics.errors).toEqual([]);
    // Some example targets no longer exist in this version of the spec: warnings, nothing else.
    expect(new Set(diagnostics.warnings.map((d) => d.code))).toEqual(new Set(['overlay-no-match']));
    const schemas = at(loaded!.document, 'components', 'schemas');
    expect(schemas.Session.properties.id.example).toBe('sess_123456789abcd');
    expect(schemas).not.toHaveProperty(['JWKS.rsa.PublicKey']);
    expect(schemas.JWKS.properties.keys.items).not.toHaveProperty('oneOf');
    expect(schemas.ClerkErrors.properties).not.toHaveProperty('clerk_trace_id');
    expect(loaded!.locate(schemas.Session.properties.id, 'example')).toMatchObject({ file: path.join(dir, 'overlays/1-examples.yaml'), line: 24 });
  });
});

maybe('the corpus', () => {
  test.each(CORPUS_ENTRIES)('%s loads without errors', async (entry) => {
    const started = performance.now();
    const { loaded, diagnostics } = await load(path.join(CORPUS, entry));
    const ms = performance.now() - started;
    expect(summarize(diagnostics.errors)).toEqual([]);
    expect(loaded).toBeDefined();
    if (entry === 'stripe/spec3.yaml') {
      console.log(`stripe/spec3.yaml (4.2 MB) loaded in ${ms.toFixed(0)} ms`);
      // Generous: the machine running the tests may be busy. The target is well under 2 s.
      expect(ms).toBeLessThan(8000);
    }
  });
});

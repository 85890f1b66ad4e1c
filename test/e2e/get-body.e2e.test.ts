/**
 * A GET with a declared request body (test/fixtures/runtime/get-body-31.yaml): the generator
 * warns (body-not-sendable), and the SDK sends the request without the body, saying so to the
 * client's logger, instead of failing inside fetch.
 */
import { resolve } from 'node:path';
import { typescriptLimitations } from '../../generator/targets/typescript/limitations.js';
import { buildSdk, REPO, type BuiltSdk } from './support/build-sdk.js';
import { faults } from './support/faults.js';
import { SpecServer } from './support/spec-server.js';

let sdk: BuiltSdk;
let server: SpecServer;

beforeAll(async () => {
  sdk = await buildSdk(resolve(REPO, 'test/fixtures/runtime/get-body-31.yaml'), '@runtime/get-body', 'Search');
  server = await SpecServer.start(sdk.api, sdk.document);
}, 150_000);

afterAll(async () => {
  await server?.close();
});

test('the generator warns that the body cannot be sent', () => {
  const found = typescriptLimitations(sdk.api);
  expect(found.map((d) => d.code)).toEqual(['body-not-sendable']);
});

test('the request goes without the body and the logger is told', async () => {
  const { Search } = await sdk.load('index.js');
  const warnings: unknown[] = [];
  server.faults.push(faults.status(200, JSON.stringify(['a'])));
  const client = new Search({ serverURL: server.url, retries: { strategy: 'none' }, logger: { debug() {}, warn: (...args: unknown[]) => warnings.push(args.join(' ')) } });
  expect(await client.search({ q: 'x' })).toEqual(['a']);
  const [hit] = server.hits('search');
  expect(hit.received.method).toBe('GET');
  expect(hit.received.body.length).toBe(0);
  expect(warnings).toEqual(['search: fetch cannot send a body with GET; the request was sent without it']);
});

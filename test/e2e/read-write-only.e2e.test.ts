/**
 * Required readOnly / writeOnly properties (test/fixtures/runtime/read-write-only-31.yaml): each
 * is required in one direction only, so the SDK sends a request without the readOnly field and
 * accepts a response without the writeOnly one, in every validation mode.
 */
import { resolve } from 'node:path';
import { buildSdk, REPO, type BuiltSdk } from './support/build-sdk.js';
import { faults } from './support/faults.js';
import { SpecServer } from './support/spec-server.js';

let sdk: BuiltSdk;
let server: SpecServer;

beforeAll(async () => {
  sdk = await buildSdk(resolve(REPO, 'test/fixtures/runtime/read-write-only-31.yaml'), '@runtime/read-write-only', 'Users');
  server = await SpecServer.start(sdk.api, sdk.document);
}, 150_000);

afterAll(async () => {
  await server?.close();
});

test.each(['strict', 'lax', 'off'])('request without the readOnly field, response without the writeOnly one (%s)', async (validation) => {
  const { Users } = await sdk.load('index.js');
  server.requests.length = 0;
  server.faults.push(faults.status(200, JSON.stringify({ id: 'u_1', name: 'Ada' })));
  const client = new Users({ serverURL: server.url, validation, retries: { strategy: 'none' } });
  const user = await client.createUser({ name: 'Ada', password: 's3cret' });
  expect(user).toEqual({ id: 'u_1', name: 'Ada' });
  const [hit] = server.hits('createUser');
  expect(JSON.parse(String(hit.received.body))).toEqual({ name: 'Ada', password: 's3cret' });
});

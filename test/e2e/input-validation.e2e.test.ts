/**
 * Inputs are checked before sending (issue 14: the reference raises SDKValidationError for a
 * wrongly typed input): in strict and lax, a wrong type or a missing required field is a
 * RequestValidationError (an SDKValidationError) naming the field, and nothing reaches the
 * server; with validation off the input goes out as given. Fixture:
 * test/fixtures/runtime/read-write-only-31.yaml.
 */
import { resolve } from 'node:path';
import { buildSdk, REPO, type BuiltSdk } from './support/build-sdk.js';
import { faults } from './support/faults.js';
import { SpecServer } from './support/spec-server.js';

let sdk: BuiltSdk;
let server: SpecServer;
let Users: any;
let errors: any;

beforeAll(async () => {
  sdk = await buildSdk(resolve(REPO, 'test/fixtures/runtime/read-write-only-31.yaml'), '@runtime/read-write-only', 'Users');
  server = await SpecServer.start(sdk.api, sdk.document);
  Users = (await sdk.load('index.js')).Users;
  errors = await sdk.load('models/errors/index.js');
}, 150_000);

afterAll(async () => {
  await server?.close();
});

beforeEach(() => {
  server.requests.length = 0;
});

const client = (validation: string) => new Users({ serverURL: server.url, validation, retries: { strategy: 'none' } });

test.each(['strict', 'lax'])('a wrongly typed field fails before sending (%s)', async (validation) => {
  const error = await client(validation)
    .createUser({ name: 42, password: 'p' })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(errors.RequestValidationError);
  expect(error).toBeInstanceOf(errors.SDKValidationError);
  expect(error).toMatchObject({ path: '$.name', rawValue: { name: 42, password: 'p' } });
  expect(error.message).toBe('createUser: input validation failed at $.name: expected a string, got 42');
  expect(server.hits('createUser')).toHaveLength(0);
});

test('a missing required field fails before sending, as a Result error of the standalone function too', async () => {
  const { createUser } = await sdk.load('funcs/createUser.js');
  const result = await createUser(client('lax'), { password: 'p' });
  expect(result.ok).toBe(false);
  expect(result.error).toBeInstanceOf(errors.RequestValidationError);
  expect(result.error.path).toBe('$.name');
  expect(server.hits('createUser')).toHaveLength(0);
});

test('validation off sends the input as given', async () => {
  server.faults.push(faults.status(200, JSON.stringify({ id: 'u_1', name: 'x' })));
  await client('off').createUser({ name: 42, password: 'p' });
  const [hit] = server.hits('createUser');
  expect(JSON.parse(String(hit.received.body))).toEqual({ name: 42, password: 'p' });
});

test.each(['strict', 'lax'])('a wrongly typed parameter fails before sending, located at <in>.<name> (%s)', async (validation) => {
  const users = client(validation);
  const error = await users.getUser({ id: 'seven' }).then(
    () => undefined,
    (e: unknown) => e,
  );

  expect(error).toMatchObject({ path: 'path.id', name: 'RequestValidationError', message: 'getUser: input validation failed at path.id: expected an integer, got "seven"' });
  const inArray = await users.getUser({ id: 7, fields: ['ok', 3] }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(inArray).toMatchObject({ path: 'query.fields[1]' });
  expect(server.hits('getUser')).toHaveLength(0);
});

/** Multipart uploads through the generated Clerk SDK: every kind of file value reaches the server intact. */
import { buildSdk, CLERK_SPEC, type BuiltSdk } from './support/build-sdk.js';
import { SpecServer } from './support/spec-server.js';

let sdk: BuiltSdk;
let server: SpecServer;
let client: any;

beforeAll(async () => {
  sdk = await buildSdk(CLERK_SPEC, '@clerk/backend-api-client', 'ClerkBackendApi');
  server = await SpecServer.start(sdk.api, sdk.document);
  const { ClerkBackendApi } = await sdk.load('index.js');
  client = new ClerkBackendApi({ serverURL: server.url, bearerAuth: 'sk', validation: 'strict' });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

async function uploaded(): Promise<File> {
  const last = server.requests[server.requests.length - 1];
  expect(last.problems).toEqual([]);
  const form = await new Response(new Uint8Array(last.received.body), { headers: { 'content-type': String(last.received.headers['content-type']) } }).formData();
  return form.get('file') as File;
}

const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);

describe('multipart uploads', () => {
  test.each([
    ['File', () => new File([bytes], 'avatar.png', { type: 'image/png' }), 'avatar.png', 'image/png'],
    ['Blob', () => new Blob([bytes], { type: 'image/png' }), 'blob', 'image/png'],
    ['Uint8Array', () => bytes, 'blob', 'application/octet-stream'],
    ['ReadableStream', () => new Blob([bytes]).stream(), 'blob', 'application/octet-stream'],
    ['{ fileName, content, contentType }', () => ({ fileName: 'me.png', content: bytes.buffer.slice(0), contentType: 'image/png' }), 'me.png', 'image/png'],
  ])('%s', async (_, make, name, type) => {
    const user = await client.users.setProfileImage({ userId: 'user_id-x', requestBody: { file: make() } });
    expect(user.id).toBeDefined();
    const file = await uploaded();
    expect([file.name, file.type]).toEqual([name, type]);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
  });
});

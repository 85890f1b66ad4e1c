/**
 * Tuples (3.1 `prefixItems`) through the IR and the TypeScript target: each position has its
 * own type (a date-time position becomes a Date, a model position is mapped), the rest are typed
 * by `items`, the positions past `minItems` are optional, and validation checks each position
 * against its own schema. Against the spec server on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSdk, REPO, type BuiltSdk } from './support/build-sdk.js';
import { faults } from './support/faults.js';
import { SpecServer } from './support/spec-server.js';

let sdk: BuiltSdk;
let server: SpecServer;
let SDK: any;

beforeAll(async () => {
  sdk = await buildSdk(resolve(REPO, 'test/fixtures/runtime/tuples-31.yaml'), '@runtime/tuples', 'Tuples');
  server = await SpecServer.start(sdk.api, sdk.document);
  SDK = (await sdk.load('index.js')).Tuples;
}, 150_000);

afterAll(async () => {
  await server?.close();
});

const TRACK = {
  name: 'morning',
  start: ['2025-01-02T03:04:05.000Z', 12.5, 7],
  points: [
    [1.5, 2.5],
    [3, 4, 'extra', true],
  ],
  tagged: [{ display_name: 'a' }, 'b', 'c'],
};

async function answer(body: unknown, validation: string): Promise<{ value?: any; error?: any }> {
  server.faults.push(faults.status(200, JSON.stringify(body)));
  const client = new SDK({ serverURL: server.url, validation, retries: { strategy: 'none' }, logger: { debug() {}, warn() {} } });
  try {
    return { value: await client.getTrack() };
  } catch (error) {
    return { error };
  }
}

test('the types: one per position, optional past minItems, then the rest', () => {
  const text = readFileSync(join(sdk.dir, 'src/models/components/track.ts'), 'utf8');
  expect(text).toContain('start: [Date, number, number?]');
  expect(text).toContain('points: Array<[number, number, ...any[]]>');
  expect(text).toContain('tagged?: [Label?, ...string[]] | undefined');
});

test.each(['strict', 'lax', 'off'])('each position converted as its type says (%s)', async (mode) => {
  const { value, error } = await answer(TRACK, mode);
  expect(error).toBeUndefined();
  expect(value.start[0]).toBeInstanceOf(Date);
  expect(value.start[0].toISOString()).toBe('2025-01-02T03:04:05.000Z');
  expect(value.start.slice(1)).toEqual([12.5, 7]);
  expect(value.points).toEqual([
    [1.5, 2.5],
    [3, 4, 'extra', true],
  ]);
  expect(value.tagged).toEqual([{ displayName: 'a' }, 'b', 'c']);
});

test('validation checks each position against its own schema', async () => {
  const { error } = await answer({ ...TRACK, start: ['2025-01-02T03:04:05.000Z', 'not a number'] }, 'strict');
  expect(error?.name).toBe('ResponseValidationError');
  expect(error.message).toMatch(/\$\.start\[1\]: expected a number, got "not a number"/);
  const rest = await answer({ ...TRACK, tagged: [{ display_name: 'a' }, 'b', 3] }, 'strict');
  expect(rest.error?.message).toMatch(/\$\.tagged\[2\]: expected a string, got 3/);
  // A model position is checked as that model, not as the rest's string.
  expect((await answer({ ...TRACK, tagged: [{ display_name: 'a' }] }, 'strict')).error).toBeUndefined();
});

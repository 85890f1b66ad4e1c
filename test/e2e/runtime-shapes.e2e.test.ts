/**
 * Issue 13 ("Runtime"): a generated SDK that type-checks also works on the API's own example
 * responses, and on malformed ones. The fixtures (test/fixtures/runtime/nullable-shapes-30.yaml,
 * -31.yaml) describe the same JSON with nullability written the 3.0 and the 3.1 way, reaching
 * values through allOf, $ref siblings, type arrays and null union members: in properties, array
 * items, map values, union members and top-level bodies. Each SDK is generated, compiled with
 * its build config, and called against the spec server (127.0.0.1), which answers with the
 * body a test queues, in the three validation modes:
 *
 * - every example of the spec decodes in strict, lax and off, nulls kept as null;
 * - a malformed body is a ResponseValidationError naming the deepest failing field in strict
 *   and lax, and with validation off the mappers pass what they cannot map through, never throw;
 * - union errors: a discriminated union reports the branch its discriminator names (a null one
 *   is an error at the discriminator, an unknown one drift), an undiscriminated union the branch
 *   that got deepest.
 */
import { resolve } from 'node:path';
import { buildSdk, REPO, type BuiltSdk } from './support/build-sdk.js';
import { faults } from './support/faults.js';
import { SpecServer } from './support/spec-server.js';

type Mode = 'strict' | 'lax' | 'off';
const MODES: Mode[] = ['strict', 'lax', 'off'];
const SPECS = ['nullable-shapes-30.yaml', 'nullable-shapes-31.yaml'];

/** Operation id → SDK method (all operations are ungrouped: methods of the SDK class). */
const METHOD: Record<string, string> = {
  getAccount: 'getAccount',
  getMaybeProfile: 'getMaybeProfile',
  getWrapped: 'getWrapped',
  listPets: 'listPets',
  getPet: 'getPet',
  getFeed: 'getFeed',
};

const ACCOUNT = {
  id: 'acc',
  profile: { email: 'a@example.com' },
  backup_profile: null,
  owner: null,
  created_at: '2025-01-02T03:04:05.000Z',
  tags: [],
  members: [],
  status: 'active',
};

describe.each(SPECS)('%s', (file) => {
  let sdk: BuiltSdk;
  let server: SpecServer;
  let SDK: any;
  let errors: any;
  const warnings: unknown[][] = [];

  beforeAll(async () => {
    sdk = await buildSdk(resolve(REPO, 'test/fixtures/runtime', file), '@runtime/nullable-shapes', 'Shapes');
    server = await SpecServer.start(sdk.api, sdk.document);
    SDK = (await sdk.load('index.js')).Shapes;
    errors = await sdk.load('models/errors/index.js');
  }, 150_000);

  afterAll(async () => {
    await server?.close();
  });

  beforeEach(() => {
    server.requests.length = 0;
    server.faults.length = 0;
    warnings.length = 0;
  });

  /** Calls an operation whose answer is `body` (JSON text of it), with the given validation. */
  async function answer(operationId: string, body: unknown, validation: Mode, status = 200): Promise<{ value?: any; error?: any }> {
    server.faults.push(faults.status(status, JSON.stringify(body)));
    const logger = { debug() {}, warn: (...args: unknown[]) => warnings.push(args) };
    const client = new SDK({ serverURL: server.url, validation, logger, retries: { strategy: 'none' } });
    try {
      return { value: await client[METHOD[operationId]]() };
    } catch (error) {
      return { error };
    } finally {
      expect(server.hits(operationId)).toHaveLength(1);
      server.requests.length = 0;
    }
  }

  /** The `examples` of every success response in the spec, as [operation, example name, value]. */
  function specExamples(): [string, string, unknown][] {
    const out: [string, string, unknown][] = [];
    for (const item of Object.values(sdk.document.paths as Record<string, any>)) {
      const op = item.get;
      const media = op.responses['200'].content['application/json'];
      for (const [name, example] of Object.entries(media.examples as Record<string, { value: unknown }>)) out.push([op.operationId, name, example.value]);
    }
    return out;
  }

  test('every example response of the spec decodes in strict, lax and off, to the same value', async () => {
    const examples = specExamples();
    expect(examples.length).toBeGreaterThanOrEqual(12);
    const failures: string[] = [];
    for (const [op, name, body] of examples) {
      const results: unknown[] = [];
      for (const mode of MODES) {
        const { value, error } = await answer(op, body, mode);
        if (error) failures.push(`${op} ${name} (${mode}): ${error.name}: ${error.message}`);
        results.push(value);
      }
      expect(results[1]).toEqual(results[0]);
      expect(results[2]).toEqual(results[0]);
    }
    expect(failures).toEqual([]);
    expect(warnings).toEqual([]);
  });

  test('nulls that nullability reaches only through allOf, $ref siblings and null members stay null', async () => {
    const nulls = specExamples().find(([op, name]) => op === 'getAccount' && name === 'nulls')![2];
    for (const mode of MODES) {
      const { value: account, error } = await answer('getAccount', nulls, mode);
      expect(error).toBeUndefined();
      expect(account).toMatchObject({
        backupProfile: null, // allOf: [$ref Nullable] + description
        owner: null, // allOf: [$ref Nullable, { description }]
        manager: null, // $ref + nullable sibling
        wrapped: null, // a component nullable through its allOf
        closedAt: null,
        members: [null, { email: 'm2@example.com' }], // array items through allOf
        history: [null, expect.any(Date)], // nullable date-time items
        byRole: { admin: null }, // map values through allOf
        scores: { math: null },
        status: null, // nullable enum
        level: null, // enum nullable through allOf / a null oneOf member
        contact: null, // union whose member admits null / with a null member
        pet: null, // discriminated union, nullable at the use site
        delegates: { primary: null, additionalProperties: { deputy: null } }, // additionalProperties beside properties
        alias: null, // a component that is a $ref to a nullable one
        rewrapped: null, // allOf of a component that is nullable through its own allOf
      });
    }
    const { value: pets } = await answer('listPets', [null, { kind: 'cat', meows: true }], 'strict');
    expect(pets).toEqual([null, { kind: 'cat', meows: true }]);
    for (const op of ['getMaybeProfile', 'getWrapped']) expect(await answer(op, null, 'strict')).toEqual({ value: null });
  });

  test('the examples are mapped: dates become Dates, keys camelCase, discriminated members by their tag', async () => {
    const full = specExamples().find(([op, name]) => op === 'getAccount' && name === 'full')![2];
    const { value } = await answer('getAccount', full, 'strict');
    expect(value.createdAt).toEqual(new Date('2025-01-02T03:04:05.000Z'));
    expect(value.members[0].verifiedAt).toEqual(new Date('2025-01-02T03:04:05.000Z'));
    expect(value.pet).toEqual({ kind: 'dog', barks: true, bornAt: new Date('2020-05-06T07:08:09.000Z') });
    expect(value.byRole.admin).toEqual({ email: 'r@example.com' });
    expect(value.delegates).toEqual({ primary: { email: 'd@example.com' }, additionalProperties: { deputy: { email: 'e@example.com', verifiedAt: new Date('2025-01-02T03:04:05.000Z') } } });
  });

  /** [what, operation, body, error path, error message, the value with validation off]. */
  const malformed: [string, string, unknown, string, string | RegExp, (value: any) => void][] = [
    ['null for a required object', 'getAccount', { ...ACCOUNT, profile: null }, '$.profile', 'expected a value, got null', (v) => expect(v.profile).toBeNull()],
    ['a missing nested object', 'getAccount', { ...ACCOUNT, profile: undefined }, '$.profile', 'required field is missing', (v) => expect(v).not.toHaveProperty('profile')],
    ['a string for an array', 'getAccount', { ...ACCOUNT, tags: 'a,b' }, '$.tags', 'expected an array, got "a,b"', (v) => expect(v.tags).toBe('a,b')],
    ['a string for an array of models', 'getAccount', { ...ACCOUNT, members: 'everyone' }, '$.members', 'expected an array, got "everyone"', (v) => expect(v.members).toBe('everyone')],
    ['an object for an array', 'getAccount', { ...ACCOUNT, history: { a: 1 } }, '$.history', 'expected an array, got an object', (v) => expect(v.history).toEqual({ a: 1 })],
    ['a string for a map', 'getAccount', { ...ACCOUNT, by_role: 'admin' }, '$.by_role', 'expected an object, got "admin"', (v) => expect(v.byRole).toBe('admin')],
    ['an array for a nullable object', 'getAccount', { ...ACCOUNT, owner: [1] }, '$.owner', 'expected an object, got an array', (v) => expect(v.owner).toEqual([1])],
    ['a number for a date-time', 'getAccount', { ...ACCOUNT, created_at: 12345 }, '$.created_at', 'expected a string, got 12345', (v) => expect(v.createdAt).toBe(12345)],
    ['a string that is no date', 'getAccount', { ...ACCOUNT, created_at: 'yesterday' }, '$.created_at', 'expected a date-time, got "yesterday"', (v) => expect(v.createdAt).toBe('yesterday')],
    [
      'a wrong extra value beside named properties',
      'getAccount',
      { ...ACCOUNT, delegates: { primary: null, deputy: 'me' } },
      '$.delegates.deputy',
      'expected an object, got "me"',
      (v) => expect(v.delegates.additionalProperties.deputy).toBe('me'),
    ],
    [
      'a wrong item deep in an array',
      'getAccount',
      { ...ACCOUNT, members: [null, { email: 'x', verified_at: 7 }] },
      '$.members[1].verified_at',
      'expected a string, got 7',
      (v) => expect(v.members[1].verifiedAt).toBe(7),
    ],
    ['a number for a union of an object and a string', 'getAccount', { ...ACCOUNT, contact: 5 }, '$.contact', 'expected an object, a string or null, got 5', (v) => expect(v.contact).toBe(5)],
    [
      'a wrong field in the member a discriminator names',
      'getAccount',
      { ...ACCOUNT, pet: { kind: 'dog', barks: 'loud' } },
      '$.pet.barks',
      'expected a boolean, got "loud"',
      (v) => expect(v.pet.barks).toBe('loud'),
    ],
    [
      'a null discriminator',
      'getAccount',
      { ...ACCOUNT, pet: { kind: null, barks: true } },
      '$.pet.kind',
      'expected one of "cat", "dog", got null',
      (v) => expect(v.pet).toEqual({ kind: null, barks: true }),
    ],
    ['a missing discriminator', 'getPet', { barks: true }, '$.kind', 'required discriminator is missing (expected one of "cat", "dog")', (v) => expect(v).toEqual({ barks: true })],
    [
      'a nested error in a discriminated member',
      'getPet',
      { kind: 'dog', barks: true, owner: { email: false } },
      '$.owner.email',
      'expected a string, got false',
      (v) => expect(v.owner.email).toBe(false),
    ],
    [
      'an undiscriminated union: the deepest member',
      'getFeed',
      {
        result: {
          data: {
            items: [
              { id: 1, owner: { email: 'a' } },
              { id: 2, owner: { email: 'b' } },
              { id: 3, owner: { email: 7 } },
            ],
          },
        },
      },
      '$.result.data.items[2].owner.email',
      'expected a string, got 7',
      (v) => expect(v.result.data.items[2].owner.email).toBe(7),
    ],
    ['an undiscriminated union: no member fits at all', 'getFeed', { result: 42 }, '$.result', 'expected an object or a string, got 42', (v) => expect(v.result).toBe(42)],
    ['a string for a top-level array', 'listPets', 'oops', '$', 'expected an array, got "oops"', (v) => expect(v).toBe('oops')],
    ['a string for a top-level object', 'getAccount', 'oops', '$', 'expected an object, got "oops"', (v) => expect(v).toBe('oops')],
    ['null for a top-level object', 'getAccount', null, '$', 'expected a value, got null', (v) => expect(v).toBeNull()],
    ['null for a top-level discriminated union', 'getPet', null, '$', 'expected an object, got null', (v) => expect(v).toBeNull()],
    ['an array for a top-level nullable object', 'getWrapped', [1], '$', 'expected an object, got an array', (v) => expect(v).toEqual([1])],
    ['a string in a nullable array item', 'listPets', [null, 'cat'], '$[1]', 'expected an object or null, got "cat"', (v) => expect(v).toEqual([null, 'cat'])],
  ];

  test.each(malformed)('%s: strict and lax name the field, off passes it through', async (_what, op, body, path, message, offCheck) => {
    for (const mode of ['strict', 'lax'] as const) {
      const { error } = await answer(op, body, mode);
      expect(error).toBeInstanceOf(errors.ResponseValidationError);
      expect(error.issues[0]).toEqual({ path, message });
      expect(error.message).toContain(`at ${path}: ${message}`);
    }
    const { value, error } = await answer(op, body, 'off');
    expect(error).toBeUndefined();
    offCheck(value);
  });

  test('an unknown discriminator value is drift: strict refuses it, lax warns, both off and lax pass it through', async () => {
    const body = { ...ACCOUNT, pet: { kind: 'bird', sings: true } };
    const strict = await answer('getAccount', body, 'strict');
    expect(strict.error).toBeInstanceOf(errors.ResponseValidationError);
    expect(strict.error.issues).toEqual([{ path: '$.pet.kind', message: 'unknown discriminator value "bird" (expected one of "cat", "dog")' }]);
    for (const mode of ['lax', 'off'] as const) {
      const { value, error } = await answer('getAccount', body, mode);
      expect(error).toBeUndefined();
      expect(value.pet).toEqual({ kind: 'bird', sings: true });
    }
    expect(JSON.stringify(warnings)).toContain('$.pet.kind');
  });

  test('with validation off, no malformed value anywhere in an example makes a mapper throw', async () => {
    const garbage: unknown[] = [null, 'x', 7, true, [], {}, [null], [7], { a: null }];
    const failures: string[] = [];
    let calls = 0;
    for (const [op, name, example] of specExamples()) {
      const bodies = [...garbage, ...mutations(example, garbage)];
      for (const body of bodies) {
        calls++;
        const { error } = await answer(op, body, 'off');
        if (error) failures.push(`${op} ${name} ${JSON.stringify(body).slice(0, 200)}: ${error.name}: ${error.message}`);
      }
    }
    expect(calls).toBeGreaterThan(500);
    expect(failures.slice(0, 10)).toEqual([]);
  });

  test('with validation lax, a malformed value is a validation error, never a failure to map', async () => {
    const failures: string[] = [];
    for (const [op, name, example] of specExamples()) {
      for (const body of mutations(example, [null, 'x', 7, [], {}])) {
        const { error } = await answer(op, body, 'lax');
        if (error && !(error instanceof errors.ResponseValidationError && !/could not map/.test(error.message))) failures.push(`${op} ${name}: ${error.name}: ${error.message}`);
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  test('a declared error with a body that is not its shape: off still gives the typed error, without a TypeError', async () => {
    for (const body of [null, 'text', [1], { message: 'bad input', code: 3 }]) {
      const { error } = await answer('getAccount', body, 'off', 400);
      expect(error).toBeInstanceOf(errors.Problem);
      expect(error.statusCode).toBe(400);
      expect(error.message).toEqual(body !== null && typeof body === 'object' && 'message' in body ? 'bad input' : expect.stringContaining('status 400'));
    }
    // Validating, a body that does not fit is reported as the default API error (as before).
    const { error } = await answer('getAccount', null, 'lax', 400);
    expect(error).toBeInstanceOf(errors.HTTPError);
    expect(error.cause).toBeInstanceOf(errors.ResponseValidationError);
  });
});

/** The value with each nested value (depth ≤ 5) replaced, one at a time, by each of `replacements`. */
function mutations(value: unknown, replacements: unknown[], depth = 0): unknown[] {
  if (depth > 5 || value === null || typeof value !== 'object') return [];
  const out: unknown[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, item] of entries) {
    const variants = [...replacements, ...mutations(item, replacements, depth + 1)];
    for (const variant of variants) {
      if (Array.isArray(value)) out.push(value.map((v, i) => (i === key ? variant : v)));
      else out.push({ ...value, [key]: variant });
    }
  }
  return out;
}

/** Generated mappers at run time: wire → model → wire gives back the wire value, key for key. */
import { generateFixture } from './support/generate.js';
import { removePackage } from './support/compile.js';
import { runMappers, transpilePackage, type MapperCase, type MapperResult } from './support/run-mappers.js';

async function run(fixture: string, cases: MapperCase[]): Promise<MapperResult[]> {
  const { files } = await generateFixture(fixture);
  const dir = transpilePackage(files);
  try {
    return runMappers(dir, cases);
  } finally {
    removePackage(dir);
  }
}

const json = (value: unknown) => JSON.stringify(value);
const date = (iso: string) => ({ $date: iso });

describe('objects', () => {
  const full = {
    id: 'user_1',
    created_at: '2024-01-02T03:04:05.000Z',
    updated_at: null,
    nickname: 'kim',
    request_originating_ip: '10.0.0.1',
    email_addresses: ['a@example.com'],
    login_times: ['2024-02-01T00:00:00.000Z', '2024-02-02T00:00:00.500Z'],
    address: { street: 'Main St', verified_at: '2023-12-31T23:59:59.000Z', floor: 3 },
    public_metadata: { plan: 'pro', nested: { list: [1, 2] } },
    scores: { math: 10, art: 7 },
    sessions_by_device: { phone: { id: 'sess_1', last_active_at: '2024-03-01T12:00:00.000Z' } },
    settings: { theme: 'dark', updated: '2024-04-01T00:00:00.000Z', reminder: '2024-05-01T08:00:00.000Z' },
    avatar: [1, 'two', { three: 3 }],
    future_field: { added: 'later' },
  };
  const minimal = { id: 'user_2', created_at: '2024-01-02T03:04:05.000Z', email_addresses: [], address: { street: 'x' } };
  let results: MapperResult[];

  beforeAll(async () => {
    results = await run('objects', [
      { module: 'components/user', type: 'User', wire: json(full) },
      { module: 'components/user', type: 'User', wire: json(minimal) },
      { module: 'components/hasnullablerefs', type: 'HasNullableRefs', wire: json({ first: null, second: { name: 'n' }, many: [null, {}] }) },
      { module: 'operations/listusersresponsebody', type: 'ListUsersResponseBody', wire: json({ data: [minimal], total_count: 1, next_page: null }) },
    ]);
  });

  test('wire → model: camelCase keys, Dates, nested models, maps, extras', () => {
    expect(results[0].model).toEqual({
      future_field: { added: 'later' },
      id: 'user_1',
      createdAt: date('2024-01-02T03:04:05.000Z'),
      updatedAt: null,
      nickname: 'kim',
      requestOriginatingIp: '10.0.0.1',
      emailAddresses: ['a@example.com'],
      loginTimes: [date('2024-02-01T00:00:00.000Z'), date('2024-02-02T00:00:00.500Z')],
      address: { floor: 3, street: 'Main St', verifiedAt: date('2023-12-31T23:59:59.000Z') },
      publicMetadata: { plan: 'pro', nested: { list: [1, 2] } },
      scores: { math: 10, art: 7 },
      sessionsByDevice: { phone: { id: 'sess_1', lastActiveAt: date('2024-03-01T12:00:00.000Z') } },
      settings: { theme: 'dark', updated: date('2024-04-01T00:00:00.000Z'), additionalProperties: { reminder: date('2024-05-01T08:00:00.000Z') } },
      avatar: [1, 'two', { three: 3 }],
    });
  });

  test('model → wire gives back the original, absent stays absent', () => {
    expect(results[0].back).toStrictEqual(full);
    expect(results[1].back).toStrictEqual(minimal);
    expect(Object.keys(results[1].model as object)).toEqual(['id', 'createdAt', 'emailAddresses', 'address']);
  });

  test('nullable components and inline operation bodies', () => {
    expect(results[2].back).toStrictEqual({ first: null, second: { name: 'n' }, many: [null, {}] });
    expect(results[3].model).toEqual({ data: [{ id: 'user_2', createdAt: date('2024-01-02T03:04:05.000Z'), emailAddresses: [], address: { street: 'x' } }], totalCount: 1, nextPage: null });
    expect(results[3].back).toStrictEqual({ data: [minimal], total_count: 1, next_page: null });
  });
});

describe('values that are not their declared shape (issue 13: validation off)', () => {
  // Every place a mapper converts: a nested model, an array, a map, a date, additionalProperties.
  const malformed = [
    null,
    'user',
    [1, 2],
    { id: 'u', created_at: 12345, email_addresses: 'a@example.com', address: null },
    { id: 'u', created_at: 'yesterday', email_addresses: [], login_times: { first: 1 }, address: 'Main St' },
    { id: 'u', created_at: '2024-01-02T03:04:05.000Z', email_addresses: [], address: [], sessions_by_device: 'phone', settings: 'dark' },
    { id: 'u', created_at: '2024-01-02T03:04:05.000Z', email_addresses: [], address: {}, sessions_by_device: { phone: null }, login_times: [7, null] },
    { id: 'u', created_at: '2024-01-02T03:04:05.000Z', email_addresses: [], address: {}, settings: { updated: false, reminder: {} } },
  ];
  let results: MapperResult[];

  beforeAll(async () => {
    results = await run('objects', [
      ...malformed.map((wire) => ({ module: 'components/user', type: 'User', wire: json(wire) })),
      { module: 'operations/listusersresponsebody', type: 'ListUsersResponseBody', wire: json({ data: 'none', total_count: 0, next_page: 'x' }) },
    ]);
  });

  test('the mappers pass what they cannot convert through, both ways, and never throw', () => {
    malformed.forEach((wire, i) => expect(results[i].back).toEqual(wire));
    expect(results[8].back).toEqual({ data: 'none', total_count: 0, next_page: 'x' });
  });

  test('what they can convert is still converted beside it', () => {
    expect(results[3].model).toEqual({ id: 'u', createdAt: 12345, emailAddresses: 'a@example.com', address: null });
    expect(results[5].model).toMatchObject({ createdAt: date('2024-01-02T03:04:05.000Z'), address: [], sessionsByDevice: 'phone', settings: 'dark' });
    expect(results[6].model).toMatchObject({ sessionsByDevice: { phone: null }, loginTimes: [7, null] });
    expect(results[7].model).toMatchObject({ settings: { updated: false, additionalProperties: { reminder: {} } } });
  });
});

describe('unions', () => {
  const owner = {
    pets: [
      { pet_type: 'dog', bark_volume: 11, born_at: '2020-05-05T05:05:05.000Z' },
      { pet_type: 'doggo', bark_volume: 2 },
      { pet_type: 'cat', indoor_only: true },
      { pet_type: 'fish', fin_count: 4 },
    ],
    favorite: { pet_type: 'cat', indoor_only: false },
    contact: { country_code: 44, number: '123', extension: '9' },
    last_seen: '2024-06-01T10:00:00.000Z',
    strategy: { status: 'verified', strategy: 'admin' },
    crate: 'wooden',
  };
  const variants = [
    { pets: [], contact: 'me@example.com', last_seen: 1700000000, strategy: { status: 'verified', strategy: 'email_code', expire_at: '2024-01-01T00:00:00.000Z' } },
    { pets: [], contact: { country_code: 1, number: '555' }, crate: null },
    { pets: [], contact: ['a', 'b'], strategy: { status: 'verified', strategy: 'passkey', expire_at: '2024-01-01T00:00:00.000Z' }, crate: { made_at: '2021-01-01T00:00:00.000Z' } },
  ];
  let results: MapperResult[];

  beforeAll(async () => {
    results = await run(
      'unions',
      [owner, ...variants].map((w) => ({ module: 'components/owner', type: 'Owner', wire: json(w) })),
    );
  });

  test('discriminator dispatch, unknown variants passed through', () => {
    const model = results[0].model as Record<string, unknown>;
    expect(model.pets).toEqual([
      { petType: 'dog', barkVolume: 11, bornAt: date('2020-05-05T05:05:05.000Z') },
      { petType: 'doggo', barkVolume: 2 },
      { petType: 'cat', indoorOnly: true },
      { pet_type: 'fish', fin_count: 4 },
    ]);
    expect(model.favorite).toEqual({ petType: 'cat', indoorOnly: false });
  });

  test('shape checks pick the most specific member, known enum values first', () => {
    const model = results[0].model as Record<string, unknown>;
    expect(model.contact).toEqual({ countryCode: 44, number: '123', extension: '9' });
    expect(model.lastSeen).toEqual(date('2024-06-01T10:00:00.000Z'));
    expect(model.strategy).toEqual({ status: 'verified', strategy: 'admin' });
    const [email, phone, list] = results.slice(1).map((r) => r.model as Record<string, unknown>);
    expect(email.contact).toBe('me@example.com');
    expect(email.lastSeen).toBe(1700000000);
    expect(email.strategy).toEqual({ status: 'verified', strategy: 'email_code', expireAt: date('2024-01-01T00:00:00.000Z') });
    expect(phone.contact).toEqual({ countryCode: 1, number: '555' });
    expect(list.contact).toEqual(['a', 'b']);
    // A union member that is a nullable component: null, the object, or a string.
    expect([model.crate, phone.crate, list.crate]).toEqual(['wooden', null, { madeAt: date('2021-01-01T00:00:00.000Z') }]);
    // Unknown value of an open enum: still read with the member it fits.
    expect(list.strategy).toEqual({ status: 'verified', strategy: 'passkey', expireAt: date('2024-01-01T00:00:00.000Z') });
  });

  test('round trips', () => {
    [owner, ...variants].forEach((wire, i) => expect(results[i].back).toStrictEqual(wire));
  });
});

describe('recursion', () => {
  const tree = { value: 'root', parent: null, children: [{ value: 'a', children: [{ value: 'a1', parent: { value: 'a' } }] }] };
  const company = { ceo: { name: 'Ada', friends_by_name: { bob: { name: 'Bob', employer: { ceo: { name: 'Cy' } } } } }, founded_at: '1999-09-09T09:09:09.000Z', employees: [{ name: 'Dee' }] };
  const expr = { op: '+', left: { num: 1 }, right: { op: '*', left: { num: 2 }, right: { num: 3.5 } } };
  let results: MapperResult[];

  beforeAll(async () => {
    results = await run('recursion', [
      { module: 'components/treenode', type: 'TreeNode', wire: json(tree) },
      { module: 'components/company', type: 'Company', wire: json(company) },
      { module: 'components/expr', type: 'Expr', wire: json(expr) },
    ]);
  });

  test('self and mutual recursion', () => {
    expect(results[1].model).toEqual({
      ceo: { name: 'Ada', friendsByName: { bob: { name: 'Bob', employer: { ceo: { name: 'Cy' } } } } },
      foundedAt: date('1999-09-09T09:09:09.000Z'),
      employees: [{ name: 'Dee' }],
    });
    expect(results[0].back).toStrictEqual(tree);
    expect(results[1].back).toStrictEqual(company);
    expect(results[2].back).toStrictEqual(expr);
  });
});

describe('enums and reserved names', () => {
  const paint = { status: 'active', color: 'ultraviolet', kind: 'paint', finish: 'satin', palette: ['red', 'infrared'], previous_status: null, priority: -1, odd: '' };
  const weird = '{"class":"c","x-api-key":"k","123abc":"n","__proto__":"p","naïve_value":"v","expired_token":"t","expiredToken":5,"":"empty","-":true,"additional_properties":"ap","extra_one":"e1"}';
  let results: MapperResult[];

  beforeAll(async () => {
    results = [
      ...(await run('enums', [{ module: 'components/paint', type: 'Paint', wire: json(paint) }])),
      ...(await run('reserved-names', [{ module: 'components/objectt2', type: 'ObjectT2', wire: weird }])),
    ];
  });

  test('open enums keep values the spec does not list', () => {
    expect(results[0].model).toEqual({ status: 'active', color: 'ultraviolet', kind: 'paint', finish: 'satin', palette: ['red', 'infrared'], previousStatus: null, priority: -1, odd: '' });
    expect(results[0].back).toStrictEqual(paint);
  });

  test('odd wire names map to valid identifiers and back; __proto__ stays data', () => {
    expect(results[1].model).toEqual({
      additionalProperties2: { extra_one: 'e1' },
      class: 'c',
      xApiKey: 'k',
      _123abc: 'n',
      proto: 'p',
      naïveValue: 'v',
      expiredToken: 't',
      expiredToken2: 5,
      field: 'empty',
      field2: true,
      additionalProperties: 'ap',
    });
    expect(results[1].prototypeChanged).toBe(false);
    expect(results[1].back).toStrictEqual(JSON.parse(weird));
    expect(Object.keys(results[1].back as object)).toContain('__proto__');
  });
});

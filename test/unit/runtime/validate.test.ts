/** Response validation: errors versus drift, JSON paths, every schema kind. */
import * as s from '../../../templates/runtime/typescript/schema.js';
import { validate } from '../../../templates/runtime/typescript/validate.js';

const Status = s.enm(['active', 'banned']);
const Address: s.Schema = s.obj([['city', s.str(), true]]);
const User: s.Schema = s.obj([
  ['id', s.str(), true],
  ['age', s.int, false],
  ['score', s.nullable(s.num), false],
  ['status', Status, true],
  ['created_at', s.str('date-time'), false],
  ['addresses', s.arr(s.ref(() => Address)), false],
  ['meta', s.map(s.any), false],
  ['x-kind', s.lit('user'), false],
  ['friend', s.ref(() => User), false],
]);

describe('validate', () => {
  test('a valid value has no issues', () => {
    const value = {
      id: 'u1',
      age: 3,
      score: null,
      status: 'active',
      created_at: '2025-01-02T03:04:05Z',
      addresses: [{ city: 'x' }],
      meta: { a: [1] },
      'x-kind': 'user',
      friend: { id: 'u2', status: 'banned' },
    };
    expect(validate(value, User)).toEqual({ errors: [], drift: [] });
  });

  test('errors carry the JSON path of the bad value', () => {
    const value = { age: 1.5, score: 'x', status: 7, created_at: 'yesterday', addresses: [{ city: 1 }], 'x-kind': 'bot', friend: { id: null, status: 'active' } };
    expect(validate(value, User).errors).toEqual([
      { path: '$.id', message: 'required field is missing' },
      { path: '$.age', message: 'expected an integer, got 1.5' },
      { path: '$.score', message: 'expected a number, got "x"' },
      { path: '$.status', message: 'expected a string, got 7' },
      { path: '$.created_at', message: 'expected a date-time, got "yesterday"' },
      { path: '$.addresses[0].city', message: 'expected a string, got 1' },
      { path: '$["x-kind"]', message: 'expected "user", got "bot"' },
      { path: '$.friend.id', message: 'expected a value, got null' },
    ]);
  });

  test('unknown fields and unknown enum values are drift, not errors', () => {
    const report = validate({ id: 'u', status: 'deleted', extra: 1, friend: { id: 'v', status: 'active', 'new-field': true } }, User);
    expect(report.errors).toEqual([]);
    expect(report.drift).toEqual([
      { path: '$.status', message: 'unknown enum value "deleted"' },
      { path: '$.friend["new-field"]', message: 'unknown field' },
      { path: '$.extra', message: 'unknown field' },
    ]);
  });

  test('null is allowed by a nullable reference', () => {
    expect(validate({ id: 'u', status: 'active', friend: null }, s.obj([['friend', s.nullable(s.ref(() => User)), false]])).errors).toEqual([]);
    expect(
      validate(
        null,
        s.ref(() => User),
      ).errors,
    ).toEqual([{ path: '$', message: 'expected a value, got null' }]);
  });

  test('open enums accept unknown values silently; additionalProperties are checked', () => {
    expect(validate('other', s.enm(['a'], true))).toEqual({ errors: [], drift: [] });
    const Dict = s.obj([['a', s.str(), false]], s.int);
    expect(validate({ a: 'x', b: 1, c: 'no' }, Dict).errors).toEqual([{ path: '$.c', message: 'expected an integer, got "no"' }]);
  });

  test('unions: discriminator picks the member, otherwise the first that fits', () => {
    const Cat = s.obj([
      ['type', s.str(), true],
      ['meows', s.bool, true],
    ]);
    const Dog = s.obj([
      ['type', s.str(), true],
      ['barks', s.bool, true],
    ]);
    const Pet = s.union([Cat, Dog], { property: 'type', mapping: { cat: Cat, dog: Dog } });
    expect(validate({ type: 'dog', barks: true }, Pet)).toEqual({ errors: [], drift: [] });
    expect(validate({ type: 'dog', meows: true }, Pet).errors).toEqual([{ path: '$.barks', message: 'required field is missing' }]);
    const Loose = s.union([s.str(), s.arr(s.int)]);
    expect(validate([1, 2], Loose).errors).toEqual([]);
    expect(validate(true, Loose).errors).toEqual([{ path: '$', message: 'expected a string or an array, got true' }]);
  });
});

describe('validate: unions name the failing field (issue 13)', () => {
  const Owner = s.obj([
    ['email', s.str(), true],
    ['name', s.str(), false],
  ]);
  const Item = s.obj([
    ['id', s.int, true],
    ['owner', s.ref(() => Owner), true],
  ]);
  const Page = s.obj([['data', s.obj([['items', s.arr(s.ref(() => Item)), true]]), true]]);
  const Cat = s.obj([
    ['kind', s.str(), true],
    ['meows', s.bool, true],
  ]);
  const Dog = s.obj([
    ['kind', s.str(), true],
    ['barks', s.bool, true],
    ['owner', s.ref(() => Owner), false],
  ]);
  const Pet = s.union([s.ref(() => Cat), s.ref(() => Dog)], { property: 'kind', mapping: { cat: s.ref(() => Cat), dog: s.ref(() => Dog) } });

  test('an undiscriminated union reports the member that got deepest, with its full path', () => {
    const Either = s.union([s.str(), s.ref(() => Page)]);
    const value = {
      data: {
        items: [
          { id: 1, owner: { email: 'a' } },
          { id: 2, owner: { email: 'b' } },
          { id: 3, owner: { email: 7 } },
        ],
      },
    };
    expect(validate({ result: value }, s.obj([['result', Either, true]])).errors).toEqual([{ path: '$.result.data.items[2].owner.email', message: 'expected a string, got 7' }]);
  });

  test('between two object members, the one whose errors are deeper wins', () => {
    const Short = s.obj([['code', s.int, true]]);
    const Long = s.obj([['owner', s.ref(() => Owner), true]]);
    expect(validate({ owner: { email: false } }, s.union([Short, Long])).errors).toEqual([{ path: '$.owner.email', message: 'expected a string, got false' }]);
  });

  test("a discriminated union reports the chosen member's errors", () => {
    expect(validate({ kind: 'dog', barks: true, owner: { email: 1 } }, Pet).errors).toEqual([{ path: '$.owner.email', message: 'expected a string, got 1' }]);
    expect(validate([{ kind: 'cat', meows: 'yes' }], s.arr(Pet)).errors).toEqual([{ path: '$[0].meows', message: 'expected a boolean, got "yes"' }]);
  });

  test('a null or missing discriminator is an error at the discriminator', () => {
    expect(validate({ kind: null, meows: true }, Pet).errors).toEqual([{ path: '$.kind', message: 'expected one of "cat", "dog", got null' }]);
    expect(validate({ meows: true }, Pet).errors).toEqual([{ path: '$.kind', message: 'required discriminator is missing (expected one of "cat", "dog")' }]);
  });

  test('an unknown discriminator value is drift: the API grew a variant', () => {
    expect(validate({ kind: 'bird', sings: true }, Pet)).toEqual({ errors: [], drift: [{ path: '$.kind', message: 'unknown discriminator value "bird" (expected one of "cat", "dog")' }] });
  });

  test('a value that is no member at all says what it could have been', () => {
    expect(validate('x', Pet).errors).toEqual([{ path: '$', message: 'expected an object, got "x"' }]);
    expect(validate(null, s.union([s.int, s.ref(() => Owner)])).errors).toEqual([{ path: '$', message: 'expected an integer or an object, got null' }]);
    expect(validate(5, s.union([s.nullable(s.ref(() => Owner)), s.str('date-time'), s.enm(['a', 'b'])])).errors).toEqual([
      { path: '$', message: 'expected an object, a date-time string, one of "a", "b" or null, got 5' },
    ]);
  });

  test('a union admits null when a member does; a nullable union admits null', () => {
    expect(validate(null, s.union([s.nullable(s.ref(() => Owner)), s.str()])).errors).toEqual([]);
    expect(validate(null, s.union([s.ref(() => Owner), s.nul])).errors).toEqual([]);
    expect(validate(null, s.nullable(s.ref(() => Pet))).errors).toEqual([]);
    expect(validate({ pets: [null, { kind: 'cat', meows: true }] }, s.obj([['pets', s.arr(s.nullable(Pet)), true]])).errors).toEqual([]);
  });
});

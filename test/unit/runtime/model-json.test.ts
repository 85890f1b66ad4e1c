/**
 * The reference SDK's model JSON helpers (issue 14): `safeParseJSON` behind every
 * `<model>FromJSON`, the `SafeParseResult` it returns, and `RFCDate` for `format: date` values.
 */
import { SDKError, SDKValidationError } from '../../../templates/runtime/typescript/errors.js';
import { safeParseJSON } from '../../../templates/runtime/typescript/from-json.js';
import { RFCDate } from '../../../templates/runtime/typescript/rfcdate.js';
import type { SafeParseResult } from '../../../templates/runtime/typescript/result.js';
import * as s from '../../../templates/runtime/typescript/schema.js';

type Thing = { id: string; createdAt?: Date; extra?: unknown };
type Thing$Wire = { id: string; created_at?: string };
const schema = s.obj([
  ['id', s.str(), true],
  ['created_at', s.str('date-time'), false],
  ['kind', s.enm(['a', 'b']), false],
]);
const fromWire = (w: Thing$Wire): Thing => ({ ...w, id: w.id, ...(w.created_at === undefined ? {} : { createdAt: new Date(w.created_at) }) });

describe('safeParseJSON', () => {
  test('valid JSON that fits is mapped with the fromWire mapper', () => {
    const result = safeParseJSON('{"id":"u1","created_at":"2024-05-06T07:08:09.000Z"}', schema, fromWire, 'Thing');
    expect(result.ok).toBe(true);
    if (!result.ok) throw result.error;
    expect(result.value.id).toBe('u1');
    expect(result.value.createdAt).toEqual(new Date('2024-05-06T07:08:09.000Z'));
    expect(result.error).toBeUndefined();
  });

  test('drift is accepted and kept, as lax validation does: an unknown key, an unknown enum value', () => {
    const result = safeParseJSON('{"id":"u1","kind":"c","later":1}', schema, (w: Thing$Wire) => w, 'Thing');
    expect(result).toEqual({ ok: true, value: { id: 'u1', kind: 'c', later: 1 } });
  });

  test('invalid JSON is an SDKValidationError with the string as rawValue, not thrown', () => {
    const result = safeParseJSON('{"id":', schema, fromWire, 'Thing');
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error('expected an error');
    expect(result.error).toBeInstanceOf(SDKValidationError);
    expect(result.error).toBeInstanceOf(SDKError);
    expect(result.error.message).toMatch(/^Failed to parse 'Thing' from JSON: /);
    expect(result.error.rawValue).toBe('{"id":');
    expect(result.error.rawMessage).not.toBe('');
    expect(result.error.cause).toBeInstanceOf(SyntaxError);
    expect(result.value).toBeUndefined();
  });

  test('a value that does not fit names each problem at its JSON path', () => {
    const text = '{"created_at":"yesterday"}';
    const result = safeParseJSON(text, schema, fromWire, 'Thing');
    if (result.ok) throw new Error('expected an error');
    expect(result.error.message).toBe("Failed to parse 'Thing' from JSON: $.id: required field is missing (and 1 more)");
    expect(result.error.rawValue).toBe(text);
    expect(result.error.rawMessage).toBe('$.id: required field is missing\n  $.created_at: expected a date-time, got "yesterday"');
    expect(result.error.pretty()).toContain('\n  $.created_at: expected a date-time');
  });

  test('a JSON value of another type is an error, the mapper is not called', () => {
    let calls = 0;
    const result = safeParseJSON('[1]', schema, (w: Thing$Wire) => (calls++, fromWire(w)), 'Thing');
    expect(result.ok).toBe(false);
    expect(calls).toBe(0);
  });

  test('SafeParseResult has the reference shape: narrowing on ok, the other field absent', () => {
    const handle = (r: SafeParseResult<Thing, SDKValidationError>): string => (r.ok ? r.value.id : r.error.rawMessage);
    expect(handle(safeParseJSON('{"id":"x"}', schema, fromWire, 'Thing'))).toBe('x');
    // Assignable to the reference SDK's own declaration of the type.
    type Reference<T, E> = { ok: true; value: T; error?: never } | { ok: false; error: E; value?: never };
    const asReference: Reference<Thing, SDKValidationError> = safeParseJSON('{"id":"x"}', schema, fromWire, 'Thing');
    expect(asReference.ok).toBe(true);
  });
});

describe('RFCDate', () => {
  test('from a YYYY-MM-DD string: toString, toJSON, JSON.stringify and template strings give the date', () => {
    const date = new RFCDate('2024-02-29');
    expect(date.toString()).toBe('2024-02-29');
    expect(date.toJSON()).toBe('2024-02-29');
    expect(JSON.stringify({ birthday: date })).toBe('{"birthday":"2024-02-29"}');
    expect(`${date}`).toBe('2024-02-29');
    expect(new RFCDate('0020-01-01').toString()).toBe('0020-01-01');
  });

  test('from a Date: its UTC day', () => {
    expect(new RFCDate(new Date('2023-12-31T23:59:59.999Z')).toString()).toBe('2023-12-31');
    expect(new RFCDate(new Date('2024-01-01T00:00:00+02:00')).toString()).toBe('2023-12-31');
    expect(new RFCDate(new Date(Date.UTC(2001, 6, 4))).toString()).toBe('2001-07-04');
    expect(RFCDate.today().toString()).toBe(new Date().toISOString().slice(0, 10));
  });

  test.each(['2023-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '2023-04-31', '2023-1-01', '2023-01-01T00:00:00Z', '20230101', '', 'tomorrow', ' 2023-01-01'])(
    'invalid string %j throws a RangeError',
    (text) => {
      expect(() => new RFCDate(text)).toThrow(RangeError);
    },
  );

  test('an invalid Date throws a RangeError, and so does a year past 9999', () => {
    expect(() => new RFCDate(new Date('nope'))).toThrow(RangeError);
    expect(() => new RFCDate(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
  });
});

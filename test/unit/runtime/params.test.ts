/** Parameter serialization: every style and explode combination of OpenAPI 3.x, table-driven. */
import { encodeCookieParam, encodeHeaderParam, encodePathParam, encodeQueryParam, type ParamStyle } from '../../../templates/runtime/typescript/params.js';

const primitive = 'a b';
const array = ['x', 'y,z'];
const object = { role: 'admin', first: 'Al x' };

type Case = [ParamStyle, boolean, unknown, string];

describe('path parameters', () => {
  const cases: Case[] = [
    ['simple', false, primitive, 'a%20b'],
    ['simple', false, array, 'x,y%2Cz'],
    ['simple', true, array, 'x,y%2Cz'],
    ['simple', false, object, 'role,admin,first,Al%20x'],
    ['simple', true, object, 'role=admin,first=Al%20x'],
    ['label', false, primitive, '.a%20b'],
    ['label', false, array, '.x,y%2Cz'],
    ['label', true, array, '.x.y%2Cz'],
    ['label', false, object, '.role,admin,first,Al%20x'],
    ['label', true, object, '.role=admin.first=Al%20x'],
    ['matrix', false, primitive, ';id=a%20b'],
    ['matrix', false, array, ';id=x,y%2Cz'],
    ['matrix', true, array, ';id=x;id=y%2Cz'],
    ['matrix', false, object, ';id=role,admin,first,Al%20x'],
    ['matrix', true, object, ';role=admin;first=Al%20x'],
  ];
  test.each(cases)('%s explode=%s %j → %s', (style, explode, value, expected) => {
    expect(encodePathParam({ name: 'id', style, explode }, value)).toBe(expected);
  });

  test('numbers, booleans and dates', () => {
    expect(encodePathParam({ name: 'n', style: 'simple', explode: false }, 42)).toBe('42');
    expect(encodePathParam({ name: 'b', style: 'simple', explode: false }, false)).toBe('false');
    expect(encodePathParam({ name: 'd', style: 'simple', explode: false }, new Date('2025-01-02T03:04:05Z'))).toBe('2025-01-02T03%3A04%3A05.000Z');
  });
});

describe('query parameters', () => {
  const cases: Case[] = [
    ['form', true, primitive, 'q=a%20b'],
    ['form', false, primitive, 'q=a%20b'],
    ['form', true, array, 'q=x&q=y%2Cz'],
    ['form', false, array, 'q=x,y%2Cz'],
    ['form', true, object, 'role=admin&first=Al%20x'],
    ['form', false, object, 'q=role,admin,first,Al%20x'],
    ['spaceDelimited', false, array, 'q=x%20y%2Cz'],
    ['spaceDelimited', false, object, 'q=role%20admin%20first%20Al%20x'],
    ['pipeDelimited', false, array, 'q=x|y%2Cz'],
    ['pipeDelimited', false, object, 'q=role|admin|first|Al%20x'],
    ['deepObject', true, object, 'q[role]=admin&q[first]=Al%20x'],
  ];
  test.each(cases)('%s explode=%s %j → %s', (style, explode, value, expected) => {
    expect(encodeQueryParam({ name: 'q', style, explode }, value).join('&')).toBe(expected);
  });

  test('undefined and empty arrays are omitted; null is an empty value', () => {
    expect(encodeQueryParam({ name: 'q', style: 'form', explode: true }, undefined)).toEqual([]);
    expect(encodeQueryParam({ name: 'q', style: 'form', explode: true }, [])).toEqual([]);
    expect(encodeQueryParam({ name: 'q', style: 'form', explode: true }, null)).toEqual(['q=']);
  });

  test('deepObject nests objects and repeats arrays', () => {
    const value = { filter: { status: ['a', 'b'], owner: { id: 3 } } };
    expect(encodeQueryParam({ name: 'q', style: 'deepObject', explode: true }, value).join('&')).toBe('q[filter][status]=a&q[filter][status]=b&q[filter][owner][id]=3');
  });

  test('allowReserved keeps reserved characters; JSON content parameters are JSON text', () => {
    expect(encodeQueryParam({ name: 'u', style: 'form', explode: true, allowReserved: true }, 'a/b?c=d')).toEqual(['u=a/b?c=d']);
    expect(encodeQueryParam({ name: 'u', style: 'form', explode: true }, 'a/b?c=d')).toEqual(['u=a%2Fb%3Fc%3Dd']);
    expect(encodeQueryParam({ name: 'j', style: 'form', explode: true, json: true }, { a: [1] })).toEqual(['j=%7B%22a%22%3A%5B1%5D%7D']);
  });
});

describe('header and cookie parameters', () => {
  test('headers use style simple without percent-encoding', () => {
    expect(encodeHeaderParam({ name: 'X', style: 'simple', explode: false }, 'a b')).toBe('a b');
    expect(encodeHeaderParam({ name: 'X', style: 'simple', explode: false }, [1, 2])).toBe('1,2');
    expect(encodeHeaderParam({ name: 'X', style: 'simple', explode: false }, object)).toBe('role,admin,first,Al x');
    expect(encodeHeaderParam({ name: 'X', style: 'simple', explode: true }, object)).toBe('role=admin,first=Al x');
    expect(encodeHeaderParam({ name: 'X', style: 'simple', explode: false }, undefined)).toBeUndefined();
  });

  test('cookies use style form, values percent-encoded', () => {
    expect(encodeCookieParam({ name: 'c', style: 'form', explode: true }, 'a;b')).toEqual(['c=a%3Bb']);
    expect(encodeCookieParam({ name: 'c', style: 'form', explode: false }, ['x', 'y'])).toEqual(['c=x,y']);
    expect(encodeCookieParam({ name: 'c', style: 'form', explode: true }, ['x', 'y'])).toEqual(['c=x', 'c=y']);
    expect(encodeCookieParam({ name: 'c', style: 'form', explode: false }, { a: 1 })).toEqual(['c=a,1']);
    expect(encodeCookieParam({ name: 'c', style: 'form', explode: true }, { a: 1, b: 2 })).toEqual(['a=1', 'b=2']);
  });
});

import { escapeSegment, formatPointer, getAtPointer, parseFragment } from '../../../generator/load/pointer.js';

describe('JSON pointers', () => {
  test('format escapes ~ and / and writes the root as #', () => {
    expect(formatPointer([])).toBe('#');
    expect(formatPointer(['paths', '/users/{id}', 'get'])).toBe('#/paths/~1users~1{id}/get');
    expect(escapeSegment('a~b/c')).toBe('a~0b~1c');
    expect(formatPointer(['items', 0])).toBe('#/items/0');
  });

  test('parse decodes escapes and %-encoding', () => {
    expect(parseFragment('')).toEqual({ ok: true, segments: [] });
    expect(parseFragment('/paths/~1users~1%7Bid%7D/get')).toEqual({ ok: true, segments: ['paths', '/users/{id}', 'get'] });
    expect(parseFragment('/a~0b')).toEqual({ ok: true, segments: ['a~b'] });
  });

  test('parse refuses what is not a JSON pointer', () => {
    expect(parseFragment('Pet')).toEqual({ ok: false, problem: "expected a JSON pointer starting with '/' after '#', found 'Pet'" });
    expect(parseFragment('/a~2')).toEqual({ ok: false, problem: "'~' must be followed by 0 or 1 in a JSON pointer, found 'a~2'" });
    expect(parseFragment('/%E0%A4%A')).toEqual({ ok: false, problem: "the fragment '/%E0%A4%A' has a broken %-escape" });
  });

  test('getAtPointer walks objects and arrays and says how far it got', () => {
    const doc = { a: { b: [10, { c: null }] } };
    expect(getAtPointer(doc, ['a', 'b', '1', 'c'])).toEqual({ found: true, value: null });
    expect(getAtPointer(doc, ['a', 'b', 0])).toEqual({ found: true, value: 10 });
    expect(getAtPointer(doc, ['a', 'x', 'y'])).toEqual({ found: false, depth: 1 });
    expect(getAtPointer(doc, ['a', 'b', '2'])).toEqual({ found: false, depth: 2 });
    expect(getAtPointer(doc, ['a', 'b', '01'])).toEqual({ found: false, depth: 2 });
    expect(getAtPointer({}, ['toString'])).toEqual({ found: false, depth: 0 });
  });
});

import { findExcessiveFlowNesting } from '../../../generator/load/flow-depth.js';

describe('flow nesting pre-check', () => {
  test('counts [ and { of flow collections, not of text', () => {
    expect(findExcessiveFlowNesting('a: [[[1]]]\n', 3)).toBeUndefined();
    expect(findExcessiveFlowNesting('a: [[[[1]]]]\n', 3)).toBe(6);
    // Brackets in plain text, quoted strings and comments are not collections.
    expect(findExcessiveFlowNesting('a: see [[[[ this\nb: "[[[["\nc: [ "]]]]" , \'[[[[\' ]\n# {{{{\n', 2)).toBeUndefined();
    expect(findExcessiveFlowNesting('{"a": {"b": {"c": "}}}}"}}}', 3)).toBeUndefined();
    expect(findExcessiveFlowNesting('{"a": {"b": {"c": {"d": 1}}}}', 3)).toBe(18);
  });
});

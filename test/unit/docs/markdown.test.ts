import { codePointLength, escapeCell, renderTable } from '../../../generator/docs/markdown.js';

describe('codePointLength', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['a\nb', 3],
    ['zero\u200bwidth', 10],
    ['😀', 1],
  ])('%j has %i code points', (text, want) => {
    expect(codePointLength(text)).toBe(want);
  });
});

describe('escapeCell', () => {
  test.each([
    ['plain', 'plain'],
    ['line1\nline2', 'line1<br/>line2'],
    ['ends with newline\n', 'ends with newline<br/>'],
    ['a | b', 'a \\| b'],
    ['*/*', '\\*/\\*'],
    ['keep _under_ `code` <b> [l](x)', 'keep _under_ `code` <b> [l](x)'],
    ['crlf\r\nline', 'crlf<br/>line'],
  ])('%j → %j', (given, want) => {
    expect(escapeCell(given)).toBe(want);
  });
});

describe('renderTable', () => {
  const cases: { name: string; header: string[]; rows: string[][]; want: string[] }[] = [
    {
      name: 'every column takes the width of the longest cell, header included',
      header: ['Name', 'Value'],
      rows: [
        ['`Token`', 'token'],
        ['`Cookie`', 'cookie'],
      ],
      want: ['| Name     | Value    |', '| -------- | -------- |', '| `Token`  | token    |', '| `Cookie` | cookie   |'],
    },
    {
      name: 'width is measured before escaping, so an escaped cell overflows unpadded',
      header: ['A', 'B'],
      rows: [['x', 'ab\ncd']],
      want: ['| A     | B     |', '| ----- | ----- |', '| x     | ab<br/>cd |'],
    },
    {
      name: 'pipes count once in the width and twice in the row',
      header: ['T'],
      rows: [['a | b']],
      want: ['| T     |', '| ----- |', '| a \\| b |'],
    },
    {
      name: 'a trailing newline becomes a trailing <br/>, padded on the escaped length',
      header: ['Description', 'X'],
      rows: [['Unix timestamp of creation.\n', '']],
      want: [
        '| Description                  | X                            |',
        '| ---------------------------- | ---------------------------- |',
        '| Unix timestamp of creation.<br/> |                              |',
      ],
    },
    {
      name: 'no rows: header and separator only',
      header: ['Field', 'Type', 'Required', 'Description'],
      rows: [],
      want: ['| Field       | Type        | Required    | Description |', '| ----------- | ----------- | ----------- | ----------- |'],
    },
    {
      name: 'a zero-width space counts as one character',
      header: ['H'],
      rows: [['ab\u200bc']],
      want: ['| H    |', '| ---- |', '| ab\u200bc |'],
    },
  ];
  test.each(cases)('$name', ({ header, rows, want }) => {
    expect(renderTable(header, rows)).toBe(want.join('\n'));
  });
});

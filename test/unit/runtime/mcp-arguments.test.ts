/** The MCP server's argument handling (templates/mcp/typescript/arguments.ts): checks, dates, files. */
import { argumentProblems, decodeFiles, reviveDates } from '../../../templates/mcp/typescript/arguments.js';

const schema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    count: { type: 'integer' },
    role: { type: 'string', enum: ['admin', 'member'] },
    when: { type: ['string', 'null'], format: 'date-time' },
    tags: { type: 'array', items: { type: 'string' } },
    node: { $ref: '#/$defs/Node' },
    shape: { anyOf: [{ type: 'object', properties: { kind: { const: 'a' }, at: { type: 'string', format: 'date-time' } }, required: ['kind'] }, { type: 'string' }] },
  },
  required: ['id'],
  $defs: { Node: { type: 'object', properties: { name: { type: 'string' }, child: { $ref: '#/$defs/Node' } } } },
};

describe('argumentProblems', () => {
  test('valid arguments have none', () => {
    expect(argumentProblems(schema, { id: 'x', count: 2, role: 'admin', when: null, tags: ['a'], node: { child: { name: 'n' } }, shape: 'plain' })).toEqual([]);
  });

  test('each problem names its path and what was expected', () => {
    expect(argumentProblems(schema, { count: 1.5, role: 'boss', tags: ['a', 3], node: { child: { name: 7 } }, shape: { kind: 'b' } })).toEqual([
      'arguments.id: required',
      'arguments.count: expected integer, got number 1.5',
      'arguments.role: expected one of "admin", "member"',
      'arguments.tags[1]: expected string, got number 3',
      'arguments.node.child.name: expected string, got number 7',
      'arguments.shape.kind: expected "a"',
    ]);
  });

  test('no properties allowed beyond an empty object with additionalProperties false', () => {
    expect(argumentProblems({ type: 'object', properties: {}, additionalProperties: false }, { x: 1 })).toEqual(['arguments.x: unknown argument']);
  });
});

describe('reviveDates', () => {
  test('date-time strings become Dates, through $ref and the matching anyOf member; others stay', () => {
    const out = reviveDates(schema, { id: '2020-01-01T00:00:00Z', when: '2021-02-03T04:05:06.000Z', shape: { kind: 'a', at: '2022-01-01T00:00:00+01:00' }, node: { name: 'n' } });
    expect(out.id).toBe('2020-01-01T00:00:00Z');
    expect(out.when).toEqual(new Date('2021-02-03T04:05:06.000Z'));
    expect((out.shape as any).at).toEqual(new Date('2022-01-01T00:00:00+01:00'));
    expect(reviveDates(schema, { id: 'x', when: 'not a date' }).when).toBe('not a date');
  });
});

describe('decodeFiles', () => {
  test('base64 content at the paths becomes bytes, name and type kept; the input is not changed', () => {
    const args = { body: { file: { content: Buffer.from('hello').toString('base64'), fileName: 'a.txt' }, files: [{ content: 'aGk=' }] } };
    const out = decodeFiles(args, [
      ['body', 'file'],
      ['body', 'files', '[]'],
    ]) as any;
    expect(Buffer.from(out.body.file.content).toString()).toBe('hello');
    expect(out.body.file.fileName).toBe('a.txt');
    expect(Buffer.from(out.body.files[0].content).toString()).toBe('hi');
    expect(args.body.file.content).toBe('aGVsbG8=');
  });
});

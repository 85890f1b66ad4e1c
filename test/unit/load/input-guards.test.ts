/** Hostile and broken entry files: each gives one clear diagnostic and no result, never a throw. */
import { MAX_ALIAS_COUNT, MAX_NESTING_DEPTH } from '../../../generator/load/limits.js';
import { load, scratch, summarize } from './support.js';

describe('entry files that cannot be used', () => {
  const dir = scratch({
    'empty.yaml': '  \n\n',
    'comments.yaml': '# nothing here\n',
    'binary.yaml': Buffer.from([0x6f, 0x70, 0x65, 0x6e, 0x00, 0x01, 0x02]),
    'bad.json': '{\n  "openapi": "3.0.3",\n  "info": }\n',
    'trailing.json': '{\n  "openapi": "3.0.3",\n}\n',
    'two-errors.yaml': 'openapi: 3.0.3\nx: @bad\ny: `bad\n',
    'unterminated.json': '{"openapi": "3.0.3", "info": {"title": "x\n',
    'escape.json': '{"openapi": "3.0\\q"}',
    'extra.json': '{"openapi": "3.0.3"} {}',
    'dup.yaml': 'openapi: 3.0.3\ninfo:\n  title: a\n  title: b\npaths: {}\n',
    'bomb.yaml': aliasBomb(),
    'deep-flow.yaml': `openapi: 3.0.3\nx-deep: ${'['.repeat(MAX_NESTING_DEPTH + 5)}${']'.repeat(MAX_NESTING_DEPTH + 5)}\n`,
    'deep.json': `{"openapi": "3.0.3", "x": ${'{"a":'.repeat(MAX_NESTING_DEPTH + 5)}1${'}'.repeat(MAX_NESTING_DEPTH + 5)}}`,
    'deep-block.yaml': deepBlock(MAX_NESTING_DEPTH + 5),
    // The root is level 1 and x-deep's mapping level 2: exactly MAX_NESTING_DEPTH levels.
    'deep-block-ok.yaml': deepBlock(MAX_NESTING_DEPTH - 2),
    'bom.yaml': '\ufeffopenapi: 3.1.0\ninfo:\n  title: BOM\n  version: "1"\npaths: {}\n',
  });
  afterAll(() => dir.remove());

  test('a missing file names the path, no stack trace', async () => {
    const { loaded, diagnostics } = await load(dir.file('nope.yaml'));
    expect(loaded).toBeUndefined();
    expect(diagnostics.items).toEqual([{ code: 'file-unreadable', severity: 'error', message: `cannot read ${dir.file('nope.yaml')}: no such file (ENOENT)`, file: dir.file('nope.yaml') }]);
  });

  test('a directory is refused with EISDIR', async () => {
    const { loaded, diagnostics } = await load(dir.dir);
    expect(loaded).toBeUndefined();
    expect(diagnostics.items[0].message).toBe(`cannot read ${dir.dir}: it is a directory, expected a file (EISDIR)`);
  });

  test('empty and comment-only files', async () => {
    for (const name of ['empty.yaml', 'comments.yaml']) {
      const { loaded, diagnostics } = await load(dir.file(name));
      expect(loaded).toBeUndefined();
      expect(summarize(diagnostics.items)).toEqual([`error empty-file ${dir.file(name)}:1:1 -`]);
    }
  });

  test('binary content (NUL bytes)', async () => {
    const { loaded, diagnostics } = await load(dir.file('binary.yaml'));
    expect(loaded).toBeUndefined();
    expect(diagnostics.items).toEqual([
      {
        code: 'binary-file',
        severity: 'error',
        message: 'expected a UTF-8 text file (YAML or JSON), found binary data (a NUL byte at offset 4)',
        file: dir.file('binary.yaml'),
        line: 1,
        column: 5,
      },
    ]);
  });

  test('JSON syntax errors have a position and a readable message', async () => {
    const bad = await load(dir.file('bad.json'));
    expect(bad.loaded).toBeUndefined();
    expect(summarize(bad.diagnostics.items)).toEqual([`error json-syntax ${dir.file('bad.json')}:3:11 -`]);
    expect(bad.diagnostics.items[0].message).toBe("invalid JSON: expected a value, found '}'");
    const expectations: Array<[string, string, string]> = [
      ['trailing.json', '3:1', "expected a double-quoted property name, found '}'"],
      ['unterminated.json', '1:42', "expected a closing '\"' (or an escape like \\n), found a line break"],
      ['escape.json', '1:17', "expected a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX), found '\\'"],
      ['extra.json', '1:22', "expected the end of the input after the top-level value, found '{'"],
    ];
    for (const [name, where, message] of expectations) {
      const { loaded, diagnostics } = await load(dir.file(name));
      expect(loaded).toBeUndefined();
      expect(summarize(diagnostics.items)).toEqual([`error json-syntax ${dir.file(name)}:${where} -`]);
      expect(diagnostics.items[0].message).toBe(`invalid JSON: ${message}`);
    }
  });

  test('every YAML error is reported, each with its position', async () => {
    const { loaded, diagnostics } = await load(dir.file('two-errors.yaml'));
    expect(loaded).toBeUndefined();
    const file = dir.file('two-errors.yaml');
    expect(summarize(diagnostics.items)).toEqual([`error yaml-syntax ${file}:2:4 -`, `error yaml-syntax ${file}:3:4 -`]);
    expect(diagnostics.items.map((d) => d.message)).toEqual(['invalid YAML: Plain value cannot start with reserved character @', 'invalid YAML: Plain value cannot start with reserved character `']);
  });

  test('duplicate keys are errors with the position of the second one', async () => {
    const { diagnostics } = await load(dir.file('dup.yaml'));
    expect(summarize(diagnostics.items)).toEqual([`error yaml-duplicate-key ${dir.file('dup.yaml')}:4:3 -`]);
    expect(diagnostics.items[0].message).toBe('invalid YAML: Map keys must be unique');
  });

  test('alias bombs stop at the alias limit', async () => {
    const { loaded, diagnostics } = await load(dir.file('bomb.yaml'));
    expect(loaded).toBeUndefined();
    expect(summarize(diagnostics.items)).toEqual([`error yaml-alias-limit ${dir.file('bomb.yaml')}:3:10 -`]);
    expect(diagnostics.items[0].message).toContain(`at most ${MAX_ALIAS_COUNT} expansions`);
  });

  test('deep flow nesting is refused before parsing', async () => {
    const { loaded, diagnostics } = await load(dir.file('deep-flow.yaml'));
    expect(loaded).toBeUndefined();
    expect(summarize(diagnostics.items)).toEqual([`error nesting-too-deep ${dir.file('deep-flow.yaml')}:2:${9 + MAX_NESTING_DEPTH} -`]);
  });

  test('deep JSON nesting is refused after parsing, without overflowing the stack', async () => {
    const { loaded, diagnostics } = await load(dir.file('deep.json'));
    expect(loaded).toBeUndefined();
    expect(diagnostics.items.map((d) => d.code)).toEqual(['nesting-too-deep']);
  });

  test('deep block nesting is refused', async () => {
    const { loaded, diagnostics } = await load(dir.file('deep-block.yaml'));
    expect(loaded).toBeUndefined();
    expect(diagnostics.items.map((d) => d.code)).toEqual(['nesting-too-deep']);
    // Reported at the key that opens the level one too deep.
    expect(diagnostics.items[0].line).toBe(MAX_NESTING_DEPTH + 2);
  });

  test('block nesting up to the limit (1000 levels) is read', async () => {
    expect(MAX_NESTING_DEPTH).toBeGreaterThanOrEqual(1000);
    const { loaded, diagnostics } = await load(dir.file('deep-block-ok.yaml'));
    expect(diagnostics.items).toEqual([]);
    expect(loaded?.document['x-deep']).toBeDefined();
  });

  test('a byte order mark is ignored', async () => {
    const { loaded, diagnostics } = await load(dir.file('bom.yaml'));
    expect(diagnostics.items).toEqual([]);
    expect(loaded?.document.openapi).toBe('3.1.0');
  });
});

/** Nine levels of nine aliases each: 9^9 nodes if expanded. */
function aliasBomb(): string {
  let text = 'openapi: 3.0.3\na: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n';
  let previous = 'a';
  for (let level = 0; level < 9; level++) {
    const name = `l${level}`;
    text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    previous = name;
  }
  return text;
}

function deepBlock(depth: number): string {
  let text = 'openapi: 3.0.3\nx-deep:\n';
  for (let i = 0; i < depth; i++) text += `${' '.repeat(2 * (i + 1))}k:\n`;
  return text + `${' '.repeat(2 * (depth + 1))}v: 1\n`;
}

/**
 * The loader reads YAML values with js-yaml where that gives exactly what the `yaml` package
 * gives (load/fast-yaml.ts). Checked here against `yaml` on every YAML file of the repository
 * and, when it is beside the checkout, of ../shared, and on scalars where YAML parsers are known
 * to disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { fastYamlValue } from '../../../generator/load/fast-yaml.js';
import { MAX_ALIAS_COUNT } from '../../../generator/load/limits.js';
import { parseYamlDocument } from '../../../generator/load/yaml-positions.js';
import { SHARED, sharedAvailable } from './support.js';

/** What the loader's `yaml` path reads, or undefined where it reports an error. */
function positionalValue(text: string): unknown {
  const { doc } = parseYamlDocument(text);
  if (doc.errors.length > 0) return undefined;
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

function yamlFiles(root: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) found.push(...yamlFiles(full));
    else if (/\.ya?ml$/i.test(entry.name)) found.push(full);
  }
  return found;
}

/** Files where the fast path gave a value different from the `yaml` path's. */
function disagreements(files: string[]): { compared: number; differing: string[] } {
  let compared = 0;
  const differing: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const fast = fastYamlValue(text);
    if (fast === undefined) continue;
    compared++;
    if (!isDeepStrictEqual(fast, positionalValue(text))) differing.push(file);
  }
  return { compared, differing };
}

test('every YAML file of the repository reads the same through both parsers', () => {
  const files = ['spec', 'test', 'templates'].flatMap((dir) => yamlFiles(path.resolve(dir)));
  const { compared, differing } = disagreements(files);
  console.log(`fast YAML: ${compared} of ${files.length} repository files on the fast path, all equal to the yaml package's reading`);
  expect(differing).toEqual([]);
  expect(compared).toBeGreaterThan(50);
});

(sharedAvailable() ? test : test.skip)('every YAML file of ../shared reads the same through both parsers', () => {
  const files = yamlFiles(SHARED);
  const { compared, differing } = disagreements(files);
  console.log(`fast YAML: ${compared} of ${files.length} files in ../shared on the fast path`);
  expect(differing).toEqual([]);
  expect(compared).toBeGreaterThan(500);
});
if (!sharedAvailable()) console.log(`fast YAML: ../shared not found at ${SHARED}; only the repository's files are compared`);

const scalars = [
  '017',
  '0o17',
  '0x1F',
  '0b101',
  '1_000',
  '+1',
  '-0',
  '1e3',
  '1.5E-3',
  '.5',
  '5.',
  '.inf',
  '-.inf',
  '+.inf',
  '.nan',
  '.NaN',
  '.Inf',
  '~',
  'null',
  'Null',
  'NULL',
  'true',
  'True',
  'TRUE',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'y',
  'n',
  '2024-01-01',
  '2024-01-01T10:00:00Z',
  '12:30:00',
  '9007199254740993',
  '0.1',
  '00',
  '0x',
  '1e',
  '-',
  '"quoted"',
  "'single ''quote'''",
  '"\\u00e9\\t\\x41"',
  '!!str 12',
  '!!int "12"',
  '!!float 1',
  '!!null ""',
  '!!bool true',
  '"#not a comment"',
  'a # comment',
];

test.each(scalars)('the scalar %s reads the same through both parsers', (scalar) => {
  const text = `value: ${scalar}\nlist: [${scalar}]\n`;
  const fast = fastYamlValue(text);
  if (fast === undefined) return; // left to the yaml path, which is then the only reader
  expect(fast).toStrictEqual(positionalValue(text));
});

const documents: Record<string, string> = {
  'block scalars and chomping': 'a: |\n  one\n  two\n\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  keep\n\nd: >2\n    indented\n',
  'keys that are not strings': '200: ok\ntrue: yes\n1.5: x\n0x1F: a\n1e3: b\n.inf: c\n017: d\n"": empty\n',
  'BOM and CRLF line ends': '\uFEFFa: 1\r\nb: |\r\n  x\r\n  y\r\n',
  'double-quoted escapes and folding': 'a: "\\N\\_\\L\\P\\e\\0\\a\\/\\ "\nb: "dq\n  folded\n\n  x"\nc: plain\n  continued\n\n  para\n',
  'keys named like Object.prototype members': '__proto__: { polluted: true }\nconstructor: 1\ntoString: 2\nhasOwnProperty: { a: 1 }\n',
  'merge key with an inline mapping': 'a:\n  <<: { x: 1, y: 2 }\n  y: 3\n',
  'flow collections over several lines': 'a: { b: [1, 2,\n  3], c: { d: e } }\n',
  'a sequence at the root': '- a\n- b: 1\n',
  'JSON written as YAML': '{"a": [1, 2.5, "x", null, true], "b": {}}\n',
  'tabs and unicode': 'a: "tab\\there"\nb: é✓😀\n"ключ": значение\n',
  'explicit document markers': '---\na: 1\n...\n',
};

test.each(Object.entries(documents))('%s: the same through both parsers', (_name, text) => {
  const fast = fastYamlValue(text);
  expect(fast).toBeDefined();
  expect(fast).toStrictEqual(positionalValue(text));
});

test.each([
  ['an alias', 'a: &x { b: 1 }\nc: *x\n'],
  ['an anchor, even never aliased', 'a: &anchor { b: 1 }\nc: 2\n'],
  ['a merge through an alias', 'base: &b { x: 1 }\nd:\n  <<: *b\n'],
  ['a scalar root', 'just text\n'],
  ['an empty file', ''],
  ['only comments', '# nothing\n'],
  ['two documents', 'a: 1\n---\nb: 2\n'],
  ['a syntax error', 'a: [1, 2\nb: 3\n'],
  ['a duplicate key', 'a: 1\na: 2\n'],
  ['an unknown tag', 'a: !custom 1\n'],
])('%s is left to the yaml path', (_name, text) => {
  expect(fastYamlValue(text)).toBeUndefined();
});

test.each([
  ['an explicit tag', 'value: !!float 1\n'],
  ['a null key', 'a:\n  null: 1\n'],
  ['a ~ key in a flow mapping', '{~: 1}\n'],
  ['an empty key', ': x\n'],
  ['a number beyond the double range', 'a: 1e400\n'],
  ['a number without a digit before the point', 'a: -.5\n'],
  ['a binary number', 'a: 0b101\n'],
  ['a signed hex number', 'a: -0x1F\n'],
  ['a signed octal number', 'a: +0o7\n'],
  ['negative zero', 'a: [-0, -0.0]\n'],
  ['a directive', '%YAML 1.1\n---\na: yes\n'],
  ['an implicit key over 1024 characters', `${'k'.repeat(1100)}: 1\n`],
])('%s (read differently by js-yaml, or refused only by yaml) is left to the yaml path', (_name, text) => {
  expect(fastYamlValue(text)).toBeUndefined();
});

// Every sign with every body, as a value in block and flow style and as a key: where js-yaml's
// and `yaml`'s scalar resolution differ (signed hex, `-.5`, binary, …) the text must not take the
// fast path.
const signs = ['', '-', '+'];
const bodies = [
  '0',
  '00',
  '01',
  '1',
  '10',
  '1_0',
  '0x1F',
  '0xg',
  '0X1F',
  '0o7',
  '0o8',
  '0O7',
  '0b1',
  '0B1',
  '1.',
  '.1',
  '1.1',
  '1e3',
  '1E3',
  '1e+3',
  '1e-3',
  '1.e3',
  '.1e3',
  '1_000.5',
  'inf',
  '.inf',
  '.Inf',
  '.INF',
  '.nan',
  '.NaN',
  '.NAN',
  'nan',
  '1:30',
  '1:30:00',
  '190:20:30',
  '1e',
  'e1',
  '0.0',
  '00.5',
  '1.5e',
  '0x',
  '0o',
  '09',
  '1,5',
  'true',
  'false',
  'TRUE',
  'True',
  'tRUE',
  'null',
  'Null',
  '~',
  'NULL',
  'nULL',
  'yes',
  'No',
  'y',
  'n',
  'ON',
  '=',
  '2001-12-14t21:59:43.10-05:00',
  '2002-12-14',
  '0.',
  '-.',
  '.',
  '..1',
];

test('number-like and keyword tokens read the same wherever they take the fast path', () => {
  const differing: string[] = [];
  let fast = 0;
  for (const token of signs.flatMap((sign) => bodies.map((body) => sign + body))) {
    const text = `a: ${token}\nb: [${token}]\nc: {k: ${token}}\nd: {${token}: 1}\n${token}: 2\n`;
    const value = fastYamlValue(text);
    if (value === undefined) continue;
    fast++;
    if (!isDeepStrictEqual(value, positionalValue(text))) differing.push(token);
  }
  expect(differing).toEqual([]);
  expect(fast).toBeGreaterThan(100);
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { JsonPositions } from '../../../generator/load/json-positions.js';
import type { Segment } from '../../../generator/load/pointer.js';
import { YamlPositions } from '../../../generator/load/yaml-positions.js';
import { SHARED, sharedAvailable } from './support.js';

/** Every container path of a JSON value, parents first. */
function containerPaths(value: unknown): Segment[][] {
  const out: Segment[][] = [];
  const stack: Array<[unknown, Segment[]]> = [[value, []]];
  while (stack.length > 0) {
    const [v, p] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    out.push(p);
    for (const k of Object.keys(v)) stack.push([(v as Record<string, unknown>)[k], [...p, Array.isArray(v) ? Number(k) : k]]);
  }
  return out;
}

/** JSON positions must agree with what the YAML parser says about the same text. */
function compare(text: string, limit = Infinity): number {
  const json = new JsonPositions(text);
  const lines = new LineCounter();
  const yaml = new YamlPositions(parseDocument(text, { lineCounter: lines, uniqueKeys: false }), lines);
  const paths = containerPaths(JSON.parse(text)).slice(0, limit);
  for (const p of paths) {
    for (const mode of ['key', 'value'] as const) expect([p, mode, json.find(p, mode)]).toEqual([p, mode, yaml.find(p, mode)]);
  }
  return paths.length;
}

describe('JSON positions', () => {
  test('agree with the YAML parser on escapes, nesting, empty containers and odd spacing', () => {
    const text = [
      '{ "a\\"b": {"x": [1, {"y": []}, [ [ {} ] ]]},',
      '\t"paths" :{',
      '  "/u\\u00e9/{id}" :   { "get": { "responses": { "200": { "description": "ok, \\"quoted\\" [not] {a} structure" } } } }',
      '  },',
      '  "list": [',
      '    {"k": null}, {"k": true}, {"k": -1.5e3}',
      '  ]',
      '}',
    ].join('\r\n');
    expect(compare(text)).toBe(17);
  });

  test('a path that goes further than the file stops at the deepest member found', () => {
    const json = new JsonPositions('{\n  "a": {\n    "b": [10, 20]\n  }\n}');
    expect(json.find(['a', 'b', 1], 'key')).toEqual({ line: 3, column: 15, found: 3 });
    expect(json.find(['a', 'zzz'], 'key')).toEqual({ line: 2, column: 3, found: 1 });
    expect(json.find([], 'key')).toEqual({ line: 1, column: 1, found: 0 });
  });

  const skip = sharedAvailable() ? undefined : `${SHARED} not found`;
  (skip ? test.skip : test)(`agree with the YAML parser on every node of a real JSON spec${skip ? ` (skipped: ${skip})` : ''}`, () => {
    const text = readFileSync(path.join(SHARED, 'corpus/readme-discriminators/discriminators.json'), 'utf8');
    expect(compare(text)).toBeGreaterThan(200);
  });
});

import { childKind } from '../../../generator/resolve/kinds.js';
import { parseRef } from '../../../generator/resolve/parse-ref.js';
import { SchemaNames } from '../../../generator/resolve/schema-names.js';

describe('structure or data', () => {
  test('payload members are data', () => {
    expect(childKind('schema', 'example', false)).toBeNull();
    expect(childKind('schema', 'examples', false)).toBeNull();
    expect(childKind('schema', 'default', false)).toBeNull();
    expect(childKind('schema', 'const', false)).toBeNull();
    expect(childKind('schema', 'enum', false)).toBeNull();
    expect(childKind('schema', 'x-anything', false)).toBeNull();
    expect(childKind('operation', 'x-code-samples', false)).toBeNull();
    expect(childKind('example', 'value', false)).toBeNull();
    expect(childKind('mediaType', 'example', false)).toBeNull();
    expect(childKind('link', 'parameters', false)).toBeNull();
  });

  test('names chosen by authors are never extensions', () => {
    expect(childKind('schemaMap', 'x-request-id', false)).toBe('schema');
    expect(childKind('headerMap', 'x-rate-limit', false)).toBe('header');
    expect(childKind('schemaMap', 'constructor', false)).toBe('schema');
    expect(childKind('schema', 'constructor', false)).toBeNull();
  });

  test('structure is followed into the places refs live', () => {
    expect(childKind('root', 'paths', false)).toBe('paths');
    expect(childKind('paths', '/pets', false)).toBe('pathItem');
    expect(childKind('pathItem', 'get', false)).toBe('operation');
    expect(childKind('operation', 'parameters', false)).toBe('parameterList');
    expect(childKind('parameterList', 0, true)).toBe('parameter');
    expect(childKind('mediaType', 'examples', false)).toBe('exampleMap');
    expect(childKind('responses', 'default', false)).toBe('response');
    expect(childKind('schema', 'allOf', false)).toBe('schemaList');
    expect(childKind('schema', 'items', false)).toBe('schema');
    expect(childKind('schema', 0, true)).toBe('schema');
    expect(childKind('root', 'definitions', false)).toBe('schemaMap');
    expect(childKind('root', 'x-webhooks', false)).toBe('pathItemMap');
    expect(childKind('root', 'x-speakeasy-globals', false)).toBe('globals');
    expect(childKind('globals', 'parameters', false)).toBe('parameterList');
  });
});

describe('$ref parsing', () => {
  test('relative files resolve against the referring file', () => {
    expect(parseRef('../common.yaml#/components/schemas/A', '/specs/paths/pets.yaml')).toEqual({
      ok: true,
      absPath: '/specs/common.yaml',
      segments: ['components', 'schemas', 'A'],
    });
    expect(parseRef('#/a~1b', '/specs/api.yaml')).toEqual({ ok: true, absPath: '/specs/api.yaml', segments: ['a/b'] });
    expect(parseRef('./dir/x%20y.json', '/specs/api.yaml')).toEqual({ ok: true, absPath: '/specs/dir/x y.json', segments: [] });
  });
});

describe('hoisted schema names', () => {
  test('last key, file name, positional paths, clashes', () => {
    const names = new SchemaNames(['Pet']);
    expect(names.allocate('/s/common.yaml', ['components', 'schemas', 'Pet'])).toBe('Pet2');
    expect(names.allocate('/s/pet.yaml', [])).toBe('pet');
    expect(names.allocate('/s/pet.json', [])).toBe('pet2');
    expect(names.allocate('/s/shapes.yaml', ['oneOf', '0'])).toBe('shapes_oneOf_0');
    expect(names.allocate('/s/x.yaml', ['components', 'schemas', 'Pet', 'allOf', '1'])).toBe('Pet_allOf_1');
    expect(names.allocate('/s/x.yaml', ['definitions', 'My Model<T>'])).toBe('My_Model_T_');
  });
});

import { at, FIXTURES, mustLoad, scratch, summarize } from '../load/support.js';

const DIR = `${FIXTURES}/multi`;

describe('multi-file documents are joined into one', () => {
  let doc: Record<string, unknown>;
  let locate: (node: object, key?: string | number) => unknown;
  let files: string[];
  beforeAll(async () => {
    const { loaded, diagnostics } = await mustLoad(`${DIR}/openapi.yaml`);
    // Example payloads and extension values with `$ref` keys are data: nothing is reported for them.
    expect(diagnostics.items).toEqual([]);
    doc = loaded.document;
    locate = loaded.locate;
    files = loaded.files;
  });

  test('every file is read once, entry first', () => {
    expect(files).toEqual([`${DIR}/openapi.yaml`, `${DIR}/schemas/owner.yaml`, `${DIR}/paths/pets.yaml`, `${DIR}/common.yaml`, `${DIR}/schemas/pet.yaml`]);
  });

  test('schemas are hoisted into components.schemas, named after their key or file, clashes numbered', () => {
    expect(Object.keys(at(doc, 'components', 'schemas'))).toEqual(['Error', 'Local', 'Owner', 'pet', 'Tag', 'Error2', 'name']);
    // The root's own Error keeps its name; common.yaml's Error becomes Error2.
    expect(at(doc, 'components', 'schemas', 'Error')).toEqual({ type: 'string' });
    expect(at(doc, 'components', 'schemas', 'Error2')).toEqual({ type: 'object', properties: { message: { type: 'string' } } });
    expect(at(doc, 'paths', '/pets/{petId}', 'get', 'responses', '200', 'content', 'application/json', 'schema')).toEqual({
      $ref: '#/components/schemas/pet',
    });
    // Local refs of the entry file stay as they are.
    expect(at(doc, 'components', 'schemas', 'Local')).toEqual({ $ref: '#/components/schemas/Error' });
  });

  test('cycles across files become refs between hoisted schemas; each target is hoisted once', () => {
    const schemas = at(doc, 'components', 'schemas');
    // components.schemas.Owner was a bare ref to owner.yaml: the content took that name.
    expect(schemas.pet.properties.owner).toEqual({ $ref: '#/components/schemas/Owner' });
    expect(schemas.Owner.properties.pets.items).toEqual({ $ref: '#/components/schemas/pet' });
    expect(schemas.Owner.type).toBe('object');
    expect(schemas.pet.properties.tags.items).toEqual({ $ref: '#/components/schemas/Tag' });
    // A ref inside a hoisted file that is local to that file points into that file.
    expect(schemas.Owner.properties['x-nickname']).toEqual({ $ref: '#/components/schemas/name' });
    expect(schemas.name).toEqual({ type: 'string' });
  });

  test('non-schema refs are replaced by a copy of their target, refs inside it rewritten', () => {
    const list = at(doc, 'paths', '/pets', 'get');
    expect(list.operationId).toBe('listPets');
    expect(list.parameters).toEqual([{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } }]);
    const notFound = {
      description: 'Not found',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error2' } } },
    };
    expect(at(doc, 'paths', '/pets/{petId}', 'get', 'responses', '404')).toEqual(notFound);
    // Problem is itself a ref to NotFound: the chain is followed.
    expect(list.responses.default).toEqual(notFound);
    // Two uses, two copies: an overlay changing one must not change the other.
    expect(list.responses.default).not.toBe(at(doc, 'paths', '/pets/{petId}', 'get', 'responses', '404'));
    expect(at(doc, 'paths', '/pets/{petId}', 'get', 'parameters', 0)).toEqual({
      name: 'petId',
      in: 'path',
      required: true,
      schema: { type: 'integer' },
    });
  });

  test('$ref keys in data are left alone', () => {
    const media = at(doc, 'paths', '/pets', 'get', 'responses', '200', 'content', 'application/json');
    expect(media.examples.one.value).toEqual({ $ref: 'this-file-does-not-exist.yaml' });
    expect(at(doc, 'paths', '/pets', 'get', 'x-code-samples', 0, 'source')).toEqual({ $ref: '../samples/nowhere.sh' });
    expect(at(doc, 'components', 'schemas', 'pet', 'example')).toEqual({ id: 1, $ref: 'not-a-reference.yaml' });
    expect(at(doc, 'components', 'schemas', 'Owner', 'x-notes')).toEqual({ $ref: 'nowhere.yaml' });
  });

  test('copied content is located where it was written', () => {
    expect(locate(at(doc, 'paths', '/pets'))).toEqual({ file: `${DIR}/paths/pets.yaml`, pointer: '#', line: 1, column: 1 });
    expect(locate(at(doc, 'paths', '/pets', 'get'), 'operationId')).toEqual({
      file: `${DIR}/paths/pets.yaml`,
      pointer: '#/get/operationId',
      line: 2,
      column: 3,
    });
    expect(locate(at(doc, 'paths', '/pets/{petId}', 'get', 'parameters', 0))).toEqual({
      file: `${DIR}/common.yaml`,
      pointer: '#/components/parameters/PetId',
      line: 9,
      column: 5,
    });
    expect(locate(at(doc, 'components', 'schemas'), 'pet')).toEqual({ file: `${DIR}/schemas/pet.yaml`, pointer: '#', line: 1, column: 1 });
    expect(locate(at(doc, 'components', 'schemas', 'Tag'))).toMatchObject({ file: `${DIR}/common.yaml`, pointer: '#/components/schemas/Tag' });
    // Entry-file nodes stay where they are.
    expect(locate(at(doc, 'paths', '/pets/{petId}', 'get'))).toMatchObject({ file: `${DIR}/openapi.yaml`, line: 9, column: 5 });
  });
});

describe('discriminator mappings written as refs follow their schemas', () => {
  test('file refs in a mapping point to the hoisted schemas; inline members are pointed into', async () => {
    const dir = scratch({
      'api.yaml': ['openapi: 3.1.0', 'info: {title: t, version: "1"}', 'paths: {}', 'components:', '  schemas:', '    Pet:', '      $ref: pet.yaml'].join('\n'),
      'pet.yaml': [
        'oneOf:',
        '  - $ref: cat.yaml',
        '  - type: object',
        '    properties: {kind: {const: dog}}',
        'discriminator:',
        '  propertyName: kind',
        '  mapping:',
        '    cat: ./cat.yaml',
        "    dog: '#/oneOf/1'",
        '    bird: Bird',
      ].join('\n'),
      'cat.yaml': 'type: object\nproperties: {kind: {const: cat}}\n',
    });
    try {
      const { loaded, diagnostics } = await mustLoad(dir.file('api.yaml'));
      expect(diagnostics.items).toEqual([]);
      const schemas = at(loaded.document, 'components', 'schemas');
      expect(Object.keys(schemas)).toEqual(['Pet', 'cat']);
      expect(schemas.Pet.oneOf[0]).toEqual({ $ref: '#/components/schemas/cat' });
      expect(schemas.Pet.discriminator.mapping).toEqual({
        cat: '#/components/schemas/cat',
        dog: '#/components/schemas/Pet/oneOf/1',
        bird: 'Bird',
      });
    } finally {
      dir.remove();
    }
  });
});

describe('refs that cannot be followed', () => {
  test('malformed pointers, URIs of schemes other than http(s) and missing members are reported at the $ref', async () => {
    const dir = scratch({
      'api.yaml': [
        'openapi: 3.1.0',
        'info: {title: t, version: "1"}',
        'paths:',
        '  /a:',
        '    get:',
        '      parameters:',
        '        - $ref: other.yaml#Limit',
        '        - $ref: ftp://example.com/params.yaml#/Limit',
        '        - $ref: other.yaml#/parameters/Limit/schema/nope',
        '        - $ref: other.yaml#/parameters/Limit/name/deeper',
        '      responses: {}',
      ].join('\n'),
      'other.yaml': 'parameters:\n  Limit:\n    name: limit\n    in: query\n    schema: {type: integer}\n',
    });
    try {
      const { loaded, diagnostics } = await mustLoad(dir.file('api.yaml'));
      const file = dir.file('api.yaml');
      expect(summarize(diagnostics.items)).toEqual([
        `error ref-invalid ${file}:7:11 #/paths/~1a/get/parameters/0/$ref`,
        `error ref-unsupported ${file}:8:11 #/paths/~1a/get/parameters/1/$ref`,
        `error ref-not-found ${file}:9:11 #/paths/~1a/get/parameters/2/$ref`,
        `error ref-not-found ${file}:10:11 #/paths/~1a/get/parameters/3/$ref`,
      ]);
      expect(diagnostics.items.map((d) => d.message)).toEqual([
        "$ref 'other.yaml#Limit' cannot be used: expected a JSON pointer starting with '/' after '#', found 'Limit'",
        "$ref 'ftp://example.com/params.yaml#/Limit' cannot be used: expected a relative file path, an http(s):// URL or a '#/' pointer, found the URI 'ftp://example.com/params.yaml'",
        `$ref 'other.yaml#/parameters/Limit/schema/nope' points to nothing: expected #/parameters/Limit/schema/nope in other.yaml, but 'nope' is not a member of #/parameters/Limit/schema`,
        `$ref 'other.yaml#/parameters/Limit/name/deeper' points to nothing: expected #/parameters/Limit/name/deeper in other.yaml, but #/parameters/Limit/name is the string 'limit'`,
      ]);
      // What could not be followed is left as it was written.
      expect(at(loaded.document, 'paths', '/a', 'get', 'parameters', 0)).toEqual({ $ref: 'other.yaml#Limit' });
    } finally {
      dir.remove();
    }
  });

  test('a referenced file with syntax errors is reported once, in that file', async () => {
    const dir = scratch({
      'api.yaml': 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    $ref: a.yaml\n  /b:\n    $ref: a.yaml\n',
      'a.yaml': 'get:\n  summary: broken: yes\n',
    });
    try {
      const { diagnostics } = await mustLoad(dir.file('api.yaml'));
      expect(summarize(diagnostics.items)).toEqual([`error yaml-syntax ${dir.file('a.yaml')}:2:12 -`]);
    } finally {
      dir.remove();
    }
  });
});

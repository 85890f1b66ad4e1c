import { at, FIXTURES, mustLoad, scratch } from './support.js';

describe('locate()', () => {
  test('YAML: nodes at the key that names them, members at their key, list items at the item', async () => {
    const { loaded } = await mustLoad(`${FIXTURES}/overlays/base.yaml`);
    const file = `${FIXTURES}/overlays/base.yaml`;
    const get = at(loaded.document, 'paths', '/pets', 'get');
    expect(loaded.locate(loaded.document)).toEqual({ file, pointer: '#', line: 1, column: 1 });
    expect(loaded.locate(get)).toEqual({ file, pointer: '#/paths/~1pets/get', line: 9, column: 5 });
    expect(loaded.locate(get, 'operationId')).toEqual({ file, pointer: '#/paths/~1pets/get/operationId', line: 10, column: 7 });
    expect(loaded.locate(get.parameters, 1)).toEqual({ file, pointer: '#/paths/~1pets/get/parameters/1', line: 19, column: 11 });
    expect(loaded.locate(get.parameters[1])).toEqual({ file, pointer: '#/paths/~1pets/get/parameters/1', line: 19, column: 11 });
    expect(loaded.locate(get.parameters[1].schema, 'type')).toEqual({
      file,
      pointer: '#/paths/~1pets/get/parameters/1/schema/type',
      line: 22,
      column: 13,
    });
  });

  test('a member that is not in the file falls back to the nearest written ancestor', async () => {
    const { loaded } = await mustLoad(`${FIXTURES}/overlays/base.yaml`);
    const pet = at(loaded.document, 'components', 'schemas', 'Pet');
    expect(loaded.locate(pet, 'nope')).toEqual({ file: `${FIXTURES}/overlays/base.yaml`, pointer: '#/components/schemas/Pet', line: 32, column: 5 });
  });

  test('objects the loader never saw are not located', async () => {
    const { loaded } = await mustLoad(`${FIXTURES}/overlays/base.yaml`);
    expect(loaded.locate({})).toBeUndefined();
  });

  test('JSON files are located too (positions are computed on first use)', async () => {
    const dir = scratch({
      'api.json': [
        '{',
        '  "openapi": "3.1.0",',
        '  "info": {"title": "t", "version": "1"},',
        '  "paths": {',
        '    "/a~b/{id}": {',
        '      "get": {"responses": {"200": {"description": "ok"}}}',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    });
    try {
      const { loaded } = await mustLoad(dir.file('api.json'));
      const item = at(loaded.document, 'paths', '/a~b/{id}');
      expect(loaded.locate(item)).toEqual({ file: dir.file('api.json'), pointer: '#/paths/~1a~0b~1{id}', line: 5, column: 5 });
      expect(loaded.locate(item.get.responses, '200')).toEqual({
        file: dir.file('api.json'),
        pointer: '#/paths/~1a~0b~1{id}/get/responses/200',
        line: 6,
        column: 29,
      });
      expect(loaded.locate(loaded.document.info as object, 'version')).toMatchObject({ line: 3, column: 26 });
    } finally {
      dir.remove();
    }
  });

  test('YAML anchors: the aliased node is where the anchor was written', async () => {
    const dir = scratch({
      'anchors.yaml': [
        'openapi: 3.1.0',
        'info: {title: t, version: "1"}',
        'paths: {}',
        'components:',
        '  schemas:',
        '    Base: &base',
        '      type: object',
        '    Same: *base',
        '    Merged:',
        '      <<: *base',
        '      description: merged',
      ].join('\n'),
    });
    try {
      const { loaded, diagnostics } = await mustLoad(dir.file('anchors.yaml'));
      expect(diagnostics.items).toEqual([]);
      const schemas = at(loaded.document, 'components', 'schemas');
      expect(schemas.Same).toBe(schemas.Base);
      expect(schemas.Merged).toEqual({ type: 'object', description: 'merged' });
      expect(loaded.locate(schemas.Same)).toMatchObject({ pointer: '#/components/schemas/Base', line: 6 });
      // A member merged in with `<<` is located in the mapping it came from.
      expect(loaded.locate(schemas.Merged, 'type')).toMatchObject({ line: 7, column: 7 });
    } finally {
      dir.remove();
    }
  });
});

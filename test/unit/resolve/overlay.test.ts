import { at, FIXTURES, load, mustLoad, scratch, summarize } from '../load/support.js';

const DIR = `${FIXTURES}/overlays`;
const BASE = `${DIR}/base.yaml`;

describe('overlay update', () => {
  test('objects are merged recursively, arrays (targets and members) follow Overlay 1.0, scalars are replaced', async () => {
    const { loaded, diagnostics } = await mustLoad(BASE, [`${DIR}/update.yaml`]);
    expect(diagnostics.items).toEqual([]);
    const pet = at(loaded.document, 'components', 'schemas', 'Pet');
    expect(pet.properties.id).toEqual({ type: 'string', example: 'pet_123', description: "The pet's id." });
    // A member array is replaced as a whole; a targeted array gets the update appended.
    expect(pet.required).toEqual(['id', 'name']);
    expect(pet.properties.name).toEqual({ type: 'string' });
    expect(pet.properties.internal).toEqual({ type: 'string' });
    expect(loaded.document.tags).toEqual([{ name: 'pets' }, { name: 'cats' }]);
    expect(at(loaded.document, 'paths', '/pets', 'get', 'description')).toBe('Lists every pet.');
    expect(loaded.files).toEqual([BASE, `${DIR}/update.yaml`]);
  });

  test('what an overlay added is located in the overlay', async () => {
    const { loaded } = await mustLoad(BASE, [`${DIR}/update.yaml`]);
    const overlay = `${DIR}/update.yaml`;
    const pet = at(loaded.document, 'components', 'schemas', 'Pet');
    expect(loaded.locate(pet.properties.id, 'example')).toEqual({ file: overlay, pointer: '#/actions/0/update/example', line: 8, column: 7 });
    expect(loaded.locate(pet.properties.name)).toEqual({ file: overlay, pointer: '#/actions/1/update/properties/name', line: 16, column: 9 });
    expect(loaded.locate(pet.required)).toMatchObject({ file: overlay, pointer: '#/actions/1/update/required', line: 12, column: 7 });
    expect(loaded.locate(loaded.document.tags as object, 1)).toMatchObject({ file: overlay, pointer: '#/actions/2/update', line: 19, column: 5 });
    expect(loaded.locate(at(loaded.document, 'paths', '/pets', 'get'), 'description')).toMatchObject({ file: overlay, pointer: '#/actions/3/update', line: 22, column: 5 });
    // What the overlay did not touch is still where the base wrote it.
    expect(loaded.locate(pet.properties.id, 'type')).toMatchObject({ file: BASE, line: 38 });
  });
});

describe('overlay remove', () => {
  test('object members and array elements are removed, array elements from the highest index down', async () => {
    const { loaded, diagnostics } = await mustLoad(BASE, [`${DIR}/remove.yaml`]);
    expect(diagnostics.items).toEqual([]);
    const schemas = at(loaded.document, 'components', 'schemas');
    expect(Object.keys(schemas)).toEqual(['Pet']);
    expect(Object.keys(schemas.Pet.properties)).toEqual(['id']);
    expect(at(loaded.document, 'paths', '/pets', 'get', 'parameters').map((p: { name: string }) => p.name)).toEqual(['limit']);
  });
});

describe('overlays in order, and targets that match nothing', () => {
  test('a target matching nothing is a warning at the action; later overlays see earlier ones', async () => {
    const overlay = `${DIR}/no-match.yaml`;
    const { loaded, diagnostics } = await mustLoad(BASE, [`${DIR}/remove.yaml`, overlay]);
    expect(summarize(diagnostics.items)).toEqual([`warning overlay-no-match ${overlay}:9:5 #/actions/1`]);
    expect(diagnostics.items[0].message).toBe(`action #2 of overlay ${overlay} changes nothing: expected its target $.components.schemas.Missing to match at least one node, found none`);
    expect(at(loaded.document, 'components', 'schemas', 'Pet', 'description')).toBe('A pet.');
    // Legacy was removed by the first overlay, so a second removal would match nothing.
    expect(at(loaded.document, 'components', 'schemas', 'Legacy')).toBeUndefined();
  });
});

describe('overlay documents that are not overlays', () => {
  const dir = scratch({
    'no-version.yaml': 'actions: []\n',
    'no-actions.yaml': 'overlay: 1.0.0\ninfo: {title: t, version: "1"}\n',
    'bad-actions.yaml': 'overlay: 1.0.0\nactions:\n  - update: {x: 1}\n  - target: $.info\n    remove: yes please\n  - target: $.info\n  - just a string\n',
    'list.yaml': '- overlay\n',
  });
  afterAll(() => dir.remove());

  test('each problem is an overlay-invalid error (or a warning for an action that does nothing)', async () => {
    const { loaded, diagnostics } = await load(BASE, ['no-version.yaml', 'no-actions.yaml', 'bad-actions.yaml', 'list.yaml', 'absent.yaml'].map(dir.file));
    expect(loaded).toBeDefined();
    expect(summarize(diagnostics.items)).toEqual([
      `error overlay-invalid ${dir.file('no-version.yaml')}:1:1 #`,
      `error overlay-invalid ${dir.file('no-actions.yaml')}:1:1 #`,
      `error overlay-invalid ${dir.file('bad-actions.yaml')}:3:5 #/actions/0`,
      `error overlay-invalid ${dir.file('bad-actions.yaml')}:5:13 #/actions/1/remove`,
      `warning overlay-empty-action ${dir.file('bad-actions.yaml')}:6:5 #/actions/2`,
      `error overlay-invalid ${dir.file('bad-actions.yaml')}:7:5 #/actions/3`,
      `error overlay-invalid ${dir.file('list.yaml')}:1:1 #`,
      `error file-unreadable ${dir.file('absent.yaml')}:-:- -`,
    ]);
    expect(diagnostics.items.map((d) => d.message)).toEqual([
      "expected 'overlay' to be a version string 1.x.y, found nothing",
      "expected 'actions' to be a sequence of actions, found nothing",
      "expected action #1 to have a 'target' JSONPath string, found nothing",
      "expected 'remove' to be true or false, found the string 'yes please'",
      "action #3 has neither 'update' nor 'remove: true', so it changes nothing",
      "expected action #4 to be a mapping with a 'target', found the string 'just a string'",
      "expected an overlay document (a mapping with 'overlay' and 'actions'), found a sequence",
      `cannot read overlay ${dir.file('absent.yaml')}: no such file (ENOENT)`,
    ]);
  });

  test('updates that do not fit their target are warnings', async () => {
    const overlay = scratch({
      'o.yaml': 'overlay: 1.0.0\nactions:\n  - target: $.info\n    update: [1, 2]\n  - target: $\n    remove: true\n',
    });
    try {
      const { diagnostics } = await mustLoad(BASE, [overlay.file('o.yaml')]);
      expect(summarize(diagnostics.items)).toEqual([
        `warning overlay-bad-target ${overlay.file('o.yaml')}:4:5 #/actions/0/update`,
        `warning overlay-bad-target ${overlay.file('o.yaml')}:5:5 #/actions/1/target`,
      ]);
    } finally {
      overlay.remove();
    }
  });
});

import { FIXTURES, mustLoad, scratch, summarize } from '../load/support.js';

const DIR = `${FIXTURES}/cycles`;

describe('$ref chains that only refer to themselves', () => {
  test('local, hoisted and inlined chains are reported once each; recursive schemas are not', async () => {
    const { loaded, diagnostics } = await mustLoad(`${DIR}/openapi.yaml`);
    expect(summarize(diagnostics.items)).toEqual([
      `warning ref-cycle ${DIR}/loop-b.yaml:2:3 #/Loop/$ref`,
      `warning ref-cycle ${DIR}/alias-a.yaml:1:1 #/$ref`,
      `warning ref-cycle ${DIR}/openapi.yaml:35:7 #/components/schemas/A/$ref`,
    ]);
    expect(diagnostics.items.map((d) => d.message)).toEqual([
      'the $ref chain loop-a.yaml#/Loop → loop-b.yaml#/Loop → loop-a.yaml#/Loop only refers to itself and never reaches a definition; a schema in it is read as any type (unknown), and a parameter, response or other object in it is left out. To fix: make one member of the chain a definition instead of a $ref, or, when the spec cannot be edited, replace it with an overlay (--overlay)',
      'the $ref chain #/components/schemas/alias-a → #/components/schemas/alias-b → #/components/schemas/alias-a only refers to itself and never reaches a definition; a schema in it is read as any type (unknown), and a parameter, response or other object in it is left out. To fix: make one member of the chain a definition instead of a $ref, or, when the spec cannot be edited, replace it with an overlay (--overlay)',
      'the $ref chain #/components/schemas/A → #/components/schemas/B → #/components/schemas/A only refers to itself and never reaches a definition; a schema in it is read as any type (unknown), and a parameter, response or other object in it is left out. To fix: make one member of the chain a definition instead of a $ref, or, when the spec cannot be edited, replace it with an overlay (--overlay)',
    ]);
    expect((loaded.document.components as any).schemas.Node.properties.children.items).toEqual({ $ref: '#/components/schemas/Node' });
  });

  test('a non-schema object that includes itself cannot be inlined', async () => {
    const dir = scratch({
      'api.yaml': 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    $ref: item.yaml\n',
      'item.yaml': 'get:\n  responses: {}\n  callbacks:\n    again:\n      "{$request.body#/url}":\n        $ref: item.yaml\n',
    });
    try {
      const { diagnostics } = await mustLoad(dir.file('api.yaml'));
      expect(summarize(diagnostics.items)).toEqual([`error ref-cycle ${dir.file('item.yaml')}:6:9 #/get/callbacks/again/{$request.body#~1url}/$ref`]);
      expect(diagnostics.items[0].message).toBe("$ref 'item.yaml' includes itself (item.yaml → item.yaml); only schemas may be recursive, other objects are copied in place");
    } finally {
      dir.remove();
    }
  });

  test('a self-reference is the shortest cycle', async () => {
    const dir = scratch({
      'api.yaml': 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Me:\n      $ref: "#/components/schemas/Me"\n',
    });
    try {
      const { diagnostics } = await mustLoad(dir.file('api.yaml'));
      expect(summarize(diagnostics.items)).toEqual([`warning ref-cycle ${dir.file('api.yaml')}:7:7 #/components/schemas/Me/$ref`]);
    } finally {
      dir.remove();
    }
  });
});

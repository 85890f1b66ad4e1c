/**
 * The OpenAPI 3.2 rules on a fixture written to break them: additionalOperations keys, a
 * querystring parameter beside others, itemSchema where no stream is read. The structure check
 * leaves these to the rules (no second, vaguer warning); a clean 3.2 document (the e2e fixture,
 * with $self, tag parents, QUERY and streams) has no diagnostics at all.
 */
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { validateSpec } from '../../../generator/validate/index.js';
import { checkAdditionalOperations } from '../../../generator/validate/rules/additional-operations.js';
import { checkItemSchemas } from '../../../generator/validate/rules/item-schema.js';
import { checkQueryString } from '../../../generator/validate/rules/query-string.js';
import { checkTagParents } from '../../../generator/validate/rules/tag-parents.js';
import { FIXTURES, mustLoad, summarize } from '../load/support.js';

const FILE = `${FIXTURES}/validate/oas32.yaml`;

async function run(rule: (loaded: any, d: Diagnostics) => void): Promise<Diagnostics> {
  const { loaded, diagnostics } = await mustLoad(FILE);
  expect(diagnostics.items).toEqual([]);
  const found = new Diagnostics();
  rule(loaded, found);
  return found;
}

test('additionalOperations: a fixed method in any case, a key that is no method, a method fetch refuses', async () => {
  const d = await run(checkAdditionalOperations);
  expect(summarize(d.items)).toEqual([
    `warning additional-operation-method ${FILE}:37:7 #/paths/~1things/additionalOperations/POST`,
    `warning additional-operation-method ${FILE}:40:7 #/paths/~1things/additionalOperations/query`,
    `warning additional-operation-method ${FILE}:43:7 #/paths/~1things/additionalOperations/NOT A METHOD`,
    `warning additional-operation-method ${FILE}:46:7 #/paths/~1things/additionalOperations/CONNECT`,
  ]);
  expect(d.items[0].message).toBe(
    "'POST' in additionalOperations of path /things is a method with a field of its own; the SDK leaves this operation out. To fix: move it to the path item's 'post' field, or, when the spec cannot be edited, make that change with an overlay (--overlay)",
  );
  expect(d.items[2].message).toContain('is not an HTTP method name');
  expect(d.items[3].message).toContain('calling it fails with a TypeError (the C# SDK sends it)');
});

test('querystring: a path-item query parameter and a second querystring are left out, each said once', async () => {
  const d = await run(checkQueryString);
  expect(summarize(d.items)).toEqual([`warning querystring-conflict ${FILE}:8:23 #/paths/~1things/parameters/0/in`, `warning querystring-conflict ${FILE}:18:11 #/paths/~1things/get/parameters/1/in`]);
  expect(d.items[0].message).toBe(
    "GET /things has the 'querystring' parameter 'filter', which is the whole query string, and also the 'in: query' parameter 'page'; the SDK leaves 'page' out. To fix: make 'page' a property of the schema of 'filter', or remove one of the two, or, when the spec cannot be edited, make that change with an overlay (--overlay)",
  );
});

test('itemSchema on a non-sequential response and on a request body is ignored', async () => {
  const d = await run(checkItemSchemas);
  expect(summarize(d.items)).toEqual([
    `warning item-schema-ignored ${FILE}:27:15 #/paths/~1things/get/responses/200/content/application~1json/itemSchema`,
    `warning item-schema-ignored ${FILE}:33:13 #/paths/~1things/post/requestBody/content/application~1jsonl/itemSchema`,
  ]);
  expect(d.items[1].message).toContain("the SDK does not send bodies item by item, so it is ignored and the body is sent as one value of its 'schema'");
});

test('the structure check leaves these faults to the rules', async () => {
  const { loaded } = await mustLoad(FILE);
  const d = new Diagnostics();
  validateSpec(loaded, d);
  expect(d.items.map((x) => x.code).sort()).toEqual([
    'additional-operation-method',
    'additional-operation-method',
    'additional-operation-method',
    'additional-operation-method',
    'item-schema-ignored',
    'item-schema-ignored',
    'querystring-conflict',
    'querystring-conflict',
    'tag-parent-invalid',
    'tag-parent-invalid',
    'tag-parent-invalid',
  ]);
});

test('the 3.2 fixture of the e2e test is clean: $self, tag summary/parent/kind, QUERY, additionalOperations, querystring, streams', async () => {
  const { loaded, diagnostics } = await mustLoad('test/fixtures/oas32/library.yaml');
  validateSpec(loaded, diagnostics);
  expect(summarize(diagnostics.items)).toEqual([]);
});

test('before 3.2 the same fields are unknown and ignored, and querystring is left out', async () => {
  const { loaded } = await mustLoad(FILE);
  const d = new Diagnostics();
  validateSpec({ ...loaded, sourceVersion: '3.1.1' }, d);
  // The 3.2 rules say nothing; the 3.1 schema reports the fields it does not know.
  expect(d.items.filter((x) => ['additional-operation-method', 'querystring-conflict', 'item-schema-ignored', 'tag-parent-invalid'].includes(x.code))).toEqual([]);
  expect(d.items.some((x) => x.code === 'structure-unknown-field' && x.pointer === '#/paths/~1things/additionalOperations')).toBe(true);
  expect(d.items.some((x) => x.code === 'structure-invalid-value' && x.message.includes("'querystring'"))).toBe(true);
});

test('tag parents: a name no tag has, a cycle (each member said); a child of a cycle member is fine', async () => {
  const d = await run(checkTagParents);
  expect(summarize(d.items)).toEqual([
    `warning tag-parent-invalid ${FILE}:53:16 #/tags/0/parent`,
    `warning tag-parent-invalid ${FILE}:54:16 #/tags/1/parent`,
    `warning tag-parent-invalid ${FILE}:56:16 #/tags/3/parent`,
  ]);
  expect(d.items[0].message).toBe(
    "tag 'a' is its own ancestor (a → b → a); the docs show it as a group of its own. To fix: break the cycle by removing one 'parent', or, when the spec cannot be edited, make that change with an overlay (--overlay)",
  );
  expect(d.items[2].message).toContain("has the parent 'nowhere', which no tag is named");
});

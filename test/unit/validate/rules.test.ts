/** Each validation rule on a fixture written to break it: exact codes, positions and pointers. */
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { validateSpec } from '../../../generator/validate/index.js';
import { checkDiscriminatorMappings } from '../../../generator/validate/rules/discriminator-mapping.js';
import { checkDuplicateOperationIds } from '../../../generator/validate/rules/duplicate-operation-ids.js';
import { checkLocalRefs } from '../../../generator/validate/rules/local-refs.js';
import { checkPathParameters } from '../../../generator/validate/rules/path-parameters.js';
import { checkSchemaTypes } from '../../../generator/validate/rules/schema-types.js';
import { checkServerVariables } from '../../../generator/validate/rules/server-variables.js';
import { checkSwagger2Constructs } from '../../../generator/validate/rules/swagger2-constructs.js';
import { FIXTURES, INVALID, mustLoad, summarize } from '../load/support.js';

const DIR = `${FIXTURES}/validate`;

async function run(name: string, rule: (loaded: any, d: Diagnostics) => void): Promise<Diagnostics> {
  const { loaded, diagnostics } = await mustLoad(name.includes('/') ? name : `${DIR}/${name}`);
  expect(diagnostics.items).toEqual([]);
  const found = new Diagnostics();
  rule(loaded, found);
  return found;
}

test('duplicate operationIds, across paths and webhooks', async () => {
  const d = await run('operation-ids.yaml', checkDuplicateOperationIds);
  const file = `${DIR}/operation-ids.yaml`;
  expect(summarize(d.items)).toEqual([`error duplicate-operation-id ${file}:15:7 #/paths/~1b/get/operationId`, `error duplicate-operation-id ${file}:20:7 #/webhooks/thingCreated/post/operationId`]);
  expect(d.items[0].message).toBe(`operationId 'listThings' is already used by another operation at ${file}:8:7; expected every operationId to be unique`);
});

test('path parameters missing from the template or from the declarations', async () => {
  const d = await run('path-params.yaml', checkPathParameters);
  const file = `${DIR}/path-params.yaml`;
  expect(summarize(d.items)).toEqual([
    `warning path-param-undeclared ${file}:13:5 #/paths/~1users~1{userId}~1posts~1{postId}/get`,
    `warning path-param-unused ${file}:20:11 #/paths/~1users~1{userId}~1posts~1{postId}/delete/parameters/1/name`,
    `warning path-param-unused ${file}:28:9 #/paths/~1teams~1{teamId}/parameters/0/name`,
  ]);
  expect(d.items.map((x) => x.message)).toEqual([
    "path /users/{userId}/posts/{postId} has {postId}, but GET declares no parameter for it; the SDK takes it as a required string path parameter 'postId'. To fix: declare a parameter with 'in: path', 'name: postId', 'required: true' and its schema on the operation or the path, or, when the spec cannot be edited, make that change with an overlay (--overlay)",
    "path parameter 'commentId' does not occur in the path /users/{userId}/posts/{postId}; the SDK leaves it out, since the URL has no place for it. To fix: add {commentId} to the path template, or remove the parameter (or change its 'in'), or, when the spec cannot be edited, make that change with an overlay (--overlay)",
    "path parameter 'team' does not occur in the path /teams/{teamId}; the SDK leaves it out, since the URL has no place for it. To fix: add {team} to the path template, or remove the parameter (or change its 'in'), or, when the spec cannot be edited, make that change with an overlay (--overlay)",
  ]);
});

test('local refs that point nowhere (refs in examples are data)', async () => {
  const { loaded, diagnostics } = await mustLoad(`${INVALID}/missing-ref.yaml`);
  const d = new Diagnostics();
  checkLocalRefs(loaded, d);
  expect(summarize(d.items)).toEqual([`error ref-not-found ${INVALID}/missing-ref.yaml:11:11 #/paths/~1things/get/responses/200/$ref`]);
  expect(diagnostics.errors.map((x) => x.code)).toEqual(['ref-not-found', 'ref-not-found']);
});

test('discriminator mappings to schemas that do not exist', async () => {
  const d = await run('discriminator.yaml', checkDiscriminatorMappings);
  const file = `${DIR}/discriminator.yaml`;
  expect(summarize(d.items)).toEqual([
    `error discriminator-mapping-not-found ${file}:17:11 #/components/schemas/Pet/discriminator/mapping/bird`,
    `error discriminator-mapping-not-found ${file}:18:11 #/components/schemas/Pet/discriminator/mapping/fish`,
  ]);
  expect(d.items[1].message).toBe("discriminator mapping 'fish' → 'Fish' points to no schema; expected #/components/schemas/Fish to exist");
});

test('Swagger 2.0 constructs in an OpenAPI 3 document', async () => {
  const d = await run('swagger2-in-oas3.yaml', checkSwagger2Constructs);
  const file = `${DIR}/swagger2-in-oas3.yaml`;
  expect(summarize(d.items)).toEqual([
    `warning swagger2-field-ignored ${file}:22:1 #/definitions`,
    `warning swagger2-field-ignored ${file}:5:1 #/host`,
    `warning swagger2-field-ignored ${file}:10:7 #/paths/~1pets/post/consumes`,
    `error swagger2-construct ${file}:14:11 #/paths/~1pets/post/parameters/0/in`,
    `error swagger2-construct ${file}:16:13 #/paths/~1pets/post/parameters/0/schema/$ref`,
    `error swagger2-construct ${file}:18:11 #/paths/~1pets/post/parameters/1/in`,
  ]);
  expect(d.errors[1].message).toBe("$ref '#/definitions/Pet' uses the Swagger 2.0 location '#/definitions/'; expected '#/components/schemas/Pet'");
});

test('Swagger 2.0 documents are upgraded before validation and pass this rule', async () => {
  const d = await run(`${FIXTURES}/swagger2/petstore.yaml`, checkSwagger2Constructs);
  expect(d.items).toEqual([]);
});

test('unknown schema types, with the 3.0 / 3.1 difference about null', async () => {
  const d30 = await run('schema-types.yaml', checkSchemaTypes);
  const file = `${DIR}/schema-types.yaml`;
  expect(summarize(d30.items)).toEqual([
    `warning schema-type-unknown ${file}:16:13 #/components/schemas/Good/properties/b/items/type`,
    `warning schema-type-unknown ${file}:18:7 #/components/schemas/Upload/type`,
    `warning schema-type-unknown ${file}:20:7 #/components/schemas/Nothing/type`,
    `warning schema-type-unknown ${file}:22:7 #/components/schemas/Many/type`,
  ]);
  expect(d30.items[0].message).toBe(
    "unknown schema type 'strng'; the SDK reads it as any type (unknown). To fix: write one of string, number, integer, boolean, array, object, or, when the spec cannot be edited, make that change with an overlay (--overlay)",
  );
  const d31 = await run('schema-types-31.yaml', checkSchemaTypes);
  expect(summarize(d31.items)).toEqual([`error schema-type-unknown ${DIR}/schema-types-31.yaml:11:7 #/components/schemas/Odd/type`]);
  expect(d31.items[0].message).toBe(
    'schema type the number 42 is not a type name; expected one of string, number, integer, boolean, array, object, null. To fix: write one of them, or, when the spec cannot be edited, make that change with an overlay (--overlay)',
  );
});

test('server URL variables that are not declared', async () => {
  const d = await run('server-variables.yaml', checkServerVariables);
  const file = `${DIR}/server-variables.yaml`;
  expect(summarize(d.items)).toEqual([`warning server-variable-undeclared ${file}:6:5 #/servers/0/url`, `warning server-variable-undeclared ${file}:14:9 #/paths/~1a/servers/0/url`]);
  expect(d.items[0].message).toBe(
    "server URL 'https://{region}.example.com/{version}' uses {version}, but 'variables' does not declare it; the SDK offers the server variable 'version' with no default, and until it is set the URL keeps {version} as written. To fix: declare variables.version with a default value, or, when the spec cannot be edited, make that change with an overlay (--overlay)",
  );
});

test('validateSpec runs every rule and finds nothing in a clean document', async () => {
  const { loaded } = await mustLoad(`${DIR}/clean.yaml`);
  const d = new Diagnostics();
  validateSpec(loaded, d);
  expect(d.items).toEqual([]);
});

test('validateSpec does not throw on documents of the wrong shape', () => {
  const d = new Diagnostics();
  const weird = {
    openapi: '3.1.0',
    paths: { '/a/{b}': { get: 'not an operation', parameters: 'nope' }, '/c': null },
    components: { schemas: { A: { discriminator: { mapping: 7 } }, B: null } },
    servers: [null, { url: 42 }],
  };
  expect(() => validateSpec({ document: weird, sourceVersion: '3.1.0', files: [], locate: () => undefined }, d)).not.toThrow();
  expect(d.items.filter((x) => x.code === 'validation-rule-failed')).toEqual([]);
});

/**
 * Structural validation against the official OpenAPI JSON Schemas (generator/validate/structure):
 * one fixture per class of fault, with exact codes, severities, positions and pointers, the
 * did-you-mean, and no noise from alternatives (oneOf) or from what other rules report.
 */
import { readdirSync } from 'node:fs';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { OVERLAY_HINT } from '../../../generator/validate/helpers.js';
import { checkStructure } from '../../../generator/validate/structure/index.js';
import { closestName } from '../../../generator/validate/structure/suggest.js';
import { INVALID, mustLoad, scratch, summarize } from '../load/support.js';

const DIR = `${INVALID}/structure`;

async function structure(spec: string): Promise<Diagnostics> {
  const { loaded, diagnostics } = await mustLoad(spec);
  expect(summarize(diagnostics.items)).toEqual([]);
  const found = new Diagnostics();
  checkStructure(loaded, found);
  return found;
}

test("'pathz' instead of 'paths' is an unknown field with a did-you-mean, and the missing paths is not said twice", async () => {
  const d = await structure(`${DIR}/pathz.yaml`);
  expect(summarize(d.items)).toEqual([`warning structure-unknown-field ${DIR}/pathz.yaml:5:1 #/pathz`]);
  expect(d.items[0].message).toBe(`unknown field 'pathz' at the document root; did you mean 'paths'? It is ignored. To fix: rename it to 'paths', ${OVERLAY_HINT}`);
});

test("'operationID' (3.1) is matched case-insensitively; a misspelt required 'description' is one warning", async () => {
  const d = await structure(`${DIR}/operation-id-case.yaml`);
  const file = `${DIR}/operation-id-case.yaml`;
  expect(summarize(d.items)).toEqual([
    `warning structure-unknown-field ${file}:8:7 #/paths/~1things/get/operationID`,
    `warning structure-unknown-field ${file}:11:11 #/paths/~1things/get/responses/200/descriptio`,
  ]);
  expect(d.items[0].message).toBe(`unknown field 'operationID' in the operation at GET /things; did you mean 'operationId'? It is ignored. To fix: rename it to 'operationId', ${OVERLAY_HINT}`);
  expect(d.items[1].message).toContain("did you mean 'description'?");
});

test('a requestBody given as a list is an error (the Reference Object alternative is not mentioned)', async () => {
  const d = await structure(`${DIR}/request-body-list.yaml`);
  expect(summarize(d.items)).toEqual([`error structure-wrong-type ${DIR}/request-body-list.yaml:9:7 #/paths/~1things/post/requestBody`]);
  expect(d.items[0].message).toBe(
    "'requestBody' of POST /things is a list of 1 entry; expected a request body (a mapping), and the SDK cannot read 'requestBody' from anything else. " +
      `To fix: remove the list around it: the one mapping in it ('- ' dropped) is what belongs here, ${OVERLAY_HINT}`,
  );
});

test('servers and parameters given as a mapping are errors', async () => {
  const d = await structure(`${DIR}/servers-object.yaml`);
  const file = `${DIR}/servers-object.yaml`;
  expect(summarize(d.items)).toEqual([`error structure-wrong-type ${file}:5:1 #/servers`, `error structure-wrong-type ${file}:11:7 #/paths/~1things/get/parameters`]);
  expect(d.items[0].message).toMatch(/^'servers' is a mapping; expected a list, and the SDK cannot read 'servers' from anything else\. To fix: make it a list/);
  expect(d.items[1].message).toMatch(/^'parameters' of GET \/things is a mapping; expected a list/);
});

test('OpenAPI 3.2 is checked against the 3.2 schema: its new fields pass, a typo does not', async () => {
  const d = await structure(`${DIR}/openapi-32.yaml`);
  expect(summarize(d.items)).toEqual([`warning structure-unknown-field ${DIR}/openapi-32.yaml:24:7 #/paths/~1things/get/sumary`]);
  expect(d.items[0].message).toContain("did you mean 'summary'?");
});

test('Swagger 2.0 is checked as written (before the upgrade to 3.0), located in its file', async () => {
  const d = await structure(`${DIR}/swagger2-typo.yaml`);
  const file = `${DIR}/swagger2-typo.yaml`;
  // host, basePath, x-nullable and a string discriminator are 2.0 and draw nothing; the 2.0
  // parameter alternatives (body, query, ...) collapse to the query parameter that was meant.
  expect(summarize(d.items)).toEqual([
    `warning structure-unknown-field ${file}:10:7 #/paths/~1pets/get/operationID`,
    `warning structure-unknown-field ${file}:15:11 #/paths/~1pets/get/parameters/0/requird`,
  ]);
  expect(d.items[1].message).toBe(
    `unknown field 'requird' in the query parameter at GET /pets, parameters/0; did you mean 'required'? It is ignored. To fix: rename it to 'required', ${OVERLAY_HINT}`,
  );
});

test('faults in a referenced file are located in that file', async () => {
  const d = await structure(`${DIR}/multi/openapi.yaml`);
  expect(summarize(d.items)).toEqual([
    `warning structure-unknown-field ${DIR}/multi/parameters.yaml:4:3 #/limit/requried`,
    `warning structure-unknown-field ${DIR}/multi/things.yaml:8:7 #/get/responses/200/contents`,
  ]);
});

test('other classes: wrong scalar types, documentation fields, path keys, 3.0 parameters written the 2.0 way, enums, status codes', async () => {
  const d = await structure(`${DIR}/misc.yaml`);
  const file = `${DIR}/misc.yaml`;
  expect(summarize(d.items)).toEqual([
    `warning structure-wrong-type ${file}:4:3 #/info/version`,
    `warning structure-wrong-type ${file}:5:1 #/tags`,
    `warning structure-unknown-field ${file}:8:3 #/paths/users`,
    `warning structure-unknown-field ${file}:19:11 #/paths/~1things/get/parameters/0/type`,
    `warning structure-invalid-value ${file}:21:11 #/paths/~1things/get/parameters/1/in`,
    `warning structure-unknown-field ${file}:25:9 #/paths/~1things/get/responses/2xx`,
  ]);
  const messages = d.items.map((x) => x.message);
  expect(messages[0]).toBe(`'version' of info is the number 2; expected a string. The SDK ignores the value. To fix: write it as a string, ${OVERLAY_HINT}`);
  expect(messages[2]).toContain("write it as '/users'");
  expect(messages[3]).toContain("move it into 'schema'");
  expect(messages[4]).toContain('expected one of "path", "query", "header", "cookie"; the SDK leaves the parameter out');
  expect(messages[5]).toContain("write it as '2XX'");
  for (const m of messages) expect(m.endsWith(OVERLAY_HINT)).toBe(true);
});

test('a value of the wrong type is one error, not also every rule of the schema it fails; an empty one is a warning', async () => {
  const files = scratch({
    'spec.yaml': [
      'openapi: 3.0.3',
      'info: {title: t, version: "1"}',
      'paths:',
      '  /a:',
      '    get:',
      '      parameters:',
      '        - limit',
      '      responses: []',
      '  /b:',
      '    parameters: {}',
      '    get:',
      '      responses:',
      '        default: {description: ok}',
      '',
    ].join('\n'),
  });
  try {
    const d = await structure(files.file('spec.yaml'));
    expect(d.items.map((x) => `${x.severity} ${x.code} ${x.line}:${x.column} ${x.pointer}`)).toEqual([
      'error structure-wrong-type 7:11 #/paths/~1a/get/parameters/0',
      'warning structure-wrong-type 8:7 #/paths/~1a/get/responses',
      'warning structure-wrong-type 10:5 #/paths/~1b/parameters',
    ]);
    expect(d.items[0].message).toContain("entry 0 of 'parameters' of GET /a is the string 'limit'; expected a parameter (a mapping)");
    expect(d.items[1].message).toContain("'responses' of GET /a is an empty list; expected a mapping of responses. The SDK reads it as not given.");
  } finally {
    files.remove();
  }
});

test('the specs the tests generate from are structurally valid', async () => {
  for (const dir of ['test/fixtures/specs/typescript', 'test/fixtures/specs/csharp']) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const d = await structure(`${dir}/${name}`);
      expect({ spec: name, found: summarize(d.items) }).toEqual({ spec: name, found: [] });
    }
  }
});

test('did-you-mean: case first, then about one edit in three letters', () => {
  expect(closestName('operationID', ['operationId', 'parameters'])).toBe('operationId');
  expect(closestName('pathz', ['paths', 'components'])).toBe('paths');
  expect(closestName('requird', ['required', 'in'])).toBe('required');
  expect(closestName('reqiured', ['required'])).toBe('required');
  expect(closestName('foo', ['paths', 'info'])).toBeUndefined();
  expect(closestName('description', ['openapi', 'info', 'paths'])).toBeUndefined();
});

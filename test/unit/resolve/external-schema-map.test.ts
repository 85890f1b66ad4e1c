/**
 * `components.schemas: { $ref: ./schemas/_index.yml }`: the map lives in another file, its entries
 * `X: { $ref: ./X.yml }`. It used to be reported as a ref-cycle (each slot pointing to itself).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { at, mustLoad } from '../load/support.js';

const FILES: Record<string, string> = {
  'openapi.yaml': [
    'openapi: 3.0.3',
    'info: {title: t, version: "1"}',
    'paths:',
    '  /pets:',
    '    get:',
    '      responses:',
    "        '200': {description: ok, content: {application/json: {schema: {$ref: './schemas/Pet.yml'}}}}",
    'components:',
    '  schemas:',
    '    $ref: ./schemas/_index.yml',
  ].join('\n'),
  'schemas/_index.yml': ['Pet:', '  $ref: ./Pet.yml', 'Owner:', '  $ref: ./Owner.yml', 'Tag:', '  type: object', "  properties: {owner: {$ref: '#/Owner'}}"].join('\n'),
  'schemas/Pet.yml': "type: object\nproperties: {owner: {$ref: './Owner.yml'}, tags: {type: array, items: {$ref: './_index.yml#/Tag'}}}\n",
  'schemas/Owner.yml': "type: object\nproperties: {pets: {type: array, items: {$ref: './Pet.yml'}}}\n",
};

test('the entries of an external schema map are the named schemas, every ref pointing to them', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdkwright-schema-map-'));
  try {
    mkdirSync(path.join(dir, 'schemas'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(dir, name), text);
    const { loaded, diagnostics } = await mustLoad(path.join(dir, 'openapi.yaml'));
    expect(diagnostics.items).toEqual([]);
    const schemas = at(loaded.document, 'components', 'schemas');
    expect(Object.keys(schemas)).toEqual(['Pet', 'Owner', 'Tag']);
    expect(schemas.Pet.properties.owner).toEqual({ $ref: '#/components/schemas/Owner' });
    expect(schemas.Pet.properties.tags.items).toEqual({ $ref: '#/components/schemas/Tag' });
    expect(schemas.Owner.properties.pets.items).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(schemas.Tag.properties.owner).toEqual({ $ref: '#/components/schemas/Owner' });
    expect(at(loaded.document, 'paths', '/pets', 'get', 'responses', '200', 'content', 'application/json', 'schema')).toEqual({ $ref: '#/components/schemas/Pet' });
    expect(loaded.locate(schemas.Tag)).toMatchObject({ file: path.join(dir, 'schemas/_index.yml'), line: 5 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The loader reports every file it read, by the hash of its bytes, for the run cache. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { loadSpec } from '../../../generator/resolve/index.js';
import { makeTempDir, removeDir } from '../write/tree.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => removeDir(dir));

const hashOf = (name: string) =>
  createHash('sha256')
    .update(readFileSync(join(dir, name)))
    .digest('hex');

test('lists the spec, the files reached by $ref, the overlays, and files that could not be read', async () => {
  writeFileSync(join(dir, 'api.yaml'), "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n    Pet: { $ref: 'pet.yaml' }\n    Gone: { $ref: 'missing.yaml' }\n");
  // A BOM is part of the bytes: the hash is of the file, not of the decoded text.
  writeFileSync(join(dir, 'pet.yaml'), '\uFEFFtype: object\n');
  writeFileSync(join(dir, 'overlay.yaml'), 'overlay: 1.0.0\ninfo: { title: o, version: "1" }\nactions: []\n');
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec: join(dir, 'api.yaml'), overlays: [join(dir, 'overlay.yaml')] }, diagnostics);
  expect(diagnostics.errors.map((d) => d.code)).toContain('ref-not-found');
  expect(loaded?.inputs).toEqual([
    { path: join(dir, 'api.yaml'), sha256: hashOf('api.yaml') },
    { path: join(dir, 'pet.yaml'), sha256: hashOf('pet.yaml') },
    { path: join(dir, 'missing.yaml'), sha256: null },
    { path: join(dir, 'overlay.yaml'), sha256: hashOf('overlay.yaml') },
  ]);
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkOutput } from '../../../generator/write/check-output.js';
import type { EmittedFile } from '../../../generator/write/emitted-file.js';
import { MANIFEST_PATH } from '../../../generator/write/manifest.js';
import { writeOutput } from '../../../generator/write/write-output.js';
import { makeTempDir, readTree, removeDir, writeTree } from './tree.js';

const files = (record: Record<string, string>): EmittedFile[] => Object.entries(record).map(([path, contents]) => ({ path, contents }));

const V1 = { 'a.ts': 'a\n', 'lib/b.ts': 'b\n', 'lib/c.ts': 'c\n' };

let root: string;
let out: string;
beforeEach(async () => {
  root = await makeTempDir();
  out = join(root, 'sdk');
});
afterEach(async () => removeDir(root));

describe('checkOutput', () => {
  it('lists every file, manifest included, as added when the folder does not exist', async () => {
    const result = await checkOutput(out, files(V1));
    expect(result).toMatchObject({ upToDate: false, fileCount: 3, changed: [], removed: [] });
    expect(result.added).toEqual(['a.ts', 'lib/b.ts', 'lib/c.ts', MANIFEST_PATH]);
  });

  it('finds a freshly written folder up to date, user files notwithstanding', async () => {
    await writeOutput(out, files(V1));
    await writeTree(out, { 'mine.txt': 'user file\n' });
    expect(await checkOutput(out, files(V1))).toMatchObject({ upToDate: true, added: [], changed: [], removed: [] });
  });

  it('lists changed, added and removed files without touching the folder', async () => {
    await writeOutput(out, files(V1));
    await writeFile(join(out, 'a.ts'), 'edited\n');
    const before = await readTree(out);

    const result = await checkOutput(out, files({ 'a.ts': 'a\n', 'lib/b.ts': 'b v2\n', 'new.ts': 'n\n' }));

    expect(result.added).toEqual(['new.ts']);
    expect(result.changed).toEqual(['a.ts', 'lib/b.ts', MANIFEST_PATH]);
    expect(result.removed).toEqual(['lib/c.ts']);
    expect(result.upToDate).toBe(false);
    expect(await readTree(out)).toEqual(before);
  });

  it('counts a missing manifest as drift even when every file matches', async () => {
    await writeTree(out, V1);
    const result = await checkOutput(out, files(V1));
    expect(result.added).toEqual([MANIFEST_PATH]);
    expect(result.upToDate).toBe(false);
  });
});

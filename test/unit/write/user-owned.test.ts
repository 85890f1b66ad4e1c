/** User-owned files (EmittedFile.userOwned): written when absent, then the user's for good. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestDigest, outputIntact } from '../../../generator/cache/output-intact.js';
import { checkOutput } from '../../../generator/write/check-output.js';
import type { EmittedFile } from '../../../generator/write/emitted-file.js';
import { MANIFEST_PATH } from '../../../generator/write/manifest.js';
import { writeOutput } from '../../../generator/write/write-output.js';
import { makeTempDir, removeDir } from './tree.js';

const registration = (version: string): EmittedFile => ({ path: 'src/hooks/registration.ts', contents: `// register hooks here (${version})\nexport function initHooks() {}\n`, userOwned: true });
const code = (version: string): EmittedFile => ({ path: 'src/index.ts', contents: `export const v = "${version}";\n` });
const MINE = '// mine\nexport function initHooks() { console.log("registered"); }\n';

let root: string;
let out: string;
let path: string;
beforeEach(async () => {
  root = await makeTempDir();
  out = join(root, 'sdk');
  path = join(out, 'src/hooks/registration.ts');
});
afterEach(async () => removeDir(root));

describe('user-owned files in the write stage', () => {
  it('writes the file when absent and lists it in the manifest by path only', async () => {
    const result = await writeOutput(out, [registration('1'), code('1')]);
    expect(await readFile(path, 'utf8')).toBe(registration('1').contents);
    expect(result.added).toEqual(['src/hooks/registration.ts', 'src/index.ts']);
    const manifest = JSON.parse(await readFile(join(out, MANIFEST_PATH), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['src/index.ts']);
    expect(manifest.userOwned).toEqual(['src/hooks/registration.ts']);
  });

  it('never overwrites the user edits, and neither --check nor the run cache count them as drift', async () => {
    await writeOutput(out, [registration('1'), code('1')]);
    const manifestBefore = await readFile(join(out, MANIFEST_PATH), 'utf8');
    await writeFile(path, MINE);
    expect(outputIntact(out, manifestDigest(out)!)).toBe(2);
    expect(await checkOutput(out, [registration('2'), code('1')])).toMatchObject({ upToDate: true, added: [], changed: [], removed: [] });

    const same = await writeOutput(out, [registration('2'), code('1')]);
    expect(same).toMatchObject({ added: [], changed: [], unchanged: ['src/hooks/registration.ts', 'src/index.ts'], overwrittenEdits: [] });
    expect(await readFile(join(out, MANIFEST_PATH), 'utf8')).toBe(manifestBefore);

    const result = await writeOutput(out, [registration('2'), code('2')]);
    expect(await readFile(path, 'utf8')).toBe(MINE);
    expect(result).toMatchObject({ changed: ['src/index.ts'], unchanged: ['src/hooks/registration.ts'], overwrittenEdits: [], replacedUserEntries: [] });
  });

  it('keeps the edits when the whole tree is rebuilt and swapped in', async () => {
    await writeOutput(out, [registration('1'), code('1')]);
    await writeFile(path, MINE);
    // A folder where a new generated file goes: not an in-place update.
    await mkdir(join(out, 'src/new.ts'), { recursive: true });
    await writeOutput(out, [registration('2'), code('2'), { path: 'src/new.ts', contents: 'export {};\n' }], { replaceUserFiles: true });
    expect(await readFile(path, 'utf8')).toBe(MINE);
    expect(await readFile(join(out, 'src/new.ts'), 'utf8')).toBe('export {};\n');
  });

  it('writes it again once deleted: --check and the run cache see it missing', async () => {
    await writeOutput(out, [registration('1'), code('1')]);
    const digest = manifestDigest(out)!;
    await rm(path);
    expect(outputIntact(out, digest)).toBeUndefined();
    expect(await checkOutput(out, [registration('2'), code('1')])).toMatchObject({ upToDate: false, added: ['src/hooks/registration.ts'], changed: [] });
    await writeOutput(out, [registration('2'), code('1')]);
    expect(await readFile(path, 'utf8')).toBe(registration('2').contents);
  });

  it('leaves it in place when it is no longer generated', async () => {
    await writeOutput(out, [registration('1'), code('1')]);
    await writeFile(path, MINE);
    const result = await writeOutput(out, [code('2')]);
    expect(result.removed).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(MINE);
    expect(await checkOutput(out, [code('2')])).toMatchObject({ upToDate: true });
  });

  it('rejects a file that is both user-owned and user-editable', async () => {
    await expect(writeOutput(out, [{ ...registration('1'), userEditable: true }])).rejects.toThrow(/both user-owned and user-editable/);
  });
});

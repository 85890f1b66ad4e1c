import { lstat, mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmittedFile } from '../../../generator/write/emitted-file.js';
import { OutputNotOursError, OutputPathError, OutputWriteError } from '../../../generator/write/errors.js';
import { MANIFEST_PATH, parseManifest } from '../../../generator/write/manifest.js';
import { stagingPathsFor, swapDirectory } from '../../../generator/write/swap-directory.js';
import { writeOutput } from '../../../generator/write/write-output.js';
import { makeTempDir, readTree, removeDir, writeTree } from './tree.js';

const files = (record: Record<string, string>): EmittedFile[] => Object.entries(record).map(([path, contents]) => ({ path, contents }));

const V1 = { 'package.json': '{}\n', 'src/index.ts': 'export {};\n', 'src/models/user.ts': 'export type User = {};\n' };

let root: string;
let out: string;

beforeEach(async () => {
  root = await makeTempDir();
  out = join(root, 'sdk');
});
afterEach(async () => removeDir(root));

/** Names in `root` other than the output folder: staging leftovers would show up here. */
async function strays(): Promise<string[]> {
  return (await readdir(root)).filter((name) => name !== 'sdk' && name !== 'user-stuff');
}

describe('writeOutput', () => {
  it('writes every file and a manifest into a new folder, creating missing parents', async () => {
    const nested = join(root, 'a', 'b', 'sdk');
    const result = await writeOutput(nested, files(V1));
    const tree = await readTree(nested);
    expect(tree['package.json']).toBe('{}\n');
    expect(tree['src/models/user.ts']).toBe('export type User = {};\n');
    expect(result.written).toEqual(['package.json', 'src/index.ts', 'src/models/user.ts']);
    expect(result.added).toEqual(result.written);
    const manifest = parseManifest(tree[MANIFEST_PATH]!);
    expect(manifest.kind).toBe('present');
    if (manifest.kind === 'present') expect(manifest.manifest.files.map((f) => f.path)).toEqual(result.written);
  });

  it('writes contents byte for byte, line endings and all', async () => {
    const contents = 'line 1\nline 2\r\nünïcödé\n\n';
    await writeOutput(out, [{ path: 'a.txt', contents }]);
    expect((await readTree(out))['a.txt']).toBe(contents);
  });

  it('gives byte-identical trees for the same input, whatever the input order', async () => {
    const other = join(root, 'sdk2');
    await writeOutput(out, files(V1));
    await writeOutput(other, files(V1).reverse());
    expect(await readTree(other)).toEqual(await readTree(out));
    const before = await readTree(out);
    await writeOutput(out, files(V1));
    expect(await readTree(out)).toEqual(before);
  });

  it('keeps manifest free of timestamps (same input at another time, same bytes)', async () => {
    await writeOutput(out, files(V1));
    const first = (await readTree(out))[MANIFEST_PATH];
    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeOutput(out, files(V1));
    expect((await readTree(out))[MANIFEST_PATH]).toBe(first);
  });

  it('carries user-added files, folders and links over untouched and removes files it no longer generates', async () => {
    await writeOutput(out, files(V1));
    await writeTree(out, { 'notes.md': 'mine\n', 'src/custom/hook.ts': 'hook\n', 'src/models/extra.ts': 'extra\n' });
    await mkdir(join(out, 'empty-user-folder'));
    await symlink('notes.md', join(out, 'notes-link.md'));
    const userFileBefore = await stat(join(out, 'src/custom/hook.ts'));

    const result = await writeOutput(out, files({ 'package.json': '{"v":2}\n', 'src/index.ts': 'export {};\n' }));

    const tree = await readTree(out);
    expect(tree['notes.md']).toBe('mine\n');
    expect(tree['src/custom/hook.ts']).toBe('hook\n');
    expect(tree['src/models/extra.ts']).toBe('extra\n');
    expect(tree['empty-user-folder/']).toBe('<dir>');
    expect(tree['notes-link.md']).toBe('-> notes.md');
    expect(tree['src/models/user.ts']).toBeUndefined();
    expect(tree['package.json']).toBe('{"v":2}\n');
    const userFileAfter = await stat(join(out, 'src/custom/hook.ts'));
    expect(userFileAfter.mtimeMs).toBe(userFileBefore.mtimeMs);
    expect(userFileAfter.mode).toBe(userFileBefore.mode);

    expect(result.removed).toEqual(['src/models/user.ts']);
    expect(result.changed).toEqual(['package.json']);
    expect(result.unchanged).toEqual(['src/index.ts']);
    expect(result.keptUserEntries).toEqual(expect.arrayContaining(['notes.md', 'notes-link.md', 'empty-user-folder', 'src/custom/hook.ts', 'src/models/extra.ts']));
    expect(result.replacedUserEntries).toEqual([]);
    expect(await strays()).toEqual([]);
  });

  it("regenerating writes only the files whose bytes change, and never moves the user's folders", async () => {
    await writeOutput(out, files(V1));
    await writeTree(out, { 'node_modules/dep/index.js': 'module.exports = 1;\n', 'dist/index.js': 'built\n' });
    const folderBefore = await lstat(out);
    const depsBefore = await lstat(join(out, 'node_modules/dep'));
    const unchangedBefore = await stat(join(out, 'src/index.ts'));
    const result = await writeOutput(out, files({ ...V1, 'src/models/user.ts': 'export type User = { id: string };\n' }));
    expect(result.changed).toEqual(['src/models/user.ts']);
    expect((await lstat(out)).ino).toBe(folderBefore.ino);
    expect((await lstat(join(out, 'node_modules/dep'))).ino).toBe(depsBefore.ino);
    const unchangedAfter = await stat(join(out, 'src/index.ts'));
    expect([unchangedAfter.ino, unchangedAfter.mtimeMs]).toEqual([unchangedBefore.ino, unchangedBefore.mtimeMs]);
    const tree = await readTree(out);
    expect(tree['src/models/user.ts']).toBe('export type User = { id: string };\n');
    expect(tree['dist/index.js']).toBe('built\n');
    expect(Object.keys(tree).filter((p) => p.includes('sdkwright-new'))).toEqual([]);
    expect(await strays()).toEqual([]);
    const manifest = parseManifest(tree[MANIFEST_PATH]!);
    expect(manifest.kind === 'present' && manifest.manifest.files.map((f) => f.path)).toEqual(Object.keys(V1).sort());
  });

  it('drops folders that held only generated files', async () => {
    await writeOutput(out, files(V1));
    await writeOutput(out, files({ 'package.json': '{}\n' }));
    expect(Object.keys(await readTree(out)).sort()).toEqual(['.sdkwright/', MANIFEST_PATH, 'package.json']);
  });

  it("refuses a first run into a folder holding the user's own package.json, README.md and src/index.ts, and changes nothing", async () => {
    const mine = { 'package.json': 'user package\n', 'README.md': '# mine\n', 'src/index.ts': 'export const mine = 1;\n' };
    await writeTree(out, mine);
    const before = await readTree(out);
    const refused = await writeOutput(out, files(V1)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OutputNotOursError);
    expect((refused as OutputNotOursError).paths).toEqual(['package.json', 'src/index.ts']);
    expect((refused as OutputNotOursError).message).toMatch(
      /is not an earlier output of sdkwright \(not empty, and no sdkwright manifest\); writing would replace files sdkwright did not write: package\.json, src\/index\.ts; nothing was written\. To fix: .*--force/,
    );
    expect(await readTree(out)).toEqual(before);
    expect(await strays()).toEqual([]);
  });

  it('refuses a first run into a non-empty folder even when no generated file would replace anything', async () => {
    await writeTree(out, { 'notes.md': 'mine\n' });
    await expect(writeOutput(out, files(V1))).rejects.toThrow(/no sdkwright manifest\); it holds: notes\.md; nothing was written/);
    expect(Object.keys(await readTree(out))).toEqual(['notes.md']);
  });

  it('on a later run, refuses to replace a file the user put where a generated file now goes', async () => {
    await writeOutput(out, files(V1));
    await writeTree(out, { 'src/extra.ts': 'mine\n', 'notes.md': 'mine too\n' });
    const refused = await writeOutput(out, files({ ...V1, 'src/extra.ts': 'generated\n' })).catch((e: unknown) => e);
    expect((refused as OutputNotOursError).paths).toEqual(['src/extra.ts']);
    expect((await readTree(out))['src/extra.ts']).toBe('mine\n');
    // Files nobody generates stay the user's and never block a run.
    await writeOutput(out, files({ ...V1, 'src/other.ts': 'generated\n' }));
    expect((await readTree(out))['notes.md']).toBe('mine too\n');
  });

  it('replaces user files that are in the way of generated ones, and says so', async () => {
    await writeTree(out, { 'package.json': 'user package\n', 'src/index.ts': 'export {};\n', src2: 'a file where a folder must go' });
    const result = await writeOutput(out, files({ ...V1, 'src2/x.ts': 'x\n' }), { replaceUserFiles: true });
    expect((await readTree(out))['package.json']).toBe('{}\n');
    // src/index.ts already held the generated contents: nothing of the user's was lost.
    expect(result.replacedUserEntries).toEqual(['package.json', 'src2']);
  });

  it('treats a user file differing only in case from a generated one as in the way, on every file system', async () => {
    await writeTree(out, { 'README.md': 'mine\n' });
    const result = await writeOutput(out, files({ 'readme.md': 'generated\n' }), { replaceUserFiles: true });
    expect(result.replacedUserEntries).toEqual(['README.md']);
    expect((await readTree(out))['readme.md']).toBe('generated\n');
  });

  it('reports generated files that had been edited by hand', async () => {
    await writeOutput(out, files(V1));
    await writeFile(join(out, 'src/index.ts'), 'hand edit\n');
    await writeFile(join(out, 'src/models/user.ts'), 'hand edit\n');
    const result = await writeOutput(out, files({ 'package.json': '{}\n', 'src/index.ts': 'export {};\n' }));
    expect(result.overwrittenEdits).toEqual(['src/index.ts', 'src/models/user.ts']);
  });

  it('treats everything as user files when the manifest is damaged', async () => {
    await writeOutput(out, files(V1));
    await writeFile(join(out, MANIFEST_PATH), 'not json');
    await expect(writeOutput(out, files({ 'package.json': '{}\n' }))).rejects.toThrow(OutputNotOursError);
    const result = await writeOutput(out, files({ 'package.json': '{}\n' }), { replaceUserFiles: true });
    expect(result.manifestProblem).toMatch(/not JSON/);
    expect((await readTree(out))['src/models/user.ts']).toBe('export type User = {};\n');
  });

  it('leaves the previous output exactly as it was when writing fails midway', async () => {
    await writeOutput(out, files(V1));
    await writeTree(out, { 'notes.md': 'mine\n' });
    const before = await readTree(out);
    // A name longer than any file system allows: created after other files were already written.
    const failing = files({ 'a.ts': 'a\n', [`src/${'x'.repeat(300)}.ts`]: 'too long\n', 'z.ts': 'z\n' });

    const error = await writeOutput(out, failing).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OutputWriteError);
    expect((error as Error).message).toMatch(/ENAMETOOLONG/);
    expect(await readTree(out)).toEqual(before);
    expect(await strays()).toEqual([]);
  });

  it('leaves no output folder behind when the first write fails midway', async () => {
    await expect(writeOutput(out, files({ [`${'x'.repeat(300)}.ts`]: '' }))).rejects.toBeInstanceOf(OutputWriteError);
    await expect(lstat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await strays()).toEqual([]);
  });

  it('refuses an output path that is a file', async () => {
    await writeFile(out, 'I am a file');
    await expect(writeOutput(out, files(V1))).rejects.toBeInstanceOf(OutputPathError);
    expect((await readTree(root))['sdk']).toBe('I am a file');
  });

  it('follows a symlinked output folder instead of replacing the link', async () => {
    const real = join(root, 'user-stuff');
    await mkdir(real);
    await symlink(real, out);
    await writeOutput(out, files(V1));
    expect((await lstat(out)).isSymbolicLink()).toBe(true);
    expect((await readTree(real))['package.json']).toBe('{}\n');
  });

  it.each([
    ['../escape.ts', /invalid path/],
    ['/etc/passwd', /absolute/],
    ['C:/x.ts', /absolute/],
    ['a//b.ts', /segment/],
    ['a/./b.ts', /segment/],
    ['a\\b.ts', /backslash/],
    ['', /empty/],
    ['.sdkwright/manifest.json', /reserves/],
  ])('rejects the emitted path %j before touching the disk', async (path, message) => {
    await expect(writeOutput(out, [{ path, contents: '' }])).rejects.toThrow(message);
    await expect(lstat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it.each([
    [['a.ts', 'a.ts'], /twice/],
    [['Models/A.ts', 'models/a.ts'], /differing only in case/],
    [['src', 'src/x.ts'], /both as a file and as the folder/],
  ])('rejects colliding emitted paths %j', async (paths, message) => {
    await expect(
      writeOutput(
        out,
        paths.map((path) => ({ path, contents: '' })),
      ),
    ).rejects.toThrow(message);
  });
});

describe('swapDirectory', () => {
  it('moves the old tree back when the new one cannot be moved in', async () => {
    await writeTree(out, { 'keep.txt': 'old\n' });
    const staging = stagingPathsFor(out);
    // Nothing was built at staging.building, so the second rename fails.
    await expect(swapDirectory(out, staging, true)).rejects.toBeInstanceOf(OutputWriteError);
    expect(await readTree(out)).toEqual({ 'keep.txt': 'old\n' });
    expect(await strays()).toEqual([]);
  });

  it('names its folders beside the output folder, after it and the process', () => {
    const staging = stagingPathsFor('/x/y/out', 42);
    expect(staging).toEqual({ building: '/x/y/.out.sdkwright-tmp-42', aside: '/x/y/.out.sdkwright-old-42' });
  });
});

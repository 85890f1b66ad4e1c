import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checkOutput } from '../../../generator/write/check-output.js';
import type { EmittedFile } from '../../../generator/write/emitted-file.js';
import { MANIFEST_PATH } from '../../../generator/write/manifest.js';
import { settleUserOwned } from '../../../generator/write/user-owned.js';
import { writeOutput } from '../../../generator/write/write-output.js';
import { makeTempDir, removeDir } from './tree.js';

const registration = (version: string): EmittedFile => ({ path: 'Hooks/HookRegistration.cs', contents: `// starting point ${version}\n`, userOwned: true });
const code = (version: string): EmittedFile => ({ path: 'Hooks/SDKHooks.cs', contents: `// generated ${version}\n` });

let root: string;
let out: string;
beforeEach(async () => {
  root = await makeTempDir();
  out = join(root, 'sdk');
});
afterEach(async () => removeDir(root));

const manifestPaths = async () => (JSON.parse(await readFile(join(out, MANIFEST_PATH), 'utf8')) as { files: { path: string }[] }).files.map((f) => f.path);

describe('user-owned files in the write stage', () => {
  it('writes a user-owned file when absent, and leaves it out of the manifest', async () => {
    const result = await writeOutput(out, [registration('1'), code('1')]);
    expect(await readFile(join(out, 'Hooks/HookRegistration.cs'), 'utf8')).toBe('// starting point 1\n');
    expect(result.added).toEqual(['Hooks/HookRegistration.cs', 'Hooks/SDKHooks.cs']);
    expect(await manifestPaths()).toEqual(['Hooks/SDKHooks.cs']);
  });

  it('never rewrites it once there: edited, or when the generator would write other text', async () => {
    await writeOutput(out, [registration('1'), code('1')]);
    const path = join(out, 'Hooks/HookRegistration.cs');
    await writeFile(path, '// my hooks\n');

    const result = await writeOutput(out, [registration('2'), code('2')]);

    expect(await readFile(path, 'utf8')).toBe('// my hooks\n');
    expect(result.changed).toEqual(['Hooks/SDKHooks.cs']);
    expect(result.overwrittenEdits).toEqual([]);
    expect(result.replacedUserEntries).toEqual([]);
    expect(await checkOutput(out, [registration('3'), code('2')])).toMatchObject({ upToDate: true, added: [], changed: [], removed: [] });
  });

  it('keeps it through a full rebuild (a folder where a generated file must go forces one)', async () => {
    await writeOutput(out, [registration('1'), code('1')]);
    await writeFile(join(out, 'Hooks/HookRegistration.cs'), '// my hooks\n');
    // Generated before, now a folder: not something the in-place update handles.
    const moved: EmittedFile = { path: 'Hooks/SDKHooks.cs/Index.cs', contents: '// moved\n' };
    await writeOutput(out, [registration('2'), moved]);
    expect(await readFile(join(out, 'Hooks/HookRegistration.cs'), 'utf8')).toBe('// my hooks\n');
    expect(await readFile(join(out, 'Hooks/SDKHooks.cs/Index.cs'), 'utf8')).toBe('// moved\n');
  });

  it('is written again only when the user deleted it', async () => {
    await writeOutput(out, [registration('1'), code('1')]);
    await rm(join(out, 'Hooks/HookRegistration.cs'));
    expect(await checkOutput(out, [registration('2'), code('1')])).toMatchObject({ upToDate: false, added: ['Hooks/HookRegistration.cs'] });
    await writeOutput(out, [registration('2'), code('1')]);
    expect(await readFile(join(out, 'Hooks/HookRegistration.cs'), 'utf8')).toBe('// starting point 2\n');
  });

  it('is kept, not deleted, when a later run no longer emits it', async () => {
    await writeOutput(out, [registration('1'), code('1')]);
    const result = await writeOutput(out, [code('2')]);
    expect(await readFile(join(out, 'Hooks/HookRegistration.cs'), 'utf8')).toBe('// starting point 1\n');
    expect(result.removed).toEqual([]);
    expect(result.keptUserEntries).toContain('Hooks/HookRegistration.cs');
  });

  it("a file of the user's already at that path is theirs: no output-not-ours error, nothing replaced", async () => {
    await writeOutput(out, [code('1')]);
    await writeFile(join(out, 'Hooks/HookRegistration.cs'), '// written before the generator had one\n');
    const result = await writeOutput(out, [registration('1'), code('1')]);
    expect(await readFile(join(out, 'Hooks/HookRegistration.cs'), 'utf8')).toBe('// written before the generator had one\n');
    expect(result.replacedUserEntries).toEqual([]);
  });

  it('takes over a file an earlier run listed as generated, without removing it', async () => {
    // An output of a version that generated the file as its own.
    await writeOutput(out, [{ path: 'Hooks/HookRegistration.cs', contents: '// old generated\n' }, code('1')]);
    const result = await writeOutput(out, [registration('2'), code('1')]);
    expect(await readFile(join(out, 'Hooks/HookRegistration.cs'), 'utf8')).toBe('// old generated\n');
    expect(result.removed).toEqual([]);
    expect(result.overwrittenEdits).toEqual([]);
    expect(await manifestPaths()).toEqual(['Hooks/SDKHooks.cs']);
  });

  it('a folder at its path is in the way like for any generated file', async () => {
    await writeOutput(out, [code('1')]);
    await mkdir(join(out, 'Hooks/HookRegistration.cs'));
    await writeFile(join(out, 'Hooks/HookRegistration.cs/mine.txt'), 'x');
    await expect(writeOutput(out, [registration('1'), code('1')])).rejects.toThrow(/HookRegistration\.cs/);
  });
});

describe('settleUserOwned', () => {
  it('drops only user-owned files whose path is a file or a link on disk', () => {
    const files: EmittedFile[] = [registration('1'), code('1'), { path: 'b.cs', contents: '', userOwned: true }, { path: 'c.cs', contents: '', userOwned: true }];
    const onDisk = new Map([
      ['Hooks/HookRegistration.cs', { path: 'Hooks/HookRegistration.cs', kind: 'file' as const }],
      ['Hooks/SDKHooks.cs', { path: 'Hooks/SDKHooks.cs', kind: 'file' as const }],
      ['b.cs', { path: 'b.cs', kind: 'symlink' as const }],
      ['c.cs', { path: 'c.cs', kind: 'directory' as const }],
    ]);
    const split = settleUserOwned(files, onDisk);
    expect(split.kept).toEqual(['Hooks/HookRegistration.cs', 'b.cs']);
    expect(split.files.map((f) => f.path)).toEqual(['Hooks/SDKHooks.cs', 'c.cs']);
  });
});

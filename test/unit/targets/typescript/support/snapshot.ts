/**
 * File snapshots: a generated package compared byte for byte with the files under
 * test/snapshots/typescript/<case>/. `UPDATE_SNAPSHOTS=1` rewrites them (and deletes stale
 * ones); otherwise a difference fails with Jest's line diff, so every change is reviewed in git.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { EmittedFile } from '../../../../../generator/write/emitted-file.js';

export const updating = process.env.UPDATE_SNAPSHOTS === '1';

export function listFiles(root: string, dir = root): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(root, full) : [relative(root, full).split(sep).join('/')];
  });
}

export function writeSnapshot(dir: string, files: EmittedFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
}

/** Expectations for one snapshot directory: the same file list, then each file's text. */
export function expectSnapshot(dir: string, files: EmittedFile[]): void {
  if (updating) {
    writeSnapshot(dir, files);
    return;
  }
  const expectedPaths = listFiles(dir).sort();
  if (expectedPaths.length === 0) throw new Error(`no snapshot in ${dir}: run with UPDATE_SNAPSHOTS=1 and review the files`);
  expect(files.map((f) => f.path).sort()).toEqual(expectedPaths);
  for (const file of files) {
    const snapshot = readFileSync(join(dir, file.path), 'utf8');
    // Jest prints a line diff for two strings; the path says which file differs.
    expect({ path: file.path, contents: file.contents }).toEqual({ path: file.path, contents: snapshot });
  }
}

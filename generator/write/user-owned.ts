/**
 * User-owned files (`EmittedFile.userOwned`): a starting point the target writes once, such as
 * the C# SDK's `Hooks/HookRegistration.cs`, which the user then edits as their own code.
 *
 * Rules:
 * - Absent from the output folder: written, like any generated file.
 * - Present (a file or a link, whatever its contents, edited or not): left exactly as it is,
 *   never compared, rewritten or reported as drift by `--check`.
 * - Never listed in the manifest, so that once written it is a file of the user's like any
 *   other: kept when a later run no longer emits it, carried over by a full rebuild, and never
 *   counted as a generated file edited by hand.
 * - A folder at its path is not a file to keep: the path then counts as in the way, as for any
 *   generated file.
 */
import type { EmittedFile } from './emitted-file.js';
import type { TreeEntry } from './scan-tree.js';

export interface UserOwnedSplit {
  /** What to plan and write: every file but the user-owned ones already on disk. */
  files: EmittedFile[];
  /** User-owned paths already on disk, which the run leaves alone. */
  kept: string[];
}

/** Drops the user-owned files that already exist in the output folder (`onDisk` by path). */
export function settleUserOwned(files: readonly EmittedFile[], onDisk: ReadonlyMap<string, TreeEntry>): UserOwnedSplit {
  const result: UserOwnedSplit = { files: [], kept: [] };
  for (const file of files) {
    const kind = file.userOwned ? onDisk.get(file.path)?.kind : undefined;
    if (kind === 'file' || kind === 'symlink') result.kept.push(file.path);
    else result.files.push(file);
  }
  return result;
}

/** The files sdkwright owns, which the manifest lists: all but the user-owned ones. */
export function ownedBySdkwright(files: readonly EmittedFile[]): EmittedFile[] {
  return files.filter((file) => !file.userOwned);
}

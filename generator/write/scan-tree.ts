import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fsStep } from './errors.js';
import { comparePaths } from './manifest.js';

export type TreeEntryKind = 'file' | 'directory' | 'symlink';

export interface TreeEntry {
  /** POSIX-style path relative to the scanned root. */
  path: string;
  /** Sockets, FIFOs and devices count as files: they are carried over the same way. */
  kind: TreeEntryKind;
}

/** Everything under `root`, parents before children, siblings in code-unit order. */
export async function scanTree(root: string): Promise<TreeEntry[]> {
  const entries: TreeEntry[] = [];
  await scanFolder(root, '', entries);
  return entries;
}

async function scanFolder(root: string, relative: string, into: TreeEntry[]): Promise<void> {
  const absolute = relative === '' ? root : join(root, relative);
  const children = await fsStep('read folder', absolute, () => readdir(absolute, { withFileTypes: true }));
  children.sort((a, b) => comparePaths(a.name, b.name));
  for (const child of children) {
    const path = relative === '' ? child.name : `${relative}/${child.name}`;
    if (child.isDirectory()) {
      into.push({ path, kind: 'directory' });
      await scanFolder(root, path, into);
    } else {
      into.push({ path, kind: child.isSymbolicLink() ? 'symlink' : 'file' });
    }
  }
}

/** Temp-folder helpers shared by the write and CLI tests. */
import { mkdir, mkdtemp, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export async function makeTempDir(prefix = 'sdkwright-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Writes `{ 'a/b.txt': 'contents' }` under `root`. */
export async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), contents);
  }
}

/**
 * Everything under `root` as `path → contents`; folders appear as `path/ → '<dir>'`, symbolic
 * links as `path → '-> target'`, so two trees compare with one toEqual.
 */
export async function readTree(root: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  async function walk(relative: string): Promise<void> {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        tree[`${path}/`] = '<dir>';
        await walk(path);
      } else if (entry.isSymbolicLink()) {
        tree[path] = `-> ${await readlink(join(root, path))}`;
      } else {
        tree[path] = await readFile(join(root, path), 'utf8');
      }
    }
  }
  await walk('');
  return tree;
}

/** Everything about a folder tree that "left exactly as it was" promises, for one toEqual. */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

export interface EntrySnapshot {
  kind: 'file' | 'dir' | 'link';
  mode: number;
  mtimeMs: number;
  ino: number;
  /** sha256 of a file's bytes, or a link's target. */
  content?: string;
}

/** `''` is the root folder itself; other keys are POSIX paths relative to it. */
export function snapshotTree(root: string): Record<string, EntrySnapshot> {
  const out: Record<string, EntrySnapshot> = {};
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    const stat = lstatSync(full);
    const base = { mode: stat.mode, mtimeMs: stat.mtimeMs, ino: stat.ino };
    if (stat.isSymbolicLink()) {
      out[relative] = { kind: 'link', ...base, content: readlinkSync(full) };
    } else if (stat.isDirectory()) {
      out[relative] = { kind: 'dir', ...base };
      for (const name of readdirSync(full).sort()) visit(relative === '' ? name : `${relative}/${name}`);
    } else {
      out[relative] = { kind: 'file', ...base, content: createHash('sha256').update(readFileSync(full)).digest('hex') };
    }
  };
  visit('');
  return out;
}

/** Names in `dir` that look like sdkwright's staging folders (`.<name>.sdkwright-tmp-<pid>`). */
export function stagingLeftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.sdkwright-(tmp|old)-\d+$/.test(name));
}

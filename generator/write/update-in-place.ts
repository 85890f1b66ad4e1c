/**
 * Regenerating into an earlier output: only the files whose bytes change are touched, and
 * nothing of the user's is copied or moved (a `node_modules/` or `dist/` inside the output stays
 * where it is, and unchanged generated files keep their modification times, so incremental
 * builds downstream stay incremental).
 *
 * Still all or nothing, in two phases:
 * 1. prepare: every new or changed file, and the manifest, is written to a temporary sibling of
 *    its path (`.<name>.sdkwright-new-<pid>`), creating the folders it needs. A failure removes
 *    what this phase made: the folder is as it was.
 * 2. commit: files that go away and files being replaced are renamed into the aside folder beside
 *    the output (same file system), then each temporary file is renamed onto its path, the
 *    manifest last. Renames within a folder are what a file system does atomically; should one
 *    still fail, the steps done so far are undone in reverse order.
 * Folders emptied by removed files are deleted after the commit.
 */
import { lstat, mkdir, rename, rm, rmdir } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parentFolders } from './emitted-paths.js';
import { fsStep } from './errors.js';
import { MANIFEST_PATH, comparePaths } from './manifest.js';
import type { OutputPlan } from './plan-output.js';

export interface InPlaceOutcome {
  /** The aside folder, when it could not be deleted after the commit. */
  leftover?: string;
}

/**
 * Whether the plan can be carried out in place: every path that changes is a file (or a link)
 * or absent, and what is in the way is a file at exactly a generated path. Anything else (a
 * folder where a file must go, a user file where a folder must go, a name differing only in
 * case) is left to the full rebuild, which handles every shape.
 */
export async function canUpdateInPlace(plan: OutputPlan): Promise<boolean> {
  if (!plan.outDirExists) return false;
  const generated = new Set(plan.files.map((f) => f.path));
  if (plan.replacedUserEntries.some((path) => !generated.has(path))) return false;
  const changed = new Set(plan.changed);
  for (const path of [...plan.changed, ...plan.added]) {
    const kind = await kindOf(join(plan.outDir, path));
    if (kind === 'directory' || (kind === 'missing' && changed.has(path))) return false;
  }
  // A user file where a folder of a new or changed path must go; each folder looked at once.
  for (const folder of new Set([...plan.changed, ...plan.added].flatMap(parentFolders))) {
    const kind = await kindOf(join(plan.outDir, folder));
    if (kind !== 'directory' && kind !== 'missing') return false;
  }
  return true;
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await lstat(path)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

type Step = { kind: 'aside'; from: string; to: string } | { kind: 'placed'; temp: string; target: string };

export async function updateInPlace(plan: OutputPlan, asideDir: string, pid: number = process.pid): Promise<InPlaceOutcome> {
  const byPath = new Map(plan.files.map((f) => [f.path, f.contents]));
  const writes = [...plan.added, ...plan.changed].sort(comparePaths).map((path) => ({ path, contents: byPath.get(path)! }));
  if (plan.manifestChange !== 'none') writes.push({ path: MANIFEST_PATH, contents: plan.manifestText });
  const temps: { temp: string; target: string }[] = [];
  const createdFolders: string[] = [];

  // 1. prepare
  try {
    for (const folder of [...new Set(writes.flatMap((w) => parentFolders(w.path)))].sort(comparePaths)) {
      const path = join(plan.outDir, folder);
      if ((await kindOf(path)) === 'missing') {
        await fsStep('create folder', path, () => mkdir(path));
        createdFolders.push(path);
      }
    }
    for (const write of writes) {
      const target = join(plan.outDir, write.path);
      const temp = join(dirname(target), `.${basename(target)}.sdkwright-new-${pid}`);
      // Synchronous: thousands of small awaited writes cost several times more (bench/FINDINGS.md, fix 4).
      await fsStep('write', target, async () => writeFileSync(temp, write.contents, { encoding: 'utf8', flag: 'w' }));
      temps.push({ temp, target });
    }
  } catch (error) {
    await discard(
      temps.map((t) => t.temp),
      createdFolders,
    );
    throw error;
  }

  // 2. commit
  const done: Step[] = [];
  try {
    // What is replaced (changed) or no longer generated (removed) waits aside until all is in place.
    const goAway = [...plan.removed, ...plan.changed].sort(comparePaths);
    if (goAway.length > 0) await fsStep('create folder', asideDir, () => mkdir(asideDir, { recursive: true }));
    for (const [i, path] of goAway.entries()) {
      const from = join(plan.outDir, path);
      if ((await kindOf(from)) === 'missing') continue;
      const to = join(asideDir, String(i));
      await fsStep('move aside', from, () => rename(from, to));
      done.push({ kind: 'aside', from, to });
    }
    for (const { temp, target } of temps) {
      await fsStep('move into place', target, () => rename(temp, target));
      done.push({ kind: 'placed', temp, target });
    }
  } catch (error) {
    await undo(done);
    await discard(
      temps.map((t) => t.temp),
      createdFolders,
    );
    await rm(asideDir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }

  await removeEmptiedFolders(plan);
  try {
    await rm(asideDir, { recursive: true, force: true });
    return {};
  } catch {
    return { leftover: asideDir };
  }
}

async function undo(done: Step[]): Promise<void> {
  for (const step of [...done].reverse()) {
    if (step.kind === 'placed') await rename(step.target, step.temp).catch(() => undefined);
    else await rename(step.to, step.from).catch(() => undefined);
  }
}

async function discard(temps: string[], createdFolders: string[]): Promise<void> {
  for (const temp of temps) await rm(temp, { force: true }).catch(() => undefined);
  for (const folder of [...createdFolders].reverse()) await rmdir(folder).catch(() => undefined);
}

/** Folders that held only files no longer generated go with them; a user's folder never empties this way. */
async function removeEmptiedFolders(plan: OutputPlan): Promise<void> {
  const keep = new Set(plan.userEntries.filter((e) => e.kind === 'directory').map((e) => e.path));
  const folders = [...new Set(plan.removed.flatMap(parentFolders))].sort(comparePaths).reverse();
  for (const folder of folders) {
    if (keep.has(folder)) continue;
    // Fails (and is ignored) when the folder still holds something.
    await rmdir(join(plan.outDir, folder)).catch(() => undefined);
  }
}

import { writeFileSync } from 'node:fs';
import { cp, link, mkdir, readlink, rm, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EmittedFile } from './emitted-file.js';
import { parentFolders } from './emitted-paths.js';
import { fsStep, OutputNotOursError } from './errors.js';
import { MANIFEST_PATH, comparePaths } from './manifest.js';
import { planOutput, type OutputPlan } from './plan-output.js';
import type { TreeEntry } from './scan-tree.js';
import { stagingPathsFor, swapDirectory } from './swap-directory.js';
import { canUpdateInPlace, updateInPlace } from './update-in-place.js';

export interface WriteResult {
  /** Absolute path of the output folder. */
  outDir: string;
  /** Every generated path, sorted (the manifest not included). */
  written: string[];
  added: string[];
  changed: string[];
  unchanged: string[];
  removed: string[];
  /** User-added files and folders carried over untouched. */
  keptUserEntries: string[];
  /** User-added entries that had to give way to a generated file. */
  replacedUserEntries: string[];
  /** Generated files edited by hand whose edits were overwritten or removed. */
  overwrittenEdits: string[];
  /** Why the previous manifest was ignored, when it was (its files were then kept as user files). */
  manifestProblem?: string;
  /** The old tree, left beside the output folder when deleting it failed. */
  leftover?: string;
}

export interface WriteOptions {
  /** `--force`: write even into a folder that is not an earlier output, replacing what is in the way. */
  replaceUserFiles?: boolean;
}

/**
 * Puts the generated files in the output folder, all or nothing. Into an earlier output, only
 * the files whose bytes change are written (update-in-place.ts); otherwise the new tree, with
 * the user's own files linked in, is built beside the old one and swapped in with renames. A
 * failure at any point leaves the folder exactly as it was. Unless told to, it writes nothing when that would
 * replace a file it did not write before, or when a first run meets a folder that is not empty.
 */
export async function writeOutput(outDir: string, files: readonly EmittedFile[], options: WriteOptions = {}): Promise<WriteResult> {
  const plan = await planOutput(outDir, files);
  if (!options.replaceUserFiles) refuseUserFiles(plan);
  const staging = stagingPathsFor(plan.outDir);
  if (await canUpdateInPlace(plan)) {
    await fsStep('clear', staging.aside, () => rm(staging.aside, { recursive: true, force: true }));
    const outcome = await updateInPlace(plan, staging.aside);
    return resultOf(plan, outcome.leftover);
  }
  // Leftovers of a crashed earlier run that had the same process id.
  await fsStep('clear', staging.building, () => rm(staging.building, { recursive: true, force: true }));
  await fsStep('clear', staging.aside, () => rm(staging.aside, { recursive: true, force: true }));
  try {
    await buildTree(plan, staging.building);
  } catch (error) {
    await rm(staging.building, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  const swap = await swapDirectory(plan.outDir, staging, plan.outDirExists);
  return resultOf(plan, swap.leftover);
}

function resultOf(plan: OutputPlan, leftover: string | undefined): WriteResult {
  return {
    outDir: plan.outDir,
    written: plan.files.map((file) => file.path),
    added: plan.added,
    changed: plan.changed,
    unchanged: plan.unchanged,
    removed: plan.removed,
    keptUserEntries: plan.userEntries.map((entry) => entry.path),
    replacedUserEntries: plan.replacedUserEntries,
    overwrittenEdits: plan.overwrittenEdits,
    ...(plan.manifestProblem !== undefined ? { manifestProblem: plan.manifestProblem } : {}),
    ...(leftover !== undefined ? { leftover } : {}),
  };
}

function refuseUserFiles(plan: OutputPlan): void {
  const merged = new Set(plan.mergedUserEditable);
  const inTheWay = plan.replacedUserEntries.filter((path) => !merged.has(path));
  if (inTheWay.length > 0) throw new OutputNotOursError(plan.outDir, inTheWay, !plan.hadManifest, true);
  if (plan.hadManifest || !plan.outDirExists) return;
  // A first run: anything already there is the user's, even what no generated file replaces.
  const present = [...plan.userEntries.map((entry) => entry.path), ...plan.unchanged, ...plan.changed].sort(comparePaths);
  if (present.length > 0) throw new OutputNotOursError(plan.outDir, present, true, false);
}

async function buildTree(plan: OutputPlan, root: string): Promise<void> {
  const generated: EmittedFile[] = [...plan.files, { path: MANIFEST_PATH, contents: plan.manifestText }];
  await fsStep('create folder', dirname(root), () => mkdir(dirname(root), { recursive: true }));
  await fsStep('create folder', root, () => mkdir(root));
  await createFolders(root, [...generated.flatMap((file) => parentFolders(file.path)), ...plan.userEntries.flatMap((entry) => parentFolders(entry.path))]);
  const kept = new Map(plan.keptUserOwned.map((entry) => [entry.path, entry]));
  for (const file of generated) {
    const userOwned = kept.get(file.path);
    if (userOwned !== undefined) {
      await carryOver(plan.outDir, root, userOwned);
      continue;
    }
    const target = join(root, file.path);
    // Written as given, byte for byte: line endings are the target's business. Synchronous:
    // thousands of small awaited writes cost several times more (bench/FINDINGS.md, fix 4).
    await fsStep('write', target, async () => writeFileSync(target, file.contents, { encoding: 'utf8', flag: 'wx' }));
  }
  for (const entry of plan.userEntries) await carryOver(plan.outDir, root, entry);
}

/** In sorted order, one at a time, so folders are created the same way on every run. */
async function createFolders(root: string, folders: string[]): Promise<void> {
  const unique = [...new Set(folders)].sort(comparePaths);
  for (const folder of unique) {
    const target = join(root, folder);
    await fsStep('create folder', target, () => mkdir(target, { recursive: true }));
  }
}

/**
 * Files are hard-linked when possible: the user's file stays byte-for-byte and metadata-for-
 * metadata the same, and big folders (node_modules in a generated package) cost no copying.
 */
async function carryOver(fromRoot: string, toRoot: string, entry: TreeEntry): Promise<void> {
  const source = join(fromRoot, entry.path);
  const target = join(toRoot, entry.path);
  switch (entry.kind) {
    case 'directory':
      await fsStep('create folder', target, () => mkdir(target, { recursive: true }));
      return;
    case 'symlink': {
      const pointsTo = await fsStep('read link', source, () => readlink(source));
      await fsStep('create link', target, () => symlink(pointsTo, target));
      return;
    }
    case 'file':
      await fsStep('keep user file', source, async () => {
        try {
          await link(source, target);
        } catch {
          await cp(source, target, { preserveTimestamps: true, errorOnExist: true, force: false });
        }
      });
      return;
  }
}

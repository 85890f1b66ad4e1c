import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmittedFile } from './emitted-file.js';
import { assertValidEmittedFiles, parentFolders } from './emitted-paths.js';
import { fsStep } from './errors.js';
import { MANIFEST_PATH, comparePaths, createManifest, parseManifest, readManifest, serializeManifest, sha256, type ManifestEntry } from './manifest.js';
import { hasMarkedSections, mergeMarkedSections } from './marked-sections.js';
import { locateOutput } from './output-location.js';
import { scanTree, type TreeEntry } from './scan-tree.js';

/**
 * What regenerating an output folder means, worked out from what is on disk without changing
 * it. Both writing and `--check` start from this, so they cannot disagree.
 */
export interface OutputPlan {
  /** Absolute path of the output folder. */
  outDir: string;
  outDirExists: boolean;
  /**
   * The generated files in path order; user-editable ones already merged with the file on disk.
   * User-owned ones that exist are listed too, but it is the file on disk that stays (`keptUserOwned`).
   */
  files: EmittedFile[];
  manifestText: string;
  /** Generated paths that do not exist yet. */
  added: string[];
  /** Generated paths that exist with other contents (or as something other than a file). */
  changed: string[];
  unchanged: string[];
  /** Paths generated last time, not any more, and still on disk. */
  removed: string[];
  /** Whether the manifest itself would be created or rewritten. */
  manifestChange: 'none' | 'add' | 'change';
  /** What the user put in the folder: carried over into the new tree as it is. */
  userEntries: TreeEntry[];
  /** User-added entries in the way of a generated file (same path, or where a folder must go). */
  replacedUserEntries: string[];
  /** Generated files edited by hand since the last run, whose edits the new tree does not keep. */
  overwrittenEdits: string[];
  /** Why the previous manifest could not be used, when it could not. */
  manifestProblem?: string;
  /** Whether a readable manifest of an earlier run is in the folder (false on a first run). */
  hadManifest: boolean;
  /** User-editable files on disk whose marked sections the new text is merged into (nothing lost). */
  mergedUserEditable: string[];
  /** User-owned files already on disk (a file or a link): kept as they are, counted as unchanged. */
  keptUserOwned: TreeEntry[];
  /**
   * The manifest differs only in the hashes of user-editable files whose merged text is already
   * on disk: the user added text outside their markers. `--check` does not count that as drift.
   */
  manifestStaleOnlyForUserText: boolean;
}

export async function planOutput(outDir: string, emitted: readonly EmittedFile[]): Promise<OutputPlan> {
  assertValidEmittedFiles(emitted);
  const location = await locateOutput(outDir);
  const sorted = [...emitted].sort((a, b) => comparePaths(a.path, b.path));
  const onDisk = new Map(location.exists ? (await scanTree(location.path)).map((entry) => [entry.path, entry]) : []);
  const read = (path: string) => readExisting(location.path, path);
  // Merged before anything is compared or hashed, so that writing, `--check` and the manifest
  // all see the text that will really be on disk.
  const files = await Promise.all(sorted.map((file) => (file.userEditable && onDisk.get(file.path)?.kind === 'file' ? mergeWithDisk(file, read) : file)));
  const manifestText = serializeManifest(createManifest(files));
  const plan: OutputPlan = {
    outDir: location.path,
    outDirExists: location.exists,
    files,
    manifestText,
    added: [],
    changed: [],
    unchanged: [],
    removed: [],
    manifestChange: 'add',
    userEntries: [],
    replacedUserEntries: [],
    overwrittenEdits: [],
    manifestStaleOnlyForUserText: false,
    hadManifest: false,
    mergedUserEditable: [],
    keptUserOwned: [],
  };
  if (!location.exists) {
    plan.added = files.map((file) => file.path);
    return plan;
  }

  const previous = await readManifest(location.path);
  if (previous.kind === 'invalid') plan.manifestProblem = previous.reason;
  plan.hadManifest = previous.kind === 'present';
  const previouslyGenerated = new Map<string, ManifestEntry>(previous.kind === 'present' ? previous.manifest.files.map((entry) => [entry.path, entry]) : []);

  for (const file of files) {
    const existing = onDisk.get(file.path);
    if (existing === undefined) {
      plan.added.push(file.path);
      continue;
    }
    // Written once: whatever the user made of it is theirs (a folder in its place is not).
    if (file.userOwned && existing.kind !== 'directory') {
      plan.keptUserOwned.push(existing);
      plan.unchanged.push(file.path);
      continue;
    }
    const current = existing.kind === 'file' ? await read(file.path) : undefined;
    if (file.userEditable && current !== undefined && hasMarkedSections(current.toString('utf8'))) plan.mergedUserEditable.push(file.path);
    const wanted = Buffer.from(file.contents, 'utf8');
    if (current !== undefined && current.equals(wanted)) {
      plan.unchanged.push(file.path);
      continue;
    }
    plan.changed.push(file.path);
    const generatedBefore = previouslyGenerated.get(file.path);
    if (generatedBefore === undefined) plan.replacedUserEntries.push(file.path);
    // A user-editable file keeps the user's text outside its markers, so an edit is lost only
    // when the file has no markers left to merge by.
    else if (current !== undefined && sha256(current) !== generatedBefore.sha256 && !(file.userEditable && hasMarkedSections(current.toString('utf8')))) {
      plan.overwrittenEdits.push(file.path);
    }
  }

  const generatedNow = new Set(files.map((file) => file.path));
  for (const entry of previouslyGenerated.values()) {
    if (generatedNow.has(entry.path)) continue;
    const existing = onDisk.get(entry.path);
    if (existing === undefined || existing.kind === 'directory') continue;
    plan.removed.push(entry.path);
    const current = existing.kind === 'file' ? await read(entry.path) : undefined;
    if (current === undefined || sha256(current) !== entry.sha256) plan.overwrittenEdits.push(entry.path);
  }
  plan.removed.sort(comparePaths);
  plan.overwrittenEdits.sort(comparePaths);

  const currentManifest = onDisk.get(MANIFEST_PATH)?.kind === 'file' ? await read(MANIFEST_PATH) : undefined;
  plan.manifestChange = currentManifest === undefined ? 'add' : currentManifest.equals(Buffer.from(manifestText, 'utf8')) ? 'none' : 'change';
  if (plan.manifestChange === 'change' && currentManifest !== undefined) {
    const unchanged = new Set(plan.unchanged);
    const userText = files.filter((file) => file.userEditable && unchanged.has(file.path)).map((file) => file.path);
    plan.manifestStaleOnlyForUserText = staleOnlyFor(currentManifest.toString('utf8'), manifestText, userText);
  }

  collectUserEntries(plan, [...onDisk.values()], previouslyGenerated, generatedNow);
  return plan;
}

/**
 * User entries are everything not generated before, minus those a generated file now needs the
 * place of. Folders are kept only when empty: a non-empty one comes back with its contents, and
 * one that held only generated files should disappear with them.
 */
function collectUserEntries(plan: OutputPlan, entries: TreeEntry[], previouslyGenerated: Map<string, ManifestEntry>, generatedNow: Set<string>): void {
  // Compared ignoring case: on macOS and Windows `README.md` and `readme.md` are one file, and
  // the result should not depend on the file system.
  const fold = (path: string) => path.toLowerCase();
  const generatedFiles = new Set([...generatedNow].map(fold));
  const generatedFolders = new Set([...generatedNow].flatMap(parentFolders).map(fold));
  const replaced = new Set(plan.replacedUserEntries);
  const unchanged = new Set(plan.unchanged);
  const hasChildren = new Set(entries.flatMap((entry) => parentFolders(entry.path).slice(-1)));

  for (const entry of entries) {
    if (entry.path === MANIFEST_PATH || previouslyGenerated.has(entry.path)) continue;
    const inTheWay =
      generatedFiles.has(fold(entry.path)) || parentFolders(entry.path).some((folder) => generatedFiles.has(fold(folder))) || (entry.kind !== 'directory' && generatedFolders.has(fold(entry.path)));
    if (inTheWay) {
      // A user file at a generated path that already holds the generated contents loses nothing.
      if (!unchanged.has(entry.path)) replaced.add(entry.path);
      continue;
    }
    if (entry.kind === 'directory' && hasChildren.has(entry.path)) continue;
    plan.userEntries.push(entry);
  }
  plan.replacedUserEntries = [...replaced].sort(comparePaths);
}

async function mergeWithDisk(file: EmittedFile, read: (path: string) => Promise<Buffer>): Promise<EmittedFile> {
  const previous = (await read(file.path)).toString('utf8');
  return { ...file, contents: mergeMarkedSections(previous, file.contents) };
}

/** Whether the manifest on disk equals the new one once the hashes of `paths` are brought up to date. */
function staleOnlyFor(currentText: string, wantedText: string, paths: string[]): boolean {
  if (paths.length === 0) return false;
  const current = parseManifest(currentText);
  const wanted = parseManifest(wantedText);
  if (current.kind !== 'present' || wanted.kind !== 'present') return false;
  const fresh = new Map(wanted.manifest.files.map((entry) => [entry.path, entry.sha256]));
  for (const entry of current.manifest.files) if (paths.includes(entry.path) && fresh.has(entry.path)) entry.sha256 = fresh.get(entry.path)!;
  return serializeManifest(current.manifest) === wantedText;
}

/** Synchronous: comparing thousands of small files one awaited read at a time cost 4× more (bench, after an edit). */
async function readExisting(root: string, path: string): Promise<Buffer> {
  const absolute = join(root, path);
  return fsStep('read', absolute, async () => readFileSync(absolute));
}

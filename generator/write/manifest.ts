import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmittedFile } from './emitted-file.js';

/** Where, inside the output folder, sdkwright records which files it wrote. */
export const MANIFEST_DIR = '.sdkwright';
export const MANIFEST_PATH = `${MANIFEST_DIR}/manifest.json`;

/**
 * The list of files sdkwright generated into an output folder. It is what tells generated files
 * (ours to replace or delete) from files a user added (to be kept). Holds no timestamps so that
 * two runs over the same input leave byte-identical folders.
 */
export interface Manifest {
  generator: 'sdkwright';
  manifestVersion: 1;
  files: ManifestEntry[];
  /**
   * Files written once and then the user's (EmittedFile.userOwned), by path: they exist in the
   * output, with whatever the user made of them. Present only when there are any.
   */
  userOwned?: string[];
}

export interface ManifestEntry {
  path: string;
  sha256: string;
}

export function sha256(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}

/** Plain code-unit order, so the result does not depend on the machine's locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function createManifest(files: readonly EmittedFile[]): Manifest {
  const entries = files
    .filter((file) => !file.userOwned)
    .map((file) => ({ path: file.path, sha256: sha256(file.contents) }))
    .sort((a, b) => comparePaths(a.path, b.path));
  const userOwned = files
    .filter((file) => file.userOwned)
    .map((file) => file.path)
    .sort(comparePaths);
  return { generator: 'sdkwright', manifestVersion: 1, files: entries, ...(userOwned.length > 0 ? { userOwned } : {}) };
}

export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export type ManifestReading = { kind: 'absent' } | { kind: 'invalid'; reason: string } | { kind: 'present'; manifest: Manifest };

/** Reads the manifest of an existing output folder; a damaged one is reported, not thrown. */
export async function readManifest(outDir: string): Promise<ManifestReading> {
  let text: string;
  try {
    text = await readFile(join(outDir, MANIFEST_PATH), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
    return { kind: 'invalid', reason: (error as Error).message };
  }
  return parseManifest(text);
}

export function parseManifest(text: string): ManifestReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', reason: `not JSON (${(error as Error).message})` };
  }
  if (!isManifest(value)) return { kind: 'invalid', reason: 'not an sdkwright manifest' };
  return { kind: 'present', manifest: value };
}

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Manifest>;
  return (
    candidate.generator === 'sdkwright' &&
    candidate.manifestVersion === 1 &&
    Array.isArray(candidate.files) &&
    candidate.files.every(
      (entry: unknown) => typeof entry === 'object' && entry !== null && typeof (entry as ManifestEntry).path === 'string' && typeof (entry as ManifestEntry).sha256 === 'string',
    ) &&
    (candidate.userOwned === undefined || (Array.isArray(candidate.userOwned) && candidate.userOwned.every((path: unknown) => typeof path === 'string')))
  );
}

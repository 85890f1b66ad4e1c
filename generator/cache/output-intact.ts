import { createHash } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_PATH, parseManifest } from '../write/manifest.js';

/** No symlink is followed: a generated file replaced by a link is a change (a write would undo it). */
const READ_NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

function readExact(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, READ_NO_FOLLOW);
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Whether the output folder still holds exactly what the last run wrote: its manifest has the
 * hash the run recorded, and every file the manifest lists has the hash listed. A user edit, a
 * deleted file or a replaced manifest all mean no; a user-owned file only has to exist. Returns the number of generated files when yes.
 * Files the user added are not looked at: a write would carry them over as they are.
 */
export function outputIntact(outDir: string, manifestSha256: string): number | undefined {
  const manifestBytes = readExact(join(outDir, MANIFEST_PATH));
  if (manifestBytes === undefined || sha256(manifestBytes) !== manifestSha256) return undefined;
  const manifest = parseManifest(manifestBytes.toString('utf8'));
  if (manifest.kind !== 'present') return undefined;
  for (const entry of manifest.manifest.files) {
    const bytes = readExact(join(outDir, entry.path));
    if (bytes === undefined || sha256(bytes) !== entry.sha256) return undefined;
  }
  // A user-owned file may hold anything; a write would only bring it back if it were gone.
  const userOwned = manifest.manifest.userOwned ?? [];
  for (const path of userOwned) if (!presentNotFolder(join(outDir, path))) return undefined;
  return manifest.manifest.files.length + userOwned.length;
}

function presentNotFolder(path: string): boolean {
  try {
    return !lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** sha256 of the manifest as it is on disk now, after a write. */
export function manifestDigest(outDir: string): string | undefined {
  const bytes = readExact(join(outDir, MANIFEST_PATH));
  return bytes === undefined ? undefined : sha256(bytes);
}

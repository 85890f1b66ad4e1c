import { lstat, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { OutputPathError, fsStep } from './errors.js';

export interface OutputLocation {
  /** Absolute path of the real folder (a symlinked output folder is followed, not replaced). */
  path: string;
  exists: boolean;
}

/** Where the output folder really is and whether it exists; fails if something else is there. */
export async function locateOutput(outDir: string): Promise<OutputLocation> {
  let path = resolve(outDir);
  const link = await statOrUndefined(path, lstat);
  if (link === undefined) return { path, exists: false };
  if (link.isSymbolicLink()) {
    const target = await statOrUndefined(path, stat);
    if (target === undefined) throw new OutputPathError(outDir, 'is a symbolic link to nothing');
    // Swapping folders renames the path; doing that to the link would replace the link itself.
    path = await fsStep('resolve', path, () => realpath(path));
    if (!target.isDirectory()) throw new OutputPathError(outDir, 'is not a folder');
    return { path, exists: true };
  }
  if (!link.isDirectory()) throw new OutputPathError(outDir, link.isFile() ? 'is a file, not a folder' : 'is not a folder');
  return { path, exists: true };
}

async function statOrUndefined(path: string, how: typeof lstat) {
  try {
    return await how(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new OutputPathError(path, 'lies inside a file');
    return fsStep('inspect', path, () => Promise.reject(error));
  }
}

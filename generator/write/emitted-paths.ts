import type { EmittedFile } from './emitted-file.js';
import { MANIFEST_DIR } from './manifest.js';

/**
 * Rejects file lists no target should produce. Paths are checked before anything touches the
 * disk because a bad one could write outside the output folder, or make the result depend on
 * the file system (two names differing only in case are one file on macOS and Windows).
 * A failure here is a bug in the target, so it is a plain Error.
 */
export function assertValidEmittedFiles(files: readonly EmittedFile[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const problem = pathProblem(file.path);
    if (problem !== undefined) throw new Error(`target emitted an invalid path ${JSON.stringify(file.path)}: ${problem}`);
    if (file.userOwned && file.userEditable) throw new Error(`target emitted ${JSON.stringify(file.path)} as both user-owned and user-editable`);
    const folded = file.path.toLowerCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      const how = earlier === file.path ? 'twice' : `twice (as ${JSON.stringify(earlier)}, differing only in case)`;
      throw new Error(`target emitted ${JSON.stringify(file.path)} ${how}`);
    }
    seen.set(folded, file.path);
  }
  for (const file of files) {
    for (const folder of parentFolders(file.path)) {
      if (seen.has(folder.toLowerCase())) {
        throw new Error(`target emitted ${JSON.stringify(folder)} both as a file and as the folder of ${JSON.stringify(file.path)}`);
      }
    }
  }
}

function pathProblem(path: string): string | undefined {
  if (path === '') return 'empty';
  if (path.includes('\\')) return 'uses a backslash (paths are POSIX-style)';
  if (path.includes('\0')) return 'contains a NUL character';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  const segments = path.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return 'has an empty, "." or ".." segment';
  }
  if (segments[0] === MANIFEST_DIR) return `is inside ${MANIFEST_DIR}/, which sdkwright reserves for itself`;
  return undefined;
}

/** `a/b/c.ts` → `a`, `a/b`. */
export function parentFolders(path: string): string[] {
  const segments = path.split('/');
  const folders: string[] = [];
  for (let i = 1; i < segments.length; i++) folders.push(segments.slice(0, i).join('/'));
  return folders;
}

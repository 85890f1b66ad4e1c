import { isAbsolute, relative, resolve } from 'node:path';

/** `https://…` and similar are handed to the loader as they are, not taken for file names. */
function isUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(value);
}

/** Resolves a path the user wrote against the folder it is relative to. */
export function resolveUserPath(base: string, value: string): string {
  return isUrl(value) ? value : resolve(base, value);
}

/** Short form for messages: relative to the working folder when inside it, else absolute. */
export function displayPath(path: string, cwd: string): string {
  if (isUrl(path) || !isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

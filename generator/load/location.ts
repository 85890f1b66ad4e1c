/**
 * Where an input is: a file path, an `http(s)://` URL, or `-` for standard input. One string
 * names each input everywhere (file cache, provenance, diagnostics), so a relative `$ref` in a
 * fetched document resolves against its URL the way one in a file resolves against its folder.
 */
import path from 'node:path';

/** How the user names standard input as the spec. */
export const STDIN = '-';

export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}

/** The stand-in path of standard input: in the working folder, so relative `$ref`s resolve from there. */
export function stdinLocation(cwd: string): string {
  return path.join(cwd, '<stdin>');
}

/** An input as given on the command line, made absolute. */
export function absoluteLocation(given: string): string {
  return isUrl(given) ? new URL(given).href : path.resolve(given);
}

/** `file` (a `$ref`'s file part) resolved against the input it was written in. */
export function resolveAgainst(referrer: string, file: string): string {
  if (isUrl(file)) return new URL(file).href;
  if (isUrl(referrer)) return new URL(file, referrer).href;
  return path.resolve(path.dirname(referrer), file);
}

/**
 * OpenAPI 3.2 `$self`: the URI a document gives itself, the base its relative `$ref`s resolve
 * against (instead of where the file was read from). A `$ref` written in the entry document is
 * resolved against `$self`; when the result shares `$self`'s origin, it is turned back into a
 * reference relative to `$self`, which the loader follows from the entry file's own place. So
 * `$ref: https://api.example.com/specs/common/pet.yaml` in a document whose `$self` is
 * `https://api.example.com/specs/openapi.yaml` reads `common/pet.yaml` beside the entry file,
 * and a `$ref` to `$self` itself points into the document. Other URLs are left as written.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isUrl } from '../load/location.js';

/** A rewriter of the entry document's `$ref`s, or undefined when `$self` cannot be a base. */
export function selfRebase(self: string, entryLocation: string): ((ref: string) => string) | undefined {
  let base: URL;
  try {
    base = new URL(self, isUrl(entryLocation) ? entryLocation : pathToFileURL(entryLocation));
  } catch {
    return undefined;
  }
  return (ref) => {
    if (ref.startsWith('#')) return ref;
    let target: URL;
    try {
      target = new URL(ref, base);
    } catch {
      return ref;
    }
    // A query names something a file path cannot: such a URL is left to be fetched.
    if (target.origin !== base.origin || target.protocol !== base.protocol || target.search !== '') return ref;
    const fragment = target.hash;
    if (target.pathname === base.pathname) return fragment === '' ? '#' : fragment;
    const relative = path.posix.relative(path.posix.dirname(base.pathname), target.pathname);
    return `${relative}${fragment}`;
  };
}

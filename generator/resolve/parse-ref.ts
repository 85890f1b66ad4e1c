import { isUrl, resolveAgainst } from '../load/location.js';
import { parseFragment } from '../load/pointer.js';

export type RefTarget =
  { ok: true; /** Absolute path of the file the ref points into. */ absPath: string; segments: string[] } | { ok: false; code: 'ref-invalid' | 'ref-unsupported'; problem: string };

/** Splits `other.yaml#/a/b` into the file (relative to the referring file) and the pointer. */
export function parseRef(ref: string, referrerAbsPath: string): RefTarget {
  const hash = ref.indexOf('#');
  const filePart = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  if (/^[a-z][a-z0-9+.-]*:/i.test(filePart) && !/^[a-z]:[\\/]/i.test(filePart) && !isUrl(filePart)) {
    return {
      ok: false,
      code: 'ref-unsupported',
      problem: `expected a relative file path, an http(s):// URL or a '#/' pointer, found the URI '${filePart}'`,
    };
  }
  const pointer = parseFragment(fragment);
  if (!pointer.ok) return { ok: false, code: 'ref-invalid', problem: pointer.problem };
  let file: string;
  try {
    file = decodeURI(filePart);
  } catch {
    return { ok: false, code: 'ref-invalid', problem: `the file part '${filePart}' has a broken %-escape` };
  }
  const absPath = file === '' ? referrerAbsPath : resolveAgainst(referrerAbsPath, file);
  return { ok: true, absPath, segments: pointer.segments };
}

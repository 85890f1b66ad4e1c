/** JSON pointers (RFC 6901) as used in `$ref` fragments and in diagnostics (`#/a/b`). */

export type Segment = string | number;

export function escapeSegment(segment: Segment): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `['paths', '/users', 'get']` → `#/paths/~1users/get`; the empty list is the whole document, `#`. */
export function formatPointer(segments: readonly Segment[]): string {
  let out = '#';
  for (const s of segments) out += '/' + escapeSegment(s);
  return out;
}

export type ParsedPointer = { ok: true; segments: string[] } | { ok: false; problem: string };

/**
 * Parses the fragment of a `$ref` (the part after `#`, still URI-encoded). Only JSON pointers are
 * supported: `$anchor`-style plain names have no meaning in the documents we load.
 */
export function parseFragment(fragment: string): ParsedPointer {
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    return { ok: false, problem: `the fragment '${fragment}' has a broken %-escape` };
  }
  if (decoded === '') return { ok: true, segments: [] };
  if (!decoded.startsWith('/')) {
    return { ok: false, problem: `expected a JSON pointer starting with '/' after '#', found '${decoded}'` };
  }
  const raw = decoded.slice(1).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    if (/~(?![01])/.test(part)) {
      return { ok: false, problem: `'~' must be followed by 0 or 1 in a JSON pointer, found '${part}'` };
    }
    segments.push(part.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return { ok: true, segments };
}

export type PointerTarget = { found: true; value: unknown } | { found: false; /** How many leading segments did resolve. */ depth: number };

/** Follows `segments` from `root` through objects and arrays, without following `$ref`s. */
export function getAtPointer(root: unknown, segments: readonly Segment[]): PointerTarget {
  let current: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (Array.isArray(current)) {
      const index = typeof seg === 'number' ? seg : /^(0|[1-9]\d*)$/.test(seg) ? Number(seg) : -1;
      if (index < 0 || index >= current.length) return { found: false, depth: i };
      current = current[index];
    } else if (current !== null && typeof current === 'object') {
      const key = String(seg);
      if (!Object.prototype.hasOwnProperty.call(current, key)) return { found: false, depth: i };
      current = (current as Record<string, unknown>)[key];
    } else {
      return { found: false, depth: i };
    }
  }
  return { found: true, value: current };
}

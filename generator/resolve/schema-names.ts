import path from 'node:path';

/** Members whose items are unnamed schemas; a name is looked for above them. */
const POSITIONAL = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);

/**
 * Names for schemas hoisted out of other files: the key they had (or the file's base name), made
 * a valid component name, with 2, 3, … appended when the name is already used. A target inside
 * an array (`#/oneOf/0`) is named after what holds it: `<name>_oneOf_0`.
 */
export class SchemaNames {
  private readonly taken: Set<string>;

  constructor(existing: Iterable<string>) {
    this.taken = new Set(existing);
  }

  allocate(absPath: string, segments: readonly string[]): string {
    // Component names must match ^[a-zA-Z0-9._-]+$.
    const base = rawName(absPath, segments).replace(/[^A-Za-z0-9._-]/g, '_') || 'Schema';
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}

function rawName(absPath: string, segments: readonly string[]): string {
  const tail: string[] = [];
  let i = segments.length - 1;
  while (i >= 0 && (/^\d+$/.test(segments[i]) || POSITIONAL.has(segments[i]))) tail.unshift(segments[i--]);
  const anchor = i >= 0 ? segments[i] : path.basename(absPath, path.extname(absPath));
  return [anchor, ...tail].join('_');
}

export function isArrayIndex(segment: string | undefined): boolean {
  return segment !== undefined && /^\d+$/.test(segment);
}

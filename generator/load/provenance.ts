import { formatPointer, type Segment } from './pointer.js';
import type { SourceFile } from './source-file.js';
import type { SourceLocation } from './types.js';

/**
 * Where a value was written: a file and the chain of keys from that file's root. Pointers are
 * only assembled when a location is asked for, because most nodes are never located.
 */
export interface Origin {
  readonly file: SourceFile;
  readonly parent: Origin | undefined;
  readonly key: Segment | undefined;
}

export function rootOrigin(file: SourceFile): Origin {
  return { file, parent: undefined, key: undefined };
}

export function childOrigin(parent: Origin, key: Segment): Origin {
  return { file: parent.file, parent, key };
}

export function originSegments(origin: Origin): Segment[] {
  const segments: Segment[] = [];
  for (let o: Origin | undefined = origin; o && o.key !== undefined; o = o.parent) segments.push(o.key);
  return segments.reverse();
}

export function originLocation(origin: Origin, mode: 'key' | 'value' = 'key'): SourceLocation {
  const segments = originSegments(origin);
  const pos = origin.file.positionOf(segments, mode);
  return {
    file: origin.file.path,
    pointer: formatPointer(segments.slice(0, pos.found)),
    line: pos.line,
    column: pos.column,
  };
}

function isObject(v: unknown): v is object {
  return v !== null && typeof v === 'object';
}

/**
 * Remembers, by object identity, where every object and array of the loaded document came from.
 * Copies made while bundling or applying overlays are registered with the origin of what they copy.
 */
export class Provenance {
  private readonly nodes = new WeakMap<object, Origin>();
  /** Members whose value is a scalar set by an overlay or moved by the 2.0 upgrade. */
  private readonly members = new WeakMap<object, Map<string, Origin>>();

  originOf(node: object): Origin | undefined {
    return this.nodes.get(node);
  }

  setOrigin(node: object, origin: Origin | undefined): void {
    if (origin) this.nodes.set(node, origin);
  }

  /** Copies the origin of `from` to `to` (a copy, or an object built to replace `from`). */
  inherit(to: object, from: object): void {
    const origin = this.nodes.get(from);
    if (origin) this.nodes.set(to, origin);
  }

  setMemberOrigin(node: object, key: Segment, origin: Origin | undefined): void {
    if (!origin) return;
    let map = this.members.get(node);
    if (!map) this.members.set(node, (map = new Map()));
    map.set(String(key), origin);
  }

  /** Origin of `node[key]`: recorded explicitly, else that of the member's own object, else derived. */
  memberOrigin(node: object, key: Segment): Origin | undefined {
    const explicit = this.members.get(node)?.get(String(key));
    if (explicit) return explicit;
    const value = (node as Record<string, unknown>)[key as string];
    if (isObject(value)) {
      const own = this.nodes.get(value);
      if (own) return own;
    }
    const parent = this.nodes.get(node);
    return parent ? childOrigin(parent, key) : undefined;
  }

  /** Moves `from[key]` to `to[key]`, remembering it was written at `from`'s member. */
  moveMember(from: object, key: string, to: Record<string, unknown>, toKey = key): void {
    const origin = this.memberOrigin(from, key);
    to[toKey] = (from as Record<string, unknown>)[key];
    this.setMemberOrigin(to, toKey, origin);
  }

  locate(node: object, key?: string | number): SourceLocation | undefined {
    const origin = key === undefined ? this.nodes.get(node) : this.memberOrigin(node, key);
    return origin ? originLocation(origin) : undefined;
  }

  /** Like `locate(node, key)` but at the start of the member's value rather than its name. */
  locateValue(node: object, key: string | number): SourceLocation | undefined {
    const origin = this.memberOrigin(node, key);
    return origin ? originLocation(origin, 'value') : undefined;
  }

  /**
   * Registers every object and array under `root` as written in `file`. Iterative, so nesting
   * depth cannot overflow the stack; returns the first node found deeper than `maxDepth`.
   */
  registerTree(file: SourceFile, root: unknown, maxDepth: number): { tooDeep?: Origin } {
    if (!isObject(root)) return {};
    const values: object[] = [root];
    const origins: Origin[] = [rootOrigin(file)];
    const depths: number[] = [0];
    while (values.length > 0) {
      const value = values.pop()!;
      const origin = origins.pop()!;
      const depth = depths.pop()!;
      // Shared YAML anchors reach the same object twice; its first place is where it was written.
      if (this.nodes.has(value)) continue;
      this.nodes.set(value, origin);
      if (depth > maxDepth) return { tooDeep: origin };
      // Children are pushed last-first so they are visited in document order: an object shared
      // through a YAML alias is then registered where its anchor is, the first place it occurs.
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          const child = value[i];
          if (isObject(child)) {
            values.push(child);
            origins.push(childOrigin(origin, i));
            depths.push(depth + 1);
          }
        }
      } else {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record);
        for (let k = keys.length - 1; k >= 0; k--) {
          const key = keys[k];
          const child = record[key];
          if (isObject(child)) {
            values.push(child);
            origins.push(childOrigin(origin, key));
            depths.push(depth + 1);
          } else if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) {
            file.hasExternalRefs = true;
          }
        }
      }
    }
    return {};
  }
}

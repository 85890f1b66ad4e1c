import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isOpenApi32 } from '../../load/path-item-operations.js';
import type { LoadedSpec } from '../../load/types.js';
import type { Model } from '../model.js';
import type { NameCandidates } from '../naming/name-candidates.js';

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** State shared by the IR builders of one run. */
export class BuildContext {
  /** Models by id, in creation order. */
  readonly models = new Map<string, Model>();
  /** The names each model may take (ir/naming picks one), kept apart from the IR. */
  readonly nameCandidates: NameCandidates = new Map();
  private readonly refCache = new Map<string, unknown>();

  constructor(
    readonly loaded: LoadedSpec,
    readonly diagnostics: Diagnostics,
  ) {}

  get document(): JsonObject {
    return this.loaded.document;
  }

  /** Whether the 3.2 fields are read (they are ignored, and warned about, in older documents). */
  get isOpenApi32(): boolean {
    return isOpenApi32(this.loaded.sourceVersion);
  }

  /** Resolves a local `#/...` pointer; undefined when it points nowhere (validate reports it). */
  resolvePointer(ref: string): unknown {
    if (this.refCache.has(ref)) return this.refCache.get(ref);
    let node: unknown = this.document;
    if (!ref.startsWith('#')) return undefined;
    const segments = ref.slice(1).split('/').slice(1);
    for (const raw of segments) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (Array.isArray(node)) node = node[Number(key)];
      else if (isObject(node)) node = node[key];
      else return undefined;
    }
    this.refCache.set(ref, node);
    return node;
  }

  /** Follows `$ref` chains (bounded, so alias cycles end) to the object they name. */
  deref<T = JsonObject>(node: unknown): { value: T | undefined; ref?: string } {
    let current = node;
    let lastRef: string | undefined;
    for (let hops = 0; hops < 64 && isObject(current) && typeof current.$ref === 'string'; hops++) {
      lastRef = current.$ref;
      current = this.resolvePointer(current.$ref);
    }
    if (isObject(current) && typeof current.$ref === 'string') return { value: undefined, ref: lastRef };
    return { value: current as T | undefined, ref: lastRef };
  }

  locate(node: object, key?: string | number) {
    return this.loaded.locate(node, key);
  }
}

/** Escapes one JSON pointer segment. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

import type { Document, LineCounter, Node, Pair } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import type { Segment } from './pointer.js';

export interface FoundPosition {
  line: number;
  column: number;
  /** How many of the requested segments exist in the file; fewer means the position is an ancestor's. */
  found: number;
}

/** The loader's positional parse: the one place its options are set. */
export function parseYamlDocument(text: string): { doc: Document; lines: LineCounter } {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, merge: true }), lines };
}

/**
 * Maps JSON pointers of one parsed file to line/column through the yaml Document's node ranges.
 * Member lookups are indexed per mapping on first use, so locating many nodes stays linear.
 */
export class YamlPositions {
  private readonly memberIndex = new WeakMap<object, Map<string, Pair>>();
  /** Loaded by the parse that made `doc`, so this is only a look-up. */
  private readonly yaml = yamlLibrary();

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /**
   * `key` mode answers "where is this member named" (the `name:` of a mapping entry, the `- ` item of
   * a sequence); `value` mode answers "where does its value start".
   */
  find(segments: readonly Segment[], mode: 'key' | 'value'): FoundPosition {
    const { isMap, isScalar, isSeq } = this.yaml;
    let node: unknown = this.doc.contents;
    let keyNode: Node | undefined;
    let found = 0;
    for (const seg of segments) {
      node = this.deref(node);
      let next: unknown;
      let nextKey: Node | undefined;
      if (isMap(node)) {
        const pair = this.member(node, String(seg), 0);
        if (!pair) break;
        next = pair.value;
        nextKey = isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? (pair.key as Node) : undefined;
      } else if (isSeq(node)) {
        const index = typeof seg === 'number' ? seg : Number(seg);
        if (!Number.isInteger(index) || index < 0 || index >= node.items.length) break;
        next = node.items[index];
        nextKey = undefined;
      } else {
        break;
      }
      node = next;
      keyNode = nextKey;
      found++;
    }
    const anchor = mode === 'key' && keyNode ? keyNode : (node as Node | null | undefined);
    const offset = anchor?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { line: Math.max(line, 1), column: Math.max(col, 1), found };
  }

  private deref(node: unknown): unknown {
    // Anchored content is written once; aliases point at it.
    let guard = 0;
    while (this.yaml.isAlias(node) && guard++ < 100) node = node.resolve(this.doc);
    return node;
  }

  private member(map: { items: Pair[] }, key: string, mergeDepth: number): Pair | undefined {
    const { isMap, isScalar, isSeq } = this.yaml;
    let index = this.memberIndex.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        // With merge keys on, `<<` is a Scalar whose value is a symbol; its source is `<<`.
        const k = isScalar(pair.key) ? (typeof pair.key.value === 'symbol' ? (pair.key.source ?? '<<') : String(pair.key.value)) : String(pair.key);
        if (!index.has(k)) index.set(k, pair);
      }
      this.memberIndex.set(map, index);
    }
    const direct = index.get(key);
    if (direct || mergeDepth > 8) return direct;
    // `<<: *base` merge keys: the member was written in the merged mapping.
    const merge = index.get('<<');
    if (!merge) return undefined;
    const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
    for (const source of sources) {
      const target = this.deref(source);
      if (isMap(target)) {
        const pair = this.member(target, key, mergeDepth + 1);
        if (pair) return pair;
      }
    }
    return undefined;
  }
}

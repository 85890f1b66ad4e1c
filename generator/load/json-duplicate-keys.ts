import type { Segment } from './pointer.js';

export interface DuplicateKey {
  key: string;
  /** Offset of the second (ignored-by-nobody, winning) occurrence of the key. */
  offset: number;
  /** Path of the duplicated member from the document root. */
  segments: Segment[];
}

interface Frame {
  /** Keys seen so far; undefined for an array. */
  keys: Set<string> | undefined;
  /** Current member key, or current item index. */
  at: Segment;
}

/**
 * Members written twice in one object of a JSON text that JSON.parse has accepted. JSON.parse
 * keeps the last one silently, so a second `paths` would drop every operation of the first;
 * YAML reports the same mistake as an error, and so must JSON. One linear scan, no parsing.
 */
export function findDuplicateJsonKeys(text: string, limit = 50): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length && found.length < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        top.at = key;
        if (top.keys.has(key)) found.push({ key, offset: i, segments: stack.map((f) => f.at) });
        else top.keys.add(key);
        expectKey = false;
      }
      i = end - 1;
    } else if (c === 0x7b) {
      stack.push({ keys: new Set(), at: '' });
      expectKey = true;
    } else if (c === 0x5b) {
      stack.push({ keys: undefined, at: 0 });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.keys) expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return found;
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return text.length;
}

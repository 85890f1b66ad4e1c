import type { Segment } from './pointer.js';
import type { FoundPosition } from './yaml-positions.js';

interface JsonNode {
  offset: number;
  members?: Map<string, { keyOffset: number; value: JsonNode }>;
  items?: JsonNode[];
}

interface Frame {
  node: JsonNode;
}

/**
 * Positions inside a JSON text that JSON.parse has accepted, from one linear scan done on first
 * use. A positional YAML parse of the same text would take ten times as long, and the later
 * stages locate every operation and model.
 */
export class JsonPositions {
  private root: JsonNode | undefined;
  private lineStarts: number[] | undefined;

  constructor(private readonly text: string) {}

  find(segments: readonly Segment[], mode: 'key' | 'value'): FoundPosition {
    this.root ??= scan(this.text);
    let node = this.root;
    let keyOffset: number | undefined;
    let found = 0;
    for (const seg of segments) {
      if (node.members) {
        const member = node.members.get(String(seg));
        if (!member) break;
        keyOffset = member.keyOffset;
        node = member.value;
      } else if (node.items) {
        const index = typeof seg === 'number' ? seg : Number(seg);
        const item = Number.isInteger(index) ? node.items[index] : undefined;
        if (!item) break;
        keyOffset = undefined;
        node = item;
      } else {
        break;
      }
      found++;
    }
    const offset = mode === 'key' && keyOffset !== undefined ? keyOffset : node.offset;
    return { ...this.lineColumn(offset), found };
  }

  private lineColumn(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
}

type State = 'value' | 'afterValue' | 'objectStart' | 'key' | 'arrayStart';

/** Builds the member/item tree with offsets. Iterative; the text is known to be valid JSON. */
function scan(text: string): JsonNode {
  let i = skipSpace(text, 0);
  const root: JsonNode = { offset: i };
  const frames: Frame[] = [];
  let current = root;
  let state: State = 'value';
  while (i <= text.length) {
    if (state === 'value') {
      current.offset = i;
      const c = text[i];
      if (c === '{') {
        current.members = new Map();
        frames.push({ node: current });
        i++;
        state = 'objectStart';
      } else if (c === '[') {
        current.items = [];
        frames.push({ node: current });
        i++;
        state = 'arrayStart';
      } else {
        i = c === '"' ? stringEnd(text, i) : scalarEnd(text, i);
        state = 'afterValue';
      }
      continue;
    }
    i = skipSpace(text, i);
    const c = text[i];
    const top = frames[frames.length - 1];
    if (state === 'objectStart' || state === 'arrayStart') {
      if (c === '}' || c === ']') {
        frames.pop();
        i++;
        state = 'afterValue';
      } else if (state === 'objectStart') {
        state = 'key';
      } else {
        current = { offset: i };
        top.node.items!.push(current);
        state = 'value';
      }
      continue;
    }
    if (state === 'key') {
      if (c !== '"') break;
      const keyOffset = i;
      const end = stringEnd(text, i);
      const raw = text.slice(i + 1, end - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
      i = skipSpace(text, end) + 1; // past ':'
      i = skipSpace(text, i);
      current = { offset: i };
      top.node.members!.set(key, { keyOffset, value: current });
      state = 'value';
      continue;
    }
    // afterValue
    if (!top) break;
    if (c === ',') {
      i = skipSpace(text, i + 1);
      if (top.node.members) {
        state = 'key';
      } else {
        current = { offset: i };
        top.node.items!.push(current);
        state = 'value';
      }
    } else if (c === '}' || c === ']') {
      frames.pop();
      i++;
    } else {
      break;
    }
  }
  return root;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return text.length;
}

function scalarEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === ',' || c === '}' || c === ']' || c === ' ' || c === '\n' || c === '\r' || c === '\t') break;
    i++;
  }
  return Math.max(i, start + 1);
}

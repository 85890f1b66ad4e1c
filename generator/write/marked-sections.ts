/**
 * Files a user may edit (the package README, USAGE.md) are made of generated sections, each
 * between a start and an end marker:
 *
 *   <!-- Start Installation [installation] -->
 *   …generated text…
 *   <!-- End Installation [installation] -->
 *
 * Regeneration replaces what is between markers and keeps everything else, so a user's own
 * paragraphs survive. Sections are matched by the id in brackets; the title may change.
 *
 * Rules of `mergeMarkedSections(previous, generated)`:
 * - A section of the previous file that the generator still produces is replaced in place.
 * - Text outside markers in the previous file is kept where it is, byte for byte.
 * - A section the generator no longer produces is dropped (its markers say it was ours).
 * - A generated section the previous file lacks — new, or deleted by the user together with its
 *   markers — is inserted after the closest section that precedes it in the generated file (or
 *   before the closest one that follows it). Deleting markers therefore does not remove a section
 *   for good: a section cannot be told apart from a new one, and the generator restores it.
 * - A previous file without any well-formed section is not ours to merge: the generated text
 *   replaces it (the write stage reports that like any replaced file).
 * - Markers that do not pair up (a start without its end, an end without a start, a second
 *   section with the same id) are not sections: they are kept as the user's text.
 *
 * Pure: the same two texts always give the same result, and merging the result again with the
 * same generated text changes nothing.
 */

export interface MarkedSection {
  kind: 'section';
  id: string;
  /** From the first character of the start marker to the last of the end marker. */
  text: string;
}

export interface PlainText {
  kind: 'text';
  text: string;
}

export type Block = MarkedSection | PlainText;

const START = /^<!-- Start (.+?) \[([A-Za-z0-9_.-]+)\] -->\r?$/;
const END = /^<!-- End (.+?) \[([A-Za-z0-9_.-]+)\] -->\r?$/;

/** `<!-- Start Title [id] -->` and its end marker, around `body` (which has no trailing newline). */
export function markedSection(title: string, id: string, body: string): string {
  return `<!-- Start ${title} [${id}] -->\n${body}\n<!-- End ${title} [${id}] -->`;
}

/** Splits a file into sections and the text between them; joining the blocks gives the text back. */
export function parseMarkedSections(text: string): Block[] {
  const lines = splitLinesKeepingEnds(text);
  const blocks: Block[] = [];
  const seen = new Set<string>();
  let plain = '';
  for (let i = 0; i < lines.length; i++) {
    const start = START.exec(stripEnd(lines[i]));
    const end = start ? findEnd(lines, i + 1, start[2]) : -1;
    if (!start || end < 0 || seen.has(start[2])) {
      plain += lines[i];
      continue;
    }
    if (plain !== '') blocks.push({ kind: 'text', text: plain });
    plain = '';
    const sectionLines = lines.slice(i, end + 1);
    const last = sectionLines.length - 1;
    // The end marker's own line ending belongs to the text after the section.
    const ending = /\r?\n$/.exec(sectionLines[last])?.[0] ?? '';
    sectionLines[last] = sectionLines[last].slice(0, sectionLines[last].length - ending.length);
    blocks.push({ kind: 'section', id: start[2], text: sectionLines.join('') });
    seen.add(start[2]);
    plain = ending;
    i = end;
  }
  if (plain !== '') blocks.push({ kind: 'text', text: plain });
  return blocks;
}

/** Whether a merge would keep anything of this text (it has at least one well-formed section). */
export function hasMarkedSections(text: string): boolean {
  return parseMarkedSections(text).some((b) => b.kind === 'section');
}

/** See the rules at the top of this file. */
export function mergeMarkedSections(previous: string, generated: string): string {
  const old = parseMarkedSections(previous);
  if (!old.some((b) => b.kind === 'section')) return generated;
  const fresh = parseMarkedSections(generated).filter((b): b is MarkedSection => b.kind === 'section');
  const freshById = new Map(fresh.map((s) => [s.id, s]));
  // Previous blocks with our sections refreshed and the ones we no longer produce removed.
  const kept: Block[] = [];
  for (const block of old) {
    if (block.kind === 'text') kept.push(block);
    else if (freshById.has(block.id)) kept.push(freshById.get(block.id)!);
    // A dropped section takes the blank lines that separated it from the section before it.
    else if (kept.length >= 2 && kept[kept.length - 1].kind === 'text' && /^\s*$/.test(kept[kept.length - 1].text) && kept[kept.length - 2].kind === 'section') kept.pop();
  }
  const present = new Set(kept.flatMap((b) => (b.kind === 'section' ? [b.id] : [])));
  fresh.forEach((section, index) => {
    if (present.has(section.id)) return;
    insertSection(kept, section, fresh, index, present);
    present.add(section.id);
  });
  return joinBlocks(kept);
}

/** Places a missing section next to its closest neighbour (in generated order) that is present. */
function insertSection(blocks: Block[], section: MarkedSection, fresh: MarkedSection[], index: number, present: Set<string>): void {
  const separator: PlainText = { kind: 'text', text: '\n\n' };
  for (let k = index - 1; k >= 0; k--) {
    if (!present.has(fresh[k].id)) continue;
    const at = blocks.findIndex((b) => b.kind === 'section' && b.id === fresh[k].id);
    blocks.splice(at + 1, 0, separator, section);
    return;
  }
  for (let k = index + 1; k < fresh.length; k++) {
    if (!present.has(fresh[k].id)) continue;
    const at = blocks.findIndex((b) => b.kind === 'section' && b.id === fresh[k].id);
    blocks.splice(at, 0, section, separator);
    return;
  }
  // None of our sections is left: the new ones go after the user's text.
  const text = joinBlocks(blocks);
  const gap = text === '' ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  blocks.splice(0, blocks.length, { kind: 'text', text: text + gap }, section, { kind: 'text', text: '\n' });
}

function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('');
}

/** Index of the first end marker with this id before any other start marker, or -1. */
function findEnd(lines: string[], from: number, id: string): number {
  for (let j = from; j < lines.length; j++) {
    const line = stripEnd(lines[j]);
    if (START.test(line)) return -1;
    const end = END.exec(line);
    if (end) return end[2] === id ? j : -1;
  }
  return -1;
}

function splitLinesKeepingEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function stripEnd(line: string): string {
  return line.replace(/\n$/, '');
}

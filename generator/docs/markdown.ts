/**
 * Markdown building blocks with the exact spacing of the reference docs.
 *
 * Tables follow one rule everywhere: every column is as wide as the longest cell of the whole
 * table (header included), measured in code points on the text *before* escaping. Cells whose
 * escaped form is longer than that width overflow without padding; the reference generator
 * measures first and escapes afterwards, and reproducing that order is what makes the output
 * byte-identical.
 */

/** Length in Unicode code points: a U+200B counts 1, an emoji counts 1. */
export function codePointLength(text: string): number {
  // Only a surrogate pair counts differently from its UTF-16 length; most cells have none, and
  // the string iterator was the costliest part of rendering tables.
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Escapes a cell for a table row. Only three things are escaped; everything else (`_`, `<`,
 * backticks, links) is markdown the author wrote on purpose.
 */
export function escapeCell(text: string): string {
  // Most cells contain none of the escaped characters: skip the four replacements.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/\r\n/g, '\n')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, '<br/>')
    .replace(/\*\/\*/g, '\\*/\\*');
}

/** What `escapeCell` changes: a line break, a pipe or `*\/*`. */
const NEEDS_ESCAPE = /[\n|]|\*\/\*/;

/** A table as the lines between the blank lines around it (no trailing newline). */
export function renderTable(header: string[], rows: string[][]): string {
  let width = 0;
  for (const cells of [header, ...rows]) {
    for (const cell of cells) width = Math.max(width, codePointLength(cell.includes('\r') ? cell.replace(/\r\n/g, '\n') : cell));
  }
  const line = (cells: string[]): string => '| ' + cells.map((cell) => pad(escapeCell(cell), width)).join(' | ') + ' |';
  const separator = '| ' + header.map(() => '-'.repeat(width)).join(' | ') + ' |';
  return [line(header), separator, ...rows.map(line)].join('\n');
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - codePointLength(text)));
}

export function heading(level: number, text: string): string {
  return '#'.repeat(level) + ' ' + text;
}

export function codeBlock(language: string, body: string): string {
  return '```' + language + '\n' + body + '\n```';
}

export function strikethrough(text: string): string {
  return '~~' + text + '~~';
}

export function italic(text: string): string {
  return '*' + text + '*';
}

export function link(text: string, target: string): string {
  return '[' + text + '](' + target + ')';
}

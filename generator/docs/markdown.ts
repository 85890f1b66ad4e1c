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
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Escapes a cell for a table row. Only three things are escaped; everything else (`_`, `<`,
 * backticks, links) is markdown the author wrote on purpose.
 */
export function escapeCell(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\|/g, '\\|').replace(/\n/g, '<br/>').replace(/\*\/\*/g, '\\*/\\*');
}

/** A table as the lines between the blank lines around it (no trailing newline). */
export function renderTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const width = Math.max(0, ...all.flat().map((cell) => codePointLength(cell.replace(/\r\n/g, '\n'))));
  const line = (cells: string[]): string =>
    '| ' + cells.map((cell) => pad(escapeCell(cell), width)).join(' | ') + ' |';
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

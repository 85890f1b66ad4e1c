/**
 * Finds where `[`/`{` flow nesting first goes deeper than `limit`, without parsing. The scan is
 * approximate in block context (a bracket only counts where a flow collection can start), which
 * is enough to keep absurd nesting away from the parser.
 */
export function findExcessiveFlowNesting(text: string, limit: number): number | undefined {
  let depth = 0;
  let lineStart = true;
  let prev = ''; // last non-blank character on the line, in block context
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      prev = '';
      continue;
    }
    if (depth > 0) {
      if (c === '"' || c === "'") {
        i = skipQuoted(text, i, c);
      } else if (c === '[' || c === '{') {
        if (++depth > limit) return i;
      } else if (c === ']' || c === '}') {
        depth--;
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '#' && (lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if ((c === '[' || c === '{') && (lineStart || prev === ':' || prev === '-' || prev === '?' || prev === ',')) {
      depth = 1;
      if (depth > limit) return i;
    }
    lineStart = false;
    prev = c;
  }
  return undefined;
}

function skipQuoted(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') {
      i++;
    } else if (c === quote) {
      // '' is an escaped quote inside a single-quoted YAML scalar.
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}

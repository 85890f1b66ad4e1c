// Markdown tables; cells are escaped so a tool's error message cannot break a row.
export function table(headers, rows, align) {
  const cell = (c) =>
    String(c ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ');
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = headers.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

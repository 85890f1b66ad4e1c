import type { Diagnostic } from './diagnostic.js';

/** `file:line:col #/pointer: error[code]: message` — the shape editors and CI logs can link. */
export function formatDiagnostic(d: Diagnostic): string {
  let where = d.file ?? '<input>';
  if (d.line !== undefined) where += `:${d.line}:${d.column ?? 1}`;
  const pointer = d.pointer !== undefined ? ` ${d.pointer}` : '';
  return `${where}${pointer}: ${d.severity}[${d.code}]: ${d.message}`;
}

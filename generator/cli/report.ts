import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import type { CheckResult } from '../write/check-output.js';
import { displayPath } from './paths.js';

type Line = (text: string) => void;

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Diagnostics go to stderr, warnings included, so stdout carries only the result. */
export function printDiagnostics(items: readonly Diagnostic[], cwd: string, line: Line): void {
  for (const d of items) {
    const shown = d.file !== undefined ? { ...d, file: displayPath(d.file, cwd) } : d;
    line(formatDiagnostic(shown));
  }
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

/** One line per file a write would touch, grouped by what would happen to it. */
export function printDrift(check: CheckResult, line: Line): void {
  for (const path of check.added) line(`would add:    ${path}`);
  for (const path of check.changed) line(`would change: ${path}`);
  for (const path of check.removed) line(`would remove: ${path}`);
}

export function driftCount(check: CheckResult): number {
  return check.added.length + check.changed.length + check.removed.length;
}

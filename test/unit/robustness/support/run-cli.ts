/** Runs the CLI in-process (generator/cli/main.ts) and parses what it printed. */
import { main } from '../../../../generator/cli/main.js';
import type { PipelineStages } from '../../../../generator/pipeline.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `cacheDir` turns the run cache on, as bin/sdkwright.js does; without it every run is full. */
export async function runCli(argv: string[], cwd: string, stages?: PipelineStages, cacheDir?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    ...(stages ? { stages } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
  });
  return { code, stdout, stderr };
}

export interface PrintedDiagnostic {
  severity: string;
  code: string;
  /** `file`, or `file:line:col`. */
  where: string;
  pointer?: string;
  message: string;
}

/**
 * The diagnostics lines of stderr (`file:line:col #/pointer: severity[code]: message`). The
 * separator `: severity[code]: ` is searched for, not a pattern for the whole line, because
 * pointers and file names may contain spaces and colons.
 */
export function printedDiagnostics(stderr: string): PrintedDiagnostic[] {
  const found: PrintedDiagnostic[] = [];
  for (const line of stderr.split('\n')) {
    const m = /: (error|warning)\[([a-z0-9-]+)\]: /.exec(line);
    if (!m) continue;
    const location = line.slice(0, m.index);
    const hash = location.indexOf(' #');
    found.push({
      severity: m[1],
      code: m[2],
      where: hash === -1 ? location : location.slice(0, hash),
      pointer: hash === -1 ? undefined : location.slice(hash + 1),
      message: line.slice(m.index + m[0].length),
    });
  }
  return found;
}

/** `severity code where [pointer]`: one comparable string per diagnostic. */
export function summarizePrinted(items: PrintedDiagnostic[]): string[] {
  return items.map((d) => [d.severity, d.code, d.where, ...(d.pointer !== undefined ? [d.pointer] : [])].join(' '));
}

/** A stack frame line (`    at fn (file:1:2)`): bad input must never print one. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

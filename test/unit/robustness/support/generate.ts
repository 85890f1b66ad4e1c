/** Generates an SDK through the real CLI, in-process, into a fresh temporary folder. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printedDiagnostics, runCli, type CliRun, type PrintedDiagnostic } from './run-cli.js';

export interface Generation {
  run: CliRun;
  /** The output folder (inside `root`). */
  out: string;
  root: string;
  errors: PrintedDiagnostic[];
  ms: number;
  remove(): void;
}

export interface GenerateRequest {
  /** Spec path, absolute or relative to `cwd`. */
  spec: string;
  cwd: string;
  target?: 'typescript' | 'csharp';
  packageName?: string;
  sdkClassName?: string;
}

export async function generate(request: GenerateRequest): Promise<Generation> {
  const root = mkdtempSync(path.join(tmpdir(), 'sdkwright-robust-'));
  const out = path.join(root, 'sdk');
  const argv = ['generate', request.spec, '--target', request.target ?? 'typescript', '--out', out];
  if (request.packageName) argv.push('--package-name', request.packageName);
  if (request.sdkClassName) argv.push('--sdk-class-name', request.sdkClassName);
  const started = performance.now();
  const run = await runCli(argv, request.cwd);
  const ms = performance.now() - started;
  const errors = printedDiagnostics(run.stderr).filter((d) => d.severity === 'error');
  return { run, out, root, errors, ms, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** What went wrong in a run, in one line, for a failure message or a known-failure check. */
export function failureSummary(g: Generation): string | undefined {
  if (g.run.code === 0) return undefined;
  const first = g.run.stderr.split('\n').find((l) => l.trim() !== '') ?? '';
  return `exit ${g.run.code}: ${first}`;
}

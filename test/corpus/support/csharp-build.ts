/**
 * Builds many generated C# projects with one `dotnet restore` + `dotnet build` per batch (one
 * .slnx solution each), and tells, per output folder, whether its projects built: an error line
 * of MSBuild names the file or the project it is in, so it is given to the folder that path is
 * in. A batch that cannot be restored fails every folder in it, with the restore's errors.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { diagnosticLines, frameworkOverride, restoreSources, runDotnet, writeSolution } from '../../unit/targets/csharp/support/dotnet.js';

export interface CsharpBuildOutcome {
  ok: boolean;
  /** The first error lines (with the folder prefix taken off), or why it did not build. */
  errors: string[];
  errorCount: number;
}

export interface BatchResult {
  outcomes: Map<string, CsharpBuildOutcome>;
  ms: number;
}

export function findProjects(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.csproj'))
    .map((p) => path.join(dir, p));
}

/** `folders` are generated C# outputs; `work` is a scratch folder for the solution. */
export async function buildFolders(folders: readonly string[], work: string, timeoutMs: number): Promise<BatchResult> {
  const outcomes = new Map<string, CsharpBuildOutcome>();
  const projects = folders.flatMap((f) => findProjects(f));
  for (const f of folders) if (findProjects(f).length === 0) outcomes.set(f, { ok: false, errors: ['no .csproj was generated'], errorCount: 1 });
  if (projects.length === 0) return { outcomes, ms: 0 };
  const solution = path.join(work, 'corpus.slnx');
  writeSolution(solution, projects);
  const common = ['-nologo', '-tl:off', ...frameworkOverride()];
  const restore = await runDotnet(['restore', solution, ...restoreSources(), '--disable-build-servers', ...common], work, timeoutMs);
  let output = restore.output;
  let code = restore.code;
  let ms = restore.ms;
  if (restore.code === 0) {
    const build = await runDotnet(['build', solution, '--no-restore', '--disable-build-servers', '-v:q', '-clp:NoSummary', ...common], work, timeoutMs);
    output = build.output;
    code = build.code;
    ms += build.ms;
  }
  const errors = diagnosticLines(output, 'error');
  for (const folder of folders) {
    if (outcomes.has(folder)) continue;
    const prefix = folder + path.sep;
    const own = errors.filter((line) => line.includes(prefix));
    if (restore.code !== 0) {
      outcomes.set(folder, { ok: false, errors: [`dotnet restore failed (exit ${restore.code})`, ...errors.slice(0, 5)], errorCount: Math.max(1, errors.length) });
    } else if (own.length > 0) {
      outcomes.set(folder, { ok: false, errors: own.slice(0, 10).map((l) => l.split(prefix).join('')), errorCount: own.length });
    } else if (code !== 0 && errors.length === 0) {
      // The build failed without an error line that says where (killed after the time limit, say).
      outcomes.set(folder, { ok: false, errors: [`dotnet build failed (exit ${code}) without error lines: ${output.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`], errorCount: 1 });
    } else {
      outcomes.set(folder, { ok: true, errors: [], errorCount: 0 });
    }
  }
  return { outcomes, ms };
}

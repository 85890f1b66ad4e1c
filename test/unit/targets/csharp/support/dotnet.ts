/**
 * Running the .NET SDK from tests: whether it is there, writing generated projects to disk,
 * one restore + build for many projects, and the counts of its errors and warnings. Restores
 * use only the machine's offline package folder; when the .NET 8 reference pack is not there
 * either, projects are built for the SDK's own framework instead (and the test says so).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EmittedFile } from '../../../../../generator/write/emitted-file.js';

export const OFFLINE_PACKAGES = '/opt/nuget/packages';

export const DOTNET_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
  DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
  MSBUILDDISABLENODEREUSE: '1',
  NUGET_XMLDOC_MODE: 'skip',
};

let version: string | null | undefined;

/** The SDK version, or null when `dotnet` is not on PATH. */
export function dotnetVersion(): string | null {
  if (version !== undefined) return version;
  const result = spawnSync('dotnet', ['--version'], { encoding: 'utf8', env: DOTNET_ENV });
  version = result.status === 0 ? result.stdout.trim() : null;
  return version;
}

/** Why the dotnet tests cannot run here, or undefined when they can. */
export function dotnetSkipReason(): string | undefined {
  return dotnetVersion() === null ? '`dotnet` is not on PATH' : undefined;
}

/**
 * `-p:TargetFramework=…` override when net8.0 cannot be restored offline, else nothing. The
 * reference pack comes with the SDK's packs or a previous restore into the package cache.
 */
let overrideReported = false;

export function frameworkOverride(): string[] {
  const cache = process.env.NUGET_PACKAGES ?? join(homedir(), '.nuget', 'packages');
  const packs = [join(cache, 'microsoft.netcore.app.ref'), '/usr/share/dotnet/packs/Microsoft.NETCore.App.Ref', '/usr/lib/dotnet/packs/Microsoft.NETCore.App.Ref'];
  const has8 = packs.some((dir) => existsSync(dir) && readdirSync(dir).some((v) => v.startsWith('8.')));
  if (has8) return [];
  const major = (dotnetVersion() ?? '8').split('.')[0];
  if (!overrideReported) console.log(`dotnet: the net8.0 reference pack is not available offline; building for net${major}.0 instead`);
  overrideReported = true;
  return [`-p:TargetFramework=net${major}.0`];
}

export function restoreSources(): string[] {
  return existsSync(OFFLINE_PACKAGES) ? ['--source', OFFLINE_PACKAGES] : [];
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `sdkwright-cs-${prefix}-`));
}

/**
 * Writes generated files under `dir`. When net8.0 cannot be built here, the project files are
 * retargeted too: a global `-p:TargetFramework` does not reach a project built through a
 * ProjectReference (MSBuild drops that property there), so it would build for net8.0 anyway.
 */
export function writeTree(dir: string, files: readonly EmittedFile[]): void {
  const framework = frameworkOverride()[0]?.replace('-p:TargetFramework=', '');
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    const contents = framework && file.path.endsWith('.csproj') ? file.contents.replace('<TargetFramework>net8.0</TargetFramework>', `<TargetFramework>${framework}</TargetFramework>`) : file.contents;
    writeFileSync(join(dir, file.path), contents);
  }
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A .slnx solution over the given project files, so that one build covers them all. Each
 * project sits in a solution folder of its own: two of them may share a project name.
 */
export function writeSolution(path: string, projects: readonly string[]): void {
  const lines = ['<Solution>', ...projects.map((p, i) => `  <Folder Name="/p${i}/">\n    <Project Path="${p}" />\n  </Folder>`), '</Solution>', ''];
  writeFileSync(path, lines.join('\n'));
}

export interface DotnetRun {
  code: number;
  output: string;
  ms: number;
}

export function runDotnet(args: string[], cwd: string, timeoutMs = 300_000, env: NodeJS.ProcessEnv = DOTNET_ENV): Promise<DotnetRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('dotnet', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output, ms: Date.now() - started });
    });
  });
}

export interface BuildResult extends DotnetRun {
  errors: string[];
  warnings: string[];
}

/** Restore (offline) then build `target` without build servers, warnings as errors off so all are counted. */
export async function restoreAndBuild(target: string, cwd: string, extra: string[] = []): Promise<BuildResult> {
  const common = ['-nologo', '-tl:off', ...frameworkOverride(), ...extra];
  const restore = await runDotnet(['restore', target, ...restoreSources(), '--disable-build-servers', ...common], cwd);
  if (restore.code !== 0) return { ...restore, errors: diagnosticLines(restore.output, 'error'), warnings: diagnosticLines(restore.output, 'warning') };
  const build = await runDotnet(['build', target, '--no-restore', '--disable-build-servers', '-v:q', '-clp:NoSummary', ...common], cwd);
  return { ...build, ms: build.ms + restore.ms, errors: diagnosticLines(build.output, 'error'), warnings: diagnosticLines(build.output, 'warning') };
}

/** Distinct `… error CS1234: …` (or warning) lines of MSBuild output. */
export function diagnosticLines(output: string, kind: 'error' | 'warning'): string[] {
  const pattern = new RegExp(`:\\s*${kind}\\s+[A-Z]+\\d+\\s*:`);
  return [
    ...new Set(
      output
        .split(/\r?\n/)
        .filter((line) => pattern.test(line))
        .map((l) => l.trim()),
    ),
  ];
}

import { performance } from 'node:perf_hooks';
import { createRunCache } from '../cache/run-cache.js';
import { runPipeline } from '../pipeline.js';
import { OutputPathError } from '../write/errors.js';
import { locateOutput } from '../write/output-location.js';
import type { CliContext } from './cli-context.js';
import { findConfigFile, readConfigFile, type ConfigFile } from './config-file.js';
import { genYamlCandidates, readGenYaml } from './speakeasy-gen-yaml.js';
import { ExitCode } from './exit-codes.js';
import { mergeGenerateOptions, type GenerateFlags } from './generate-options.js';
import { displayPath, resolveUserPath } from './paths.js';
import { progressReporter } from './progress.js';
import { driftCount, plural, printDiagnostics, printDrift, seconds } from './report.js';
import { UsageError } from './usage-error.js';

/** `sdkwright generate`: settings → pipeline → report. Usage problems are thrown as UsageError. */
export async function runGenerate(flags: GenerateFlags, context: CliContext): Promise<ExitCode> {
  const started = performance.now();
  const out = (text: string) => context.stdout(`${text}\n`);
  const err = (text: string) => context.stderr(`${text}\n`);

  const config = await loadConfig(flags.config, context.cwd);
  // Coming from the reference generator: its gen.yaml stands in for a config, and the run says so.
  const genYaml = config === undefined ? await readGenYaml(genYamlCandidates(flags.spec, context.cwd), flags.target, err) : undefined;
  if (genYaml !== undefined && flags.quiet !== true) {
    const shown = displayPath(genYaml.path, context.cwd);
    if (genYaml.used.length > 0) err(`no sdkwright config: using ${shown} (${genYaml.used.join(', ')}); flags still win`);
    for (const item of genYaml.ignored) err(`note: ${shown}: ${item} is not used by sdkwright`);
  }
  const merged = mergeGenerateOptions(flags, config?.settings ?? genYaml?.settings, context.cwd);
  const options = merged.spec === '-' ? { ...merged, stdin: { bytes: await context.readStdin(), cwd: context.cwd } } : merged;
  const shownOut = displayPath(options.out, context.cwd);
  // Checked before loading the spec: no reason to make the user wait for this.
  await locateOutput(options.out).catch((error: unknown) => {
    if (error instanceof OutputPathError) throw new UsageError(`--out ${shownOut} ${error.reason}`);
    // Anything else (say, no permission to look) is reported by the writer, as a failed write.
  });
  if (options.verbose && config !== undefined) err(`config: ${displayPath(config.path, context.cwd)}`);

  const cache = context.cacheDir !== undefined ? createRunCache(context.cacheDir) : undefined;
  const progress = progressReporter(context.progress, { verbose: options.verbose, quiet: flags.quiet === true }, err);
  let result;
  try {
    result = await runPipeline(options, context.stages, cache, progress);
  } finally {
    progress.finish();
  }
  printDiagnostics(result.diagnostics.items, context.cwd, err);

  const { errors, warnings } = result.diagnostics;
  if (errors.length > 0 || result.stoppedAfter !== undefined) {
    err(`failed: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}; ${shownOut} was not changed`);
    // A folder that is not ours is a wrong --out (or a missing --force), not a bad spec.
    return errors.some((d) => d.code === 'output-not-ours') ? ExitCode.usage : ExitCode.failed;
  }
  if (result.upToDate !== undefined) {
    out(`up to date: ${plural(result.upToDate.fileCount, 'file')} in ${shownOut}, input unchanged since the last run (--force regenerates)`);
    return ExitCode.ok;
  }
  if (result.check !== undefined) {
    if (result.check.upToDate) {
      out(`up to date: ${plural(result.check.fileCount, 'file')}`);
      return ExitCode.ok;
    }
    printDrift(result.check, out);
    out(`out of date: ${plural(driftCount(result.check), 'file')} in ${shownOut} would change`);
    return ExitCode.failed;
  }
  const written = result.written?.written.length ?? 0;
  out(`wrote ${plural(written, 'file')} to ${shownOut} in ${seconds(performance.now() - started)} s`);
  return ExitCode.ok;
}

async function loadConfig(explicit: string | undefined, cwd: string): Promise<ConfigFile | undefined> {
  if (explicit !== undefined) return readConfigFile(resolveUserPath(cwd, explicit), explicit);
  const found = await findConfigFile(cwd);
  return found !== undefined ? readConfigFile(found, displayPath(found, cwd)) : undefined;
}

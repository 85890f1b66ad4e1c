import { CommanderError } from 'commander';
import { TargetUnavailableError } from '../targets/registry.js';
import { processContext, type CliContext } from './cli-context.js';
import { ExitCode } from './exit-codes.js';
import { buildProgram } from './program.js';
import { runGenerate } from './run-generate.js';
import { UsageError } from './usage-error.js';
import { packageVersion } from './version.js';

/**
 * Runs the CLI and returns the exit code; never exits the process and never throws, so it can
 * run in-process in tests. `context` replaces parts of the outside world (cwd, output, stages).
 */
export async function main(argv: string[], context: Partial<CliContext> = {}): Promise<number> {
  const ctx: CliContext = { ...processContext(), ...context };
  let exitCode: number = ExitCode.ok;
  try {
    const program = buildProgram(packageVersion(), ctx, async (flags) => {
      exitCode = await runGenerate(flags, ctx);
    });
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFailure(error, ctx, argv.includes('--verbose'));
  }
}

function reportFailure(error: unknown, ctx: CliContext, verbose: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has printed the message or the help already; its exit code is 0 when that was
    // what the user asked for (--help, --version, `help`), 1 for every usage mistake.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UsageError) {
    for (const line of error.message.split('\n')) ctx.stderr(`error: ${line}\n`);
    ctx.stderr('(run "sdkwright generate --help" for usage)\n');
    return ExitCode.usage;
  }
  if (error instanceof TargetUnavailableError) {
    ctx.stderr(`error: ${error.message}\n`);
    return ExitCode.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr(`sdkwright: internal error: ${message.split('\n')[0]} (this is a bug in sdkwright; please report it)\n`);
  // The stack helps a bug report; it is shown only on request so bad input never prints one.
  if (verbose && error instanceof Error && error.stack !== undefined) ctx.stderr(`${error.stack}\n`);
  return ExitCode.internal;
}

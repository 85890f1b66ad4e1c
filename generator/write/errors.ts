/** The output location is not usable as a folder (it exists and is a file, a socket, ...). */
export class OutputPathError extends Error {
  constructor(
    readonly outDir: string,
    /** E.g. `is a file, not a folder`. */
    readonly reason: string,
  ) {
    super(`output path ${outDir} ${reason}`);
    this.name = 'OutputPathError';
  }
}

/**
 * Reading or writing the output failed for a reason of the environment (permissions, disk full,
 * a name the file system refuses). Kept apart from plain errors so the CLI reports it as a failed
 * run, not as a bug in sdkwright.
 */
export class OutputWriteError extends Error {
  constructor(
    readonly path: string,
    readonly action: string,
    override readonly cause: unknown,
  ) {
    super(`cannot ${action} ${path}: ${describeFsError(cause)}`);
    this.name = 'OutputWriteError';
  }
}

function describeFsError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Node's messages repeat the path; the code plus the first clause reads better in one line.
    const reason = error.message.split(',')[0] ?? error.message;
    return code !== undefined && !reason.startsWith(code) ? `${code}: ${reason}` : reason;
  }
  return String(error);
}

/** Runs one file-system step, turning its failure into an OutputWriteError naming the path. */
export async function fsStep<T>(action: string, path: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof OutputWriteError) throw error;
    throw new OutputWriteError(path, action, error);
  }
}

/**
 * Writing would replace files sdkwright did not write in an earlier run (or, on a first run, the
 * folder already holds things of the user's), and the run was not told to (`--force`).
 */
export class OutputNotOursError extends Error {
  constructor(
    readonly outDir: string,
    /** What would be replaced; on a first run with nothing in the way, what the folder holds. */
    readonly paths: string[],
    readonly firstRun: boolean,
    /** Whether `paths` would be replaced (else they are only what the folder holds). */
    readonly replacing: boolean,
  ) {
    const shown = paths.slice(0, 10).join(', ') + (paths.length > 10 ? `, and ${paths.length - 10} more` : '');
    const found = replacing ? `writing would replace files sdkwright did not write: ${shown}` : `it holds: ${shown}`;
    const what = firstRun ? `${outDir} is not an earlier output of sdkwright (not empty, and no sdkwright manifest); ${found}` : `in ${outDir}, ${found}`;
    super(`${what}; nothing was written. To fix: choose an empty or new folder for --out, move those files away, or pass --force to write anyway (files in the way are replaced, others are kept)`);
    this.name = 'OutputNotOursError';
  }
}

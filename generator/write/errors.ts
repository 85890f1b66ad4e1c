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

/** What the process exit status means; scripts and CI rely on these staying put. */
export const ExitCode = {
  ok: 0,
  /** The spec has errors, writing failed, or `--check` found the output out of date. */
  failed: 1,
  /** The command line or config file is wrong. */
  usage: 2,
  /** A bug in sdkwright (EX_SOFTWARE from sysexits.h). */
  internal: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

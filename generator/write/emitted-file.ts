/** One file produced by a target or the docs renderer, relative to the output folder. */
export interface EmittedFile {
  /** POSIX-style path relative to the output folder. */
  path: string;
  contents: string;
}

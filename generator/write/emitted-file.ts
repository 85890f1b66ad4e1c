/** One file produced by a target or the docs renderer, relative to the output folder. */
export interface EmittedFile {
  /** POSIX-style path relative to the output folder. */
  path: string;
  contents: string;
  /**
   * The user may add text to this file outside its generated sections (marked-sections.ts): the
   * write stage merges the file on disk with `contents` instead of replacing it.
   */
  userEditable?: true;
  /**
   * Written only when absent from the output folder; once there, the file is the user's and is
   * never rewritten, listed in the manifest or removed (user-owned.ts).
   */
  userOwned?: true;
}

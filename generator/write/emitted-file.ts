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
   * The file belongs to the user once written (a registration point for their own code): the
   * write stage creates it when it is absent and otherwise keeps what is on disk, byte for byte.
   * The manifest lists it by path only (`userOwned`), without a hash, so editing it is not drift
   * and the run cache only asks that it still exists. Never removed, even once no longer emitted.
   */
  userOwned?: true;
}

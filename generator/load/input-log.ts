import { createHash } from 'node:crypto';

/** One file the loader tried to read, by the bytes it found. */
export interface InputDigest {
  /** Absolute path. */
  path: string;
  /** sha256 of the bytes read, or `null` when the file could not be read. */
  sha256: string | null;
}

/**
 * Every file a run read (spec, `$ref`ed files, overlays), hashed from the very bytes that were
 * parsed: the run cache (generator/cache/) compares them on the next run to know whether the
 * output could differ. A failed read is logged too: that file appearing later changes the input.
 */
export class InputLog {
  private readonly digests = new Map<string, string | null>();

  read(path: string, bytes: Uint8Array): void {
    this.digests.set(path, createHash('sha256').update(bytes).digest('hex'));
  }

  failed(path: string): void {
    if (!this.digests.has(path)) this.digests.set(path, null);
  }

  get entries(): InputDigest[] {
    return [...this.digests].map(([path, sha256]) => ({ path, sha256 }));
  }
}

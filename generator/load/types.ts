import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { NetworkPolicy } from './fetch-source.js';
import type { InputDigest } from './input-log.js';

/** Where a node of the loaded document was written. */
export interface SourceLocation {
  file: string;
  /** JSON pointer inside `file`. */
  pointer: string;
  line?: number;
  column?: number;
}

export interface LoadInput {
  /** Path or `http(s)://` URL of the entry document, or `-` for standard input. */
  spec: string;
  /** Overlay files or URLs, applied in this order. */
  overlays: string[];
  /** Network use for URL inputs and remote `$ref`s (`--offline`, limits). */
  network?: NetworkPolicy;
  /** Standard input, when the spec is `-`: its bytes, and the folder its relative `$ref`s start from. */
  stdin?: { bytes: Buffer; cwd: string };
}

/**
 * The single document the rest of the pipeline reads: OpenAPI 3.x shaped (Swagger 2.0 is
 * upgraded on load), every external file joined in, overlays applied.
 *
 * `$ref`s that point into the same document stay as `{ $ref: '#/...' }` objects, so later
 * stages can tell a named component from an inline schema and cycles stay finite.
 * External references are rewritten: schemas are hoisted into `#/components/schemas/<Name>`
 * (named after the target's key, or the file name for a whole-file schema), every other kind of
 * object (path items, parameters, responses, ...) is inlined in place.
 */
export interface LoadedSpec {
  document: Record<string, unknown>;
  /**
   * For a Swagger 2.0 spec: the document as its authors wrote it (files joined, overlays
   * applied), before the upgrade that made `document`; located by `locate` like `document`.
   */
  written?: Record<string, unknown>;
  /** `openapi` / `swagger` value as written in the entry file, e.g. `2.0`, `3.0.3`, `3.1.0`. */
  sourceVersion: string;
  /** Every file read, entry first. */
  files: string[];
  /**
   * The bytes of every file the loader tried to read, for the run cache. Absent when unknown
   * (a loader that does not record them), and then the run is not cached.
   */
  inputs?: InputDigest[];
  /**
   * Where an object or array of `document` came from (through `$ref`s and overlays, the place
   * it was written), or, with `key`, where that member of it was written.
   */
  locate(node: object, key?: string | number): SourceLocation | undefined;
}

export type LoadSpec = (input: LoadInput, diagnostics: Diagnostics) => Promise<LoadedSpec | undefined>;

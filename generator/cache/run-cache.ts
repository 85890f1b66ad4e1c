import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputDigest } from '../load/input-log.js';
import type { GenerateOptions } from '../options.js';
import { generatorFingerprint } from './generator-fingerprint.js';
import { manifestDigest, outputIntact } from './output-intact.js';
import { readRunRecord, writeRunRecord } from './run-record.js';

export interface UpToDate {
  /** Number of generated files in the output folder. */
  fileCount: number;
  /** What the run that wrote them reported (warnings), to report again. */
  diagnostics: Diagnostic[];
}

/** Lets a run that would only rewrite the same bytes be skipped (see run-record.ts). */
export interface RunCache {
  /** Set when the output folder is exactly what these options and inputs generated last time. */
  lookup(options: GenerateOptions): UpToDate | undefined;
  /** Remembers a successful write into `options.out`. */
  remember(options: GenerateOptions, inputs: InputDigest[], diagnostics: Diagnostic[]): void;
}

export function createRunCache(cacheDir: string, fingerprint: () => string = memoized(generatorFingerprint)): RunCache {
  return {
    lookup(options) {
      const outDir = realOutDir(options.out);
      const record = outDir === undefined ? undefined : readRunRecord(cacheDir, outDir);
      if (outDir === undefined || record === undefined) return undefined;
      // Cheapest first; each miss ends the look-up.
      if (record.options !== optionsKey(options) || !inputsUnchanged(record.inputs) || record.generator !== fingerprint()) return undefined;
      const fileCount = outputIntact(outDir, record.manifestSha256);
      return fileCount === undefined ? undefined : { fileCount, diagnostics: record.diagnostics };
    },
    remember(options, inputs, diagnostics) {
      const outDir = realOutDir(options.out);
      const manifestSha256 = outDir === undefined ? undefined : manifestDigest(outDir);
      if (outDir === undefined || manifestSha256 === undefined) return;
      writeRunRecord(cacheDir, {
        recordVersion: 1,
        outDir,
        generator: fingerprint(),
        options: optionsKey(options),
        inputs,
        manifestSha256,
        diagnostics,
      });
    },
  };
}

/** The options that shape the output; `out` is the record's key, `check`/`verbose`/`force` change nothing written. */
function optionsKey(options: GenerateOptions): string {
  return JSON.stringify({
    spec: resolve(options.spec),
    overlays: options.overlays.map((overlay) => resolve(overlay)),
    target: options.target,
    packageName: options.packageName,
    sdkClassName: options.sdkClassName,
    moduleFormat: options.moduleFormat,
    ...(options.mcp ? { mcp: true } : {}),
    ...(options.envVarPrefix ? { envVarPrefix: options.envVarPrefix } : {}),
  });
}

/** Reads every input again and compares its bytes' hash; a file that could not be read must still not be. */
function inputsUnchanged(inputs: InputDigest[]): boolean {
  for (const input of inputs) {
    let now: string | null;
    try {
      now = createHash('sha256').update(readFileSync(input.path)).digest('hex');
    } catch {
      now = null;
    }
    if (now !== input.sha256) return false;
  }
  return true;
}

function realOutDir(out: string): string | undefined {
  try {
    return realpathSync(resolve(out));
  } catch {
    return undefined;
  }
}

function memoized(compute: () => string): () => string {
  let value: string | undefined;
  return () => (value ??= compute());
}

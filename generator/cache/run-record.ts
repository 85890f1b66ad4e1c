import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { InputDigest } from '../load/input-log.js';

/**
 * What one successful run into an output folder was made of, kept in the user's cache (not in
 * the output folder: the output stays byte-identical and `--check` never sees it). If every
 * part is the same on the next run, the output would be too, so generation can be skipped.
 */
export interface RunRecord {
  recordVersion: 1;
  /** Absolute path of the output folder (the record's key). */
  outDir: string;
  /** generatorFingerprint() of the generator that wrote it. */
  generator: string;
  /** The options that shape the output, as a canonical JSON text. */
  options: string;
  /** Every file the loader read, by hash. */
  inputs: InputDigest[];
  /** sha256 of `.sdkwright/manifest.json` as written; the manifest holds the hash of each file. */
  manifestSha256: string;
  /** Diagnostics the run printed before writing (warnings), printed again when the run is skipped. */
  diagnostics: Diagnostic[];
}

function recordPath(cacheDir: string, outDir: string): string {
  return join(cacheDir, 'runs', `${createHash('sha256').update(outDir).digest('hex').slice(0, 32)}.json`);
}

/** The record for `outDir`, or undefined when there is none or it is unreadable. */
export function readRunRecord(cacheDir: string, outDir: string): RunRecord | undefined {
  try {
    const value = JSON.parse(readFileSync(recordPath(cacheDir, outDir), 'utf8')) as Partial<RunRecord>;
    return value.recordVersion === 1 && value.outDir === outDir && Array.isArray(value.inputs) && Array.isArray(value.diagnostics) ? (value as RunRecord) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Written to a temporary name and renamed, so a reader never sees half a record. Failing to
 * write (a read-only cache folder, a full disk) only costs the next run its shortcut.
 */
export function writeRunRecord(cacheDir: string, record: RunRecord): boolean {
  const path = recordPath(cacheDir, record.outDir);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(join(cacheDir, 'runs'), { recursive: true });
    writeFileSync(temporary, JSON.stringify(record));
    renameSync(temporary, path);
    return true;
  } catch {
    return false;
  }
}

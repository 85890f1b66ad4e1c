/**
 * The load stage: reads the entry document (a file, a URL or standard input), parses it and
 * checks its version. What the resolve stage needs to go on is handed over as a ReadSpec: the
 * parsed entry file and the cache through which it reads the files `$ref`s reach.
 */
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { FileCache } from './file-cache.js';
import { InputLog } from './input-log.js';
import { absoluteLocation, stdinLocation } from './location.js';
import { Provenance } from './provenance.js';
import type { SourceFile } from './source-file.js';
import type { LoadInput } from './types.js';
import { checkVersion, type SpecVersion } from './version.js';

export interface ReadSpec {
  input: LoadInput;
  /** The entry document, parsed. */
  root: SourceFile;
  version: SpecVersion;
  /** Reads (once each) the files that `$ref`s reach. */
  files: FileCache;
  /** Where every node of every file came from, for located diagnostics. */
  provenance: Provenance;
  /** Every input read, with its digest (the run cache compares them). */
  inputLog: InputLog;
}

/** Undefined when the entry document is unusable (unreadable, not parseable, not a known version); the problem is reported. */
export async function readSpec(input: LoadInput, diagnostics: Diagnostics): Promise<ReadSpec | undefined> {
  const provenance = new Provenance();
  const inputLog = new InputLog();
  const entryLocation = input.stdin !== undefined ? stdinLocation(input.stdin.cwd) : absoluteLocation(input.spec);
  const preset = input.stdin !== undefined ? new Map([[entryLocation, input.stdin.bytes]]) : undefined;
  const files = new FileCache(input.spec, provenance, diagnostics, inputLog, input.network, preset);
  const entry = await files.load(entryLocation);
  if (!entry.ok) {
    if (!entry.reported) diagnostics.error('file-unreadable', entry.reason, { file: input.spec });
    return undefined;
  }
  const version = checkVersion(entry.source, provenance, diagnostics);
  if (!version) return undefined;
  return { input, root: entry.source, version, files, provenance, inputLog };
}

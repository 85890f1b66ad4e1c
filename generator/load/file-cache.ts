import path from 'node:path';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import type { InputLog } from './input-log.js';
import { parseSource } from './parse-source.js';
import type { Provenance } from './provenance.js';
import type { NetworkPolicy } from './fetch-source.js';
import { isUrl, STDIN } from './location.js';
import { readSource, type PresetSources } from './read-source.js';
import type { SourceFile } from './source-file.js';

export type LoadedFile =
  | { ok: true; source: SourceFile }
  /** `reported`: the file's own problems are already diagnostics; referrers need not repeat them. */
  | { ok: false; reason: string; reported: boolean };

/** Reads and parses each file once, however many `$ref`s lead to it. */
export class FileCache {
  private readonly done = new Map<string, LoadedFile>();
  private readonly pending = new Map<string, Promise<LoadedFile>>();
  private readonly order: string[] = [];

  constructor(
    /** How the user named the entry file; other files are shown relative to it the same way. */
    private readonly entryAsGiven: string,
    private readonly provenance: Provenance,
    private readonly diagnostics: Diagnostics,
    private readonly inputLog?: InputLog,
    private readonly network?: NetworkPolicy,
    private readonly preset?: PresetSources,
  ) {}

  displayPath(absPath: string): string {
    if (this.preset?.has(absPath)) return '<stdin>';
    if (isUrl(absPath) || isUrl(this.entryAsGiven) || this.entryAsGiven === STDIN || path.isAbsolute(this.entryAsGiven)) return absPath;
    const entryAbs = path.resolve(this.entryAsGiven);
    if (absPath === entryAbs) return this.entryAsGiven;
    return path.join(path.dirname(this.entryAsGiven), path.relative(path.dirname(entryAbs), absPath));
  }

  /** Already loaded (or failed) file, without waiting. */
  peek(absPath: string): LoadedFile | undefined {
    return this.done.get(absPath);
  }

  load(absPath: string): Promise<LoadedFile> {
    const known = this.done.get(absPath);
    if (known) return Promise.resolve(known);
    let promise = this.pending.get(absPath);
    if (!promise) {
      promise = this.read(absPath).then((result) => {
        this.done.set(absPath, result);
        this.pending.delete(absPath);
        return result;
      });
      this.pending.set(absPath, promise);
    }
    return promise;
  }

  /** Display paths of every file read, in the order they were first read. */
  get files(): string[] {
    return [...this.order];
  }

  private async read(absPath: string): Promise<LoadedFile> {
    const file = this.displayPath(absPath);
    const read = await readSource(absPath, this.inputLog, this.network, this.preset);
    if (read.ok) this.order.push(file);
    if (!read.ok) {
      if (read.code !== 'file-unreadable') {
        this.diagnostics.error(read.code, read.reason, { file, line: read.line, column: read.column });
        return { ok: false, reason: 'it is not a UTF-8 text file', reported: true };
      }
      return { ok: false, reason: `cannot read ${file}: ${read.reason}`, reported: false };
    }
    // A redirected URL is read as what it redirected to, so its relative `$ref`s resolve from there.
    const source = parseSource({ absPath: read.location ?? absPath, displayPath: read.location ?? file, text: read.text }, this.provenance, this.diagnostics);
    return source ? { ok: true, source } : { ok: false, reason: `${file} could not be parsed`, reported: true };
  }
}

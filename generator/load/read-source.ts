import { readFile } from 'node:fs/promises';
import { fetchSource, type NetworkPolicy } from './fetch-source.js';
import type { InputLog } from './input-log.js';
import { isUrl } from './location.js';

export type ReadResult =
  /** `location`: where a URL input really was, after redirects (its relative `$ref`s resolve from there). */
  | { ok: true; text: string; location?: string }
  | {
      ok: false;
      code: 'file-unreadable' | 'binary-file' | 'not-utf8';
      reason: string;
      /** Where the offending byte is, for binary data and invalid UTF-8 (1-based, columns in bytes). */
      line?: number;
      column?: number;
    };

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, expected a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a parent of it is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

// `fatal`: a Latin-1 or UTF-16 file must be refused, not silently turned into U+FFFD characters
// that would end up in the generated SDK's names and docs.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Text given to the loader instead of a file: standard input. */
export type PresetSources = ReadonlyMap<string, Buffer>;

/**
 * Reads a text input, a file or an `http(s)://` URL; failures come back as a reason (never a
 * stack trace). `log` hears of every read.
 */
export async function readSource(absPath: string, log?: InputLog, network?: NetworkPolicy, preset?: PresetSources): Promise<ReadResult> {
  const read = await readBytes(absPath, network, preset);
  if (!read.ok) {
    log?.failed(absPath);
    return { ok: false, code: 'file-unreadable', reason: read.reason };
  }
  const { bytes, redirectedTo } = read;
  if (preset?.get(absPath) === undefined) log?.read(absPath, bytes);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      code: 'binary-file',
      reason: `expected a UTF-8 text file (YAML or JSON), found binary data (a NUL byte at offset ${nul})`,
      ...byteLineColumn(bytes, nul),
    };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const hex = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      code: 'not-utf8',
      reason: `expected UTF-8 text, found the byte 0x${hex} at offset ${offset}, which is not valid UTF-8 (convert the file to UTF-8)`,
      ...byteLineColumn(bytes, offset),
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return redirectedTo !== undefined ? { ok: true, text, location: redirectedTo } : { ok: true, text };
}

function byteLineColumn(bytes: Buffer, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The bytes of an input: given (standard input), fetched (a URL), or read from a file. */
async function readBytes(absPath: string, network?: NetworkPolicy, preset?: PresetSources): Promise<{ ok: true; bytes: Buffer; redirectedTo?: string } | { ok: false; reason: string }> {
  const given = preset?.get(absPath);
  if (given !== undefined) return { ok: true, bytes: given };
  if (isUrl(absPath)) {
    const fetched = await fetchSource(absPath, network);
    if (!fetched.ok) return fetched;
    return fetched.finalUrl !== absPath ? { ok: true, bytes: fetched.bytes, redirectedTo: fetched.finalUrl } : { ok: true, bytes: fetched.bytes };
  }
  try {
    return { ok: true, bytes: await readFile(absPath) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = ERRNO_REASONS[code] ?? (e instanceof Error ? e.message : String(e));
    return { ok: false, reason: code ? `${reason} (${code})` : reason };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  // The decoder refused something finer (an overlong or surrogate form); point at the start.
  return 0;
}

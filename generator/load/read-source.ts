import { readFile } from 'node:fs/promises';

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; code: 'file-unreadable' | 'binary-file'; reason: string; offset?: number };

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, expected a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a parent of it is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

/** Reads a text input; failures come back as a reason (never a stack trace). */
export async function readSource(absPath: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(absPath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = ERRNO_REASONS[code] ?? (e instanceof Error ? e.message : String(e));
    return { ok: false, code: 'file-unreadable', reason: code ? `${reason} (${code})` : reason };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return {
      ok: false,
      code: 'binary-file',
      reason: `expected a UTF-8 text file (YAML or JSON), found binary data (a NUL byte at offset ${nul})`,
      offset: nul,
    };
  }
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

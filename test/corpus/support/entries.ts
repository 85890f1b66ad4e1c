/**
 * The entry documents of the three shared corpora, in a fixed order: ../shared/corpus (the 26
 * listed in expectations.json), ../shared/corpus-extra and ../shared/corpus-edge/orval. An entry
 * document is a YAML or JSON file with a top-level `openapi` or `swagger` key; the other files
 * are `$ref` targets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve('..', 'shared');

export type CorpusName = 'corpus' | 'corpus-extra' | 'corpus-edge';
export const CORPORA: readonly CorpusName[] = ['corpus', 'corpus-extra', 'corpus-edge'];
/** The folder of each corpus that is walked for entry documents. */
export const CORPUS_DIR: Record<CorpusName, string> = {
  corpus: path.join(SHARED, 'corpus'),
  'corpus-extra': path.join(SHARED, 'corpus-extra'),
  'corpus-edge': path.join(SHARED, 'corpus-edge', 'orval'),
};

export interface Entry {
  corpus: CorpusName;
  /** `corpus/<name>` for the named corpus specs; `<corpus>/<path in the corpus folder>` otherwise. */
  id: string;
  /** Absolute path of the entry document. */
  file: string;
  /** Position in the corpus, 0-based, in the order above (sorted paths). */
  index: number;
}

export function isEntryDocument(file: string): boolean {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    try {
      const value: unknown = JSON.parse(text);
      return value !== null && typeof value === 'object' && !Array.isArray(value) && ('openapi' in value || 'swagger' in value);
    } catch {
      return false;
    }
  }
  return /^["']?(openapi|swagger)["']?\s*:/m.test(text);
}

/** Every entry document under `dir`, as POSIX paths relative to it, sorted. */
export function walkEntries(dir: string): string[] {
  const found: string[] = [];
  const visit = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative)).sort()) {
      const p = relative === '' ? name : `${relative}/${name}`;
      const full = path.join(dir, p);
      if (statSync(full).isDirectory()) visit(p);
      else if (/\.(ya?ml|json)$/.test(name) && isEntryDocument(full)) found.push(p);
    }
  };
  visit('');
  return found;
}

export function corpusEntries(corpus: CorpusName, named: readonly { name: string; entry: string }[]): Entry[] {
  const dir = CORPUS_DIR[corpus];
  if (!existsSync(dir)) return [];
  if (corpus === 'corpus') return named.map((s, index) => ({ corpus, id: `corpus/${s.name}`, file: path.join(dir, s.entry), index }));
  return walkEntries(dir).map((p, index) => ({ corpus, id: `${corpus}/${p}`, file: path.join(dir, p), index }));
}

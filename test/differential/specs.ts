/**
 * The specs the report covers, in a fixed order: the 26 of ../shared/corpus (by name, as the
 * corpus runner lists them), then every entry document of ../shared/corpus-extra and of
 * ../shared/corpus-edge/orval (sorted paths). `inExtraSample` marks the deterministic sample
 * of corpus-extra the first version of the report was limited to: every k-th entry document,
 * 30 of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, corpusEntries, type CorpusName } from '../corpus/support/entries.js';

export interface SpecEntry {
  corpus: CorpusName;
  /** `corpus/<name>`, `corpus-extra/<path>` or `corpus-edge/<path>`: how the report names it. */
  id: string;
  file: string;
}

export const EXTRA_SAMPLE_SIZE = 30;

/** Why the shared corpora cannot be read, or undefined when they can. */
export function sharedSkipReason(): string | undefined {
  for (const dir of Object.values(CORPUS_DIR)) if (!existsSync(dir)) return `${dir} not found`;
  return undefined;
}

export function reportSpecs(): SpecEntry[] {
  const expectations = JSON.parse(readFileSync(path.resolve('test/corpus/expectations.json'), 'utf8')) as { specs: { name: string; entry: string }[] };
  return (['corpus', 'corpus-extra', 'corpus-edge'] as const).flatMap((corpus) => corpusEntries(corpus, expectations.specs).map((e) => ({ corpus, id: e.id, file: e.file })));
}

/** Every k-th entry of corpus-extra in sorted order, k = ⌊entries / 30⌋. */
export function inExtraSample(specs: readonly SpecEntry[]): Set<string> {
  const extra = specs.filter((s) => s.corpus === 'corpus-extra');
  const stride = Math.max(1, Math.floor(extra.length / EXTRA_SAMPLE_SIZE));
  return new Set(
    extra
      .filter((_, i) => i % stride === 0)
      .slice(0, EXTRA_SAMPLE_SIZE)
      .map((s) => s.id),
  );
}

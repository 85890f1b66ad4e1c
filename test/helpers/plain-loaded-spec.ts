import { parse } from 'yaml';
import type { LoadedSpec } from '../../generator/load/types.js';

/** A LoadedSpec over an in-memory document, for IR tests that do not exercise the loader. */
export function plainLoadedSpec(source: string | Record<string, unknown>): LoadedSpec {
  const document = typeof source === 'string' ? (parse(source) as Record<string, unknown>) : source;
  return {
    document,
    sourceVersion: String(document.openapi ?? document.swagger ?? ''),
    files: ['<memory>'],
    locate: () => undefined,
  };
}

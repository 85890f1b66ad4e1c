/** Paths and helpers for the load / resolve / validate tests. Jest runs from the repository root. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Diagnostics, type Diagnostic } from '../../../generator/diagnostics/diagnostic.js';
import { loadSpec } from '../../../generator/resolve/index.js';
import type { LoadedSpec } from '../../../generator/load/types.js';

export const REPO_ROOT = process.cwd();
/** Relative paths, so diagnostics show them the way a user would have typed them. */
export const FIXTURES = 'test/fixtures/load';
export const INVALID = 'test/fixtures/invalid';
/** shared/ sits beside the checkout (see shared/README.md). */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');

export function sharedAvailable(): boolean {
  return existsSync(SHARED);
}

export interface Loaded {
  loaded: LoadedSpec | undefined;
  diagnostics: Diagnostics;
}

export async function load(spec: string, overlays: string[] = []): Promise<Loaded> {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec, overlays }, diagnostics);
  return { loaded, diagnostics };
}

/** Loads and insists on a result. */
export async function mustLoad(spec: string, overlays: string[] = []): Promise<{ loaded: LoadedSpec; diagnostics: Diagnostics }> {
  const result = await load(spec, overlays);
  if (!result.loaded) throw new Error(`expected ${spec} to load; got ${summarize(result.diagnostics.items).join('\n')}`);
  return { loaded: result.loaded, diagnostics: result.diagnostics };
}

/** `code file:line:col pointer` per diagnostic: compact, exact, and readable in a failed assertion. */
export function summarize(items: readonly Diagnostic[]): string[] {
  return items.map((d) => `${d.severity} ${d.code} ${d.file ?? '-'}:${d.line ?? '-'}:${d.column ?? '-'} ${d.pointer ?? '-'}`);
}

/** A scratch folder with the given files; removed by the returned function. */
export function scratch(files: Record<string, string | Buffer>): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdkwright-load-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return { dir, file: (name) => path.join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Follows member names from the document root. */
export function at(root: unknown, ...keys: Array<string | number>): any {
  let node = root as any;
  for (const k of keys) node = node?.[k];
  return node;
}

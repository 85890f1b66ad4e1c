/**
 * Runs the TypeScript target on a spec, through the real IR builder. The pipeline's loader is
 * used when it exists; until then a plain YAML parse stands in (enough for single-file specs),
 * with a minimal overlay step for the Clerk 2024 overlays.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { paths as jsonPaths } from 'jsonpath-rfc9535';
import { Diagnostics } from '../../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../../../../generator/ir/model.js';
import type { LoadedSpec } from '../../../../../generator/load/types.js';
import { typescriptTarget } from '../../../../../generator/targets/typescript/index.js';
import { emitPackage } from '../../../../../generator/emit-package.js';
import type { EmittedFile } from '../../../../../generator/write/emitted-file.js';
import { plainLoadedSpec } from '../../../../helpers/plain-loaded-spec.js';
import { FIXTURE_SPECS, REPO_ROOT } from './paths.js';

export interface Generated {
  api: ApiModel;
  files: EmittedFile[];
  /** Milliseconds spent in `typescriptTarget.emit`. */
  emitMs: number;
}

export async function generateFixture(name: string): Promise<Generated> {
  return generate(plainLoadedSpec(readFileSync(resolve(FIXTURE_SPECS, `${name}.yaml`), 'utf8')), `@fixtures/${name}`);
}

export async function generateSpec(spec: string, overlays: string[]): Promise<Generated> {
  const loaded = await loadSpecForTest(spec, overlays);
  return generate(loaded, 'test-sdk');
}

async function generate(loaded: LoadedSpec, packageName: string): Promise<Generated> {
  const diagnostics = new Diagnostics();
  const api = buildModel(loaded, diagnostics);
  const started = performance.now();
  const files = await emitPackage(typescriptTarget, api, { packageName, sdkClassName: 'SDK' });
  return { api, files, emitMs: performance.now() - started };
}

/** Whether the pipeline's loader (generator/load/index.ts) has landed. */
export function loaderAvailable(): boolean {
  return existsSync(resolve(REPO_ROOT, 'generator/load/index.ts'));
}

async function loadSpecForTest(spec: string, overlays: string[]): Promise<LoadedSpec> {
  if (loaderAvailable()) {
    // A computed specifier: the module may not exist yet when this file is type-checked.
    const loaderModule = '../../../../../generator/resolve/index.js';
    const { loadSpec } = (await import(loaderModule)) as { loadSpec: (input: { spec: string; overlays: string[] }, d: Diagnostics) => Promise<LoadedSpec | undefined> };
    const diagnostics = new Diagnostics();
    const loaded = await loadSpec({ spec, overlays }, diagnostics);
    if (!loaded) throw new Error(`loading ${spec} failed:\n${diagnostics.errors.map((d) => d.message).join('\n')}`);
    return loaded;
  }
  const document = parse(readFileSync(spec, 'utf8')) as Record<string, unknown>;
  for (const overlay of overlays) applyOverlay(document, parse(readFileSync(overlay, 'utf8')) as { actions: OverlayAction[] });
  return plainLoadedSpec(document);
}

interface OverlayAction {
  target: string;
  update?: unknown;
  remove?: boolean;
}

/** Overlay 1.0 `update` (deep merge) and `remove`, for the stand-in loader only. */
function applyOverlay(document: Record<string, unknown>, overlay: { actions: OverlayAction[] }): void {
  for (const action of overlay.actions) {
    for (const path of jsonPaths(document as never, action.target) as string[]) {
      const segments = [...path.matchAll(/\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : Number(m[2])));
      if (segments.length === 0) continue;
      const parent = segments.slice(0, -1).reduce<any>((node, key) => node[key], document);
      const last = segments[segments.length - 1];
      if (action.remove) {
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
      } else if (isObject(parent[last]) && isObject(action.update)) merge(parent[last], action.update);
      else parent[last] = action.update;
    }
  }
}

function merge(target: Record<string, unknown>, update: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(update)) {
    if (isObject(value) && isObject(target[key])) merge(target[key] as Record<string, unknown>, value);
    else target[key] = value;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Loads a spec (plus overlays) and builds the IR, for tests that need the real inputs.
 *
 * Uses the project loader when it is there. While it is still being written, falls back to a
 * minimal stand-in: parse the YAML and apply Overlay 1.0 actions (`update` merges objects and
 * appends to arrays, `remove` deletes). Enough for the Clerk inputs; not a loader.
 */
import fs from 'node:fs';
import { paths } from 'jsonpath-rfc9535';
import { parse } from 'yaml';
import { Diagnostics } from '../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../generator/ir/model.js';
import type { LoadedSpec, LoadSpec } from '../../generator/load/types.js';
import { plainLoadedSpec } from '../helpers/plain-loaded-spec.js';

// Variable specifier: the loader may not exist yet and the type check must not require it.
const LOADER_MODULE: string = '../../generator/load/index.js';

export async function loadApi(spec: string, overlays: string[]): Promise<ApiModel> {
  const diagnostics = new Diagnostics();
  const loaded = (await projectLoader()) ? await (await projectLoader())!({ spec, overlays }, diagnostics) : standIn(spec, overlays);
  if (!loaded) throw new Error('loader failed: ' + diagnostics.items.map((d) => d.message).join('\n'));
  return buildModel(loaded, diagnostics);
}

let loaderCache: LoadSpec | null | undefined;

async function projectLoader(): Promise<LoadSpec | null> {
  if (loaderCache !== undefined) return loaderCache;
  try {
    const module = (await import(LOADER_MODULE)) as { loadSpec?: LoadSpec };
    loaderCache = typeof module.loadSpec === 'function' ? module.loadSpec : null;
  } catch {
    loaderCache = null;
  }
  return loaderCache;
}

type Json = Record<string, unknown> | unknown[];

function standIn(spec: string, overlays: string[]): LoadedSpec {
  const document = parse(fs.readFileSync(spec, 'utf8')) as Record<string, unknown>;
  for (const overlay of overlays) applyOverlay(document, parse(fs.readFileSync(overlay, 'utf8')));
  return plainLoadedSpec(document);
}

function applyOverlay(document: Record<string, unknown>, overlay: { actions: { target: string; update?: unknown; remove?: boolean }[] }): void {
  for (const action of overlay.actions) {
    for (const normalized of paths(document as Parameters<typeof paths>[0], action.target)) {
      const segments = [...normalized.matchAll(/\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]/g)].map((m) =>
        m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : Number(m[2]),
      );
      if (segments.length === 0) continue;
      let parent = document as Json;
      for (const s of segments.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[s] as Json;
      const last = segments[segments.length - 1];
      if (action.remove) {
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete parent[last as string];
      } else {
        const target = (parent as Record<string | number, unknown>)[last];
        merge(target, action.update);
      }
    }
  }
}

function merge(target: unknown, update: unknown): void {
  if (Array.isArray(target)) {
    target.push(...(Array.isArray(update) ? update : [update]));
    return;
  }
  if (!isObject(target) || !isObject(update)) return;
  for (const [key, value] of Object.entries(update)) {
    if (isObject(target[key]) && isObject(value)) merge(target[key], value);
    else target[key] = value;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

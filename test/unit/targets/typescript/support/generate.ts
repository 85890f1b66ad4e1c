/** Runs the TypeScript target on a spec, through the real loader and IR builder. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Diagnostics } from '../../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../../../../generator/ir/model.js';
import type { LoadedSpec } from '../../../../../generator/load/types.js';
import { loadSpec } from '../../../../../generator/resolve/index.js';
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

async function loadSpecForTest(spec: string, overlays: string[]): Promise<LoadedSpec> {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec, overlays }, diagnostics);
  if (!loaded) throw new Error(`loading ${spec} failed:\n${diagnostics.errors.map((d) => d.message).join('\n')}`);
  return loaded;
}

/** Runs the C# target on a spec through the real loader and IR builder. */
import { resolve } from 'node:path';
import { Diagnostics } from '../../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../../../../generator/ir/model.js';
import { loadSpec } from '../../../../../generator/resolve/index.js';
import { csharpTarget } from '../../../../../generator/targets/csharp/index.js';
import { emitPackage } from '../../../../../generator/emit-package.js';
import type { EmittedFile } from '../../../../../generator/write/emitted-file.js';
import { FIXTURE_SPECS } from './paths.js';

export interface Generated {
  api: ApiModel;
  files: EmittedFile[];
  packageName: string;
}

export async function loadApi(spec: string, overlays: string[] = []): Promise<ApiModel> {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec, overlays }, diagnostics);
  if (!loaded) throw new Error(`loading ${spec} failed:\n${diagnostics.errors.map((d) => d.message).join('\n')}`);
  return buildModel(loaded, diagnostics);
}

export async function generateSpec(spec: string, overlays: string[], packageName: string, sdkClassName = 'ClerkBackendApi'): Promise<Generated> {
  const api = await loadApi(spec, overlays);
  const files = await emitPackage(csharpTarget, api, { packageName, sdkClassName });
  return { api, files, packageName };
}

/** A fixture of test/fixtures/specs/csharp, under the namespace `Fixture.<Name>`. */
export async function generateFixture(name: string, sdkClassName = 'SDK'): Promise<Generated> {
  const packageName = `Fixture.${name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;
  return generateSpec(resolve(FIXTURE_SPECS, `${name}.yaml`), [], packageName, sdkClassName);
}

/** Two emits of the Clerk SDK are byte-identical (runtime copies, functions, schemas and all). */
import { resolve } from 'node:path';
import { Diagnostics } from '../../../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../../../generator/ir/build/build-model.js';
import { loadSpec } from '../../../../../generator/resolve/index.js';
import { typescriptTarget } from '../../../../../generator/targets/typescript/index.js';
import { emitPackage } from '../../../../../generator/emit-package.js';

test('emitting twice gives the same files', async () => {
  const loaded = (await loadSpec({ spec: resolve('spec/clerk-bapi/openapi.yml'), overlays: [] }, new Diagnostics()))!;
  const emit = async () => {
    const api = buildModel(loaded, new Diagnostics());
    return emitPackage(typescriptTarget, api, { packageName: '@clerk/backend-api-client', sdkClassName: 'ClerkBackendApi' });
  };
  const first = await emit();
  const second = await emit();
  expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
  const changed = first.filter((f, i) => f.contents !== second[i].contents).map((f) => f.path);
  expect(changed).toEqual([]);
  expect(first.filter((f) => f.path.startsWith('src/funcs/'))).toHaveLength(132);
});

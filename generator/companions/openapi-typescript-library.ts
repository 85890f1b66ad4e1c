/**
 * openapi-typescript, loaded for the companion types file only. The SDK's own code never needs
 * it: nothing in the generated package imports what it writes.
 */
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** The parts of openapi-typescript that `openapiTypesModule` calls. */
export type OpenapiTypescriptParts = Pick<typeof import('openapi-typescript'), 'astToString' | 'transformSchema' | 'resolveRef' | 'scanDiscriminators'>;

let openapiTypescriptModule: Promise<OpenapiTypescriptParts> | undefined;

/**
 * openapi-typescript, through `require` where Node can (its CommonJS build requires ESM-only
 * packages, which needs `require(esm)`: Node ≥ 20.19 and 22.12), saving the same export scan of
 * the `typescript` package it loads (~0.4 s a run); through `import()` elsewhere.
 */
export function openapiTypescript(): Promise<OpenapiTypescriptParts> {
  openapiTypescriptModule ??= loadOpenapiTypescript();
  return openapiTypescriptModule;
}

async function loadOpenapiTypescript(): Promise<OpenapiTypescriptParts> {
  try {
    return requireTransformModules();
  } catch {
    return import('openapi-typescript');
  }
}

/**
 * Only the modules holding the transform and its helpers (the package's `./*` export allows
 * the paths; the version is pinned to 7.13 in package.json). The package index also loads
 * all of @redocly/openapi-core for `openapiTS()`'s lint and bundle, which are not run: about
 * 0.2 s of every run.
 */
function requireTransformModules(): OpenapiTypescriptParts {
  shareTypescriptCompiler();
  const transformSchema = require('openapi-typescript/dist/transform/index.cjs') as OpenapiTypescriptParts['transformSchema'];
  const { astToString } = require('openapi-typescript/dist/lib/ts.cjs') as Pick<OpenapiTypescriptParts, 'astToString'>;
  const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs') as Pick<OpenapiTypescriptParts, 'resolveRef' | 'scanDiscriminators'>;
  if (typeof transformSchema !== 'function' || typeof astToString !== 'function' || typeof resolveRef !== 'function' || typeof scanDiscriminators !== 'function') {
    throw new Error('openapi-typescript: unexpected module layout');
  }
  return { astToString, transformSchema, resolveRef, scanDiscriminators };
}

/**
 * openapi-typescript only builds and prints type nodes with `typescript`'s factory and printer,
 * which ts-morph already carries in its own copy of the compiler. Handing it that copy saves
 * loading a second 9 MB compiler (~0.1 s of every run). Skipped where the module cache cannot be
 * primed (e.g. under a test runner's own module system): the package's `typescript` loads then.
 * The output is the same either way: test/unit/robustness/determinism.test.ts compares a child
 * process's tree (shared compiler) with generated/ (written in-process).
 */
function shareTypescriptCompiler(): void {
  try {
    const requireFromOpenapiTypescript = createRequire(require.resolve('openapi-typescript/dist/lib/ts.cjs'));
    const path = requireFromOpenapiTypescript.resolve('typescript');
    if (require.cache[path] !== undefined) return;
    const shared = new Module(path) as NodeJS.Module & { paths: string[] };
    shared.filename = path;
    shared.paths = [dirname(path)];
    shared.exports = (require('ts-morph') as typeof import('ts-morph')).ts;
    shared.loaded = true;
    require.cache[path] = shared;
  } catch {
    // Not fatal: openapi-typescript then requires its own `typescript`.
  }
}

/**
 * ts-morph, loaded through `require`. Imported from ESM, Node 20 first scans every CommonJS file
 * of the package for its exports (its typescript.js alone is 9 MB): part of the 0.5 s found in
 * bench/FINDINGS.md, fix 2. Types still come from `import type`.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const tsMorph = require('ts-morph') as typeof import('ts-morph');

/** The parts of openapi-typescript that `wireTypesModule` calls. */
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
  const transformSchema = require('openapi-typescript/dist/transform/index.cjs') as OpenapiTypescriptParts['transformSchema'];
  const { astToString } = require('openapi-typescript/dist/lib/ts.cjs') as Pick<OpenapiTypescriptParts, 'astToString'>;
  const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs') as Pick<OpenapiTypescriptParts, 'resolveRef' | 'scanDiscriminators'>;
  if (typeof transformSchema !== 'function' || typeof astToString !== 'function' || typeof resolveRef !== 'function' || typeof scanDiscriminators !== 'function') {
    throw new Error('openapi-typescript: unexpected module layout');
  }
  return { astToString, transformSchema, resolveRef, scanDiscriminators };
}

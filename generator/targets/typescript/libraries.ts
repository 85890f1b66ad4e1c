/**
 * ts-morph, loaded through `require`. Imported from ESM, Node 20 first scans every CommonJS file
 * of the package for its exports (its typescript.js alone is 9 MB): part of the 0.5 s found in
 * bench/FINDINGS.md, fix 2. Types still come from `import type`.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const tsMorph = require('ts-morph') as typeof import('ts-morph');

let openapiTypescriptModule: Promise<typeof import('openapi-typescript')> | undefined;

/**
 * openapi-typescript, through `require` where Node can (its CommonJS build requires ESM-only
 * packages, which needs `require(esm)`: Node ≥ 20.19 and 22.12), saving the same export scan of
 * the `typescript` package it loads (~0.4 s a run); through `import()` elsewhere.
 */
export function openapiTypescript(): Promise<typeof import('openapi-typescript')> {
  openapiTypescriptModule ??= loadOpenapiTypescript();
  return openapiTypescriptModule;
}

async function loadOpenapiTypescript(): Promise<typeof import('openapi-typescript')> {
  try {
    return require('openapi-typescript') as typeof import('openapi-typescript');
  } catch {
    return import('openapi-typescript');
  }
}

/**
 * ts-morph, loaded through `require`. Imported from ESM, Node 20 first scans every CommonJS file
 * of the package for its exports (its typescript.js alone is 9 MB): part of the 0.5 s found in
 * bench/FINDINGS.md, fix 2. Types still come from `import type`.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const tsMorph = require('ts-morph') as typeof import('ts-morph');

// Where things are. The bench lives in <repo>/bench and the shared material in <repo>/../shared,
// the layout of a clean clone with shared/ beside it.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = resolve(benchDir, '..');
export const sharedDir = resolve(repoDir, '..', 'shared');
export const benchModules = join(benchDir, 'node_modules');

/**
 * Outputs go outside the repository: a tsconfig without `types` would otherwise pick up every
 * @types package in an ancestor node_modules, and tools must not find the repo's config files.
 */
export const defaultWorkDir = join(tmpdir(), 'sdkwright-bench');

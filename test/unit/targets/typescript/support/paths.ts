/** Locations the TypeScript target tests read from. Jest runs from the repository root. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = process.cwd();
export const FIXTURE_SPECS = resolve(REPO_ROOT, 'test/fixtures/specs/typescript');
export const SNAPSHOTS = resolve(REPO_ROOT, 'test/snapshots/typescript');
/** shared/ sits beside the checkout (see shared/README.md). */
export const SHARED = resolve(REPO_ROOT, '..', 'shared');

export const FIXTURE_CASES = ['objects', 'enums', 'unions', 'recursion', 'reserved-names'] as const;

export interface RealSpec {
  name: string;
  spec: string;
  overlays: string[];
}

export const REAL_SPECS: RealSpec[] = [
  { name: 'clerk-2025', spec: resolve(SHARED, 'specs/clerk-bapi-2025-03-12/openapi.yml'), overlays: [] },
  {
    name: 'clerk-2024+overlays',
    spec: resolve(SHARED, 'specs/clerk-bapi/openapi.yml'),
    overlays: [resolve(SHARED, 'specs/clerk-bapi/overlays/1-examples.yaml'), resolve(SHARED, 'specs/clerk-bapi/overlays/2-fixes.yaml')],
  },
  { name: 'api-shapes', spec: resolve(SHARED, 'specs/api-shapes/test.yaml'), overlays: [] },
];

export function sharedAvailable(): boolean {
  return existsSync(SHARED);
}

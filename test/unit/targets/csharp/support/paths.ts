/** Locations the C# target tests read from. Jest runs from the repository root. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = process.cwd();
export const FIXTURE_SPECS = resolve(REPO_ROOT, 'test/fixtures/specs/csharp');
export const CSHARP_TESTS = resolve(REPO_ROOT, 'test/csharp');
/** shared/ sits beside the checkout (see shared/README.md). */
export const SHARED = resolve(REPO_ROOT, '..', 'shared');

export const CLERK_SPEC = resolve(REPO_ROOT, 'spec/clerk-bapi/openapi.yml');
export const SHARED_CLERK = {
  spec: resolve(SHARED, 'specs/clerk-bapi/openapi.yml'),
  overlays: [resolve(SHARED, 'specs/clerk-bapi/overlays/1-examples.yaml'), resolve(SHARED, 'specs/clerk-bapi/overlays/2-fixes.yaml')],
};

export const API_SHAPES = resolve(SHARED, 'specs/api-shapes/test.yaml');

export function sharedClerkAvailable(): boolean {
  return existsSync(SHARED_CLERK.spec);
}

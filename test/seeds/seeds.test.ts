/**
 * The two documents the project was created from must come out byte for byte.
 * Inputs live beside the checkout in ../shared; without it the test is skipped (with a reason).
 *
 * Set SDKWRIGHT_DOCS_OUT=<dir> to also write both docs trees to <dir>/{typescript,csharp}/docs,
 * for comparing whole trees with ../shared/tools/docs-fidelity.mjs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderModelDocs, type DocsFlavour } from '../../generator/docs/index.js';
import type { EmittedFile } from '../../generator/write/emitted-file.js';
import { loadApi } from './load-api.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const haveShared = fs.existsSync(path.join(shared, 'seeds'));
if (!haveShared) console.log(`seeds: skipped, ${shared} is absent (the seed documents and Clerk specs live there)`);

interface Seed {
  flavour: DocsFlavour;
  spec: string;
  overlays: string[];
  packageName: string;
  seedFile: string;
  docPath: string;
}

const seeds: Seed[] = [
  {
    flavour: 'typescript',
    spec: 'specs/clerk-bapi-2025-03-12/openapi.yml',
    overlays: [],
    packageName: '@clerk/backend-api-client',
    seedFile: 'seeds/typescript-RefreshSessionRequestBody.md',
    docPath: 'docs/models/operations/refreshsessionrequestbody.md',
  },
  {
    flavour: 'csharp',
    spec: 'specs/clerk-bapi/openapi.yml',
    overlays: ['specs/clerk-bapi/overlays/1-examples.yaml', 'specs/clerk-bapi/overlays/2-fixes.yaml'],
    packageName: 'Clerk.BackendAPI',
    seedFile: 'seeds/csharp-RefreshSessionRequestBody.md',
    docPath: 'docs/Models/Operations/RefreshSessionRequestBody.md',
  },
];

async function generate(seed: Seed): Promise<EmittedFile[]> {
  const api = await loadApi(
    path.join(shared, seed.spec),
    seed.overlays.map((o) => path.join(shared, o)),
  );
  return renderModelDocs(api, seed.flavour, { packageName: seed.packageName, sdkClassName: 'ClerkBackendApi' });
}

function writeTree(root: string, files: EmittedFile[]): void {
  fs.rmSync(root, { recursive: true, force: true });
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(root, f.path)), { recursive: true });
    fs.writeFileSync(path.join(root, f.path), f.contents);
  }
}

const maybe = haveShared ? describe : describe.skip;

maybe('seed documents', () => {
  test.each(seeds)('$flavour RefreshSessionRequestBody is byte-identical', async (seed) => {
    const files = await generate(seed);
    const out = process.env.SDKWRIGHT_DOCS_OUT;
    if (out) writeTree(path.join(out, seed.flavour), files);
    const doc = files.find((f) => f.path === seed.docPath);
    expect(doc?.contents).toBe(fs.readFileSync(path.join(shared, seed.seedFile), 'utf8'));
  });

  test.each(seeds)('$flavour docs are identical between runs', async (seed) => {
    expect(await generate(seed)).toEqual(await generate(seed));
  });
});

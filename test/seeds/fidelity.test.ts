/**
 * Docs conformance: render the docs of both Clerk inputs and measure them against the reference
 * samples with ../shared/tools/docs-fidelity.mjs. Every figure must stay at or above the one
 * recorded in fidelity-floor.json, so fidelity only moves up (raise the floor when it does).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderModelDocs, type DocsFlavour } from '../../generator/docs/index.js';
import { loadApi } from './load-api.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '..', '..', '..', 'shared');
const tool = path.join(shared, 'tools', 'docs-fidelity.mjs');
const haveShared = fs.existsSync(tool);
if (!haveShared) console.log(`docs fidelity: skipped, ${tool} is absent (the reference docs live in ../shared)`);

const floors = JSON.parse(fs.readFileSync(path.join(here, 'fidelity-floor.json'), 'utf8')) as Record<DocsFlavour, Record<string, number>>;

// The reference TypeScript SDK reads CLERK_BEARER_AUTH: its envVarPrefix is CLERK.
const inputs: Record<DocsFlavour, { spec: string; overlays: string[]; packageName: string; envVarPrefix?: string }> = {
  typescript: { spec: 'specs/clerk-bapi-2025-03-12/openapi.yml', overlays: [], packageName: '@clerk/backend-api-client', envVarPrefix: 'CLERK' },
  csharp: {
    spec: 'specs/clerk-bapi/openapi.yml',
    overlays: ['specs/clerk-bapi/overlays/1-examples.yaml', 'specs/clerk-bapi/overlays/2-fixes.yaml'],
    packageName: 'Clerk.BackendAPI',
  },
};

/** `fidelity: exact=53/56 normalized=…` → { exact: 53, … } (numerators only; denominators are the reference's). */
function parseFigures(lastLine: string): Record<string, number> {
  return Object.fromEntries([...lastLine.matchAll(/(\w+)=(\d+)\/\d+/g)].map((m) => [m[1], Number(m[2])]));
}

(haveShared ? describe : describe.skip).each(['csharp', 'typescript'] as DocsFlavour[])('docs fidelity (%s)', (flavour) => {
  test('no figure drops below the recorded floor', async () => {
    const input = inputs[flavour];
    const api = await loadApi(
      path.join(shared, input.spec),
      input.overlays.map((o) => path.join(shared, o)),
    );
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `sdkwright-fidelity-${flavour}-`));
    for (const file of renderModelDocs(api, flavour, { packageName: input.packageName, sdkClassName: 'ClerkBackendApi', ...(input.envVarPrefix ? { envVarPrefix: input.envVarPrefix } : {}) })) {
      fs.mkdirSync(path.dirname(path.join(out, file.path)), { recursive: true });
      fs.writeFileSync(path.join(out, file.path), file.contents);
    }
    const report = execFileSync(process.execPath, [tool, '--ref', path.join(shared, 'reference', flavour, 'docs'), '--gen', path.join(out, 'docs')], { encoding: 'utf8' });
    const last = report.trim().split('\n').pop()!;
    console.log(`${flavour}: ${last}`);
    const figures = parseFigures(last);
    for (const [name, floor] of Object.entries(floors[flavour])) {
      expect(figures).toHaveProperty(name);
      expect({ name, value: figures[name] >= floor ? floor : figures[name] }).toEqual({ name, value: floor });
    }
    fs.rmSync(out, { recursive: true, force: true });
  });
});

/**
 * Robustness: model docs for every spec of the shared corpus (and the api-shapes document)
 * render without throwing, give each page its own path, and are identical between runs.
 * Specs the IR builder cannot take yet are reported and skipped; they are not a docs failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderModelDocs } from '../../generator/docs/index.js';
import { loadApi } from './load-api.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');
const readme = path.join(shared, 'corpus', 'README.md');
const haveCorpus = fs.existsSync(readme);
if (!haveCorpus) console.log(`corpus docs: skipped, ${readme} is absent`);

// Entry column of the corpus table: "| name | `entry` | …".
const entries = haveCorpus
  ? fs
      .readFileSync(readme, 'utf8')
      .split('\n')
      .map((line) => /^\| [^|]+ \| `([^`]+)` \|/.exec(line)?.[1])
      .filter((entry): entry is string => entry !== undefined)
      .map((entry) => path.join(shared, 'corpus', entry))
      .concat(path.join(shared, 'specs', 'api-shapes', 'test.yaml'))
  : [];

const maybe = haveCorpus ? describe : describe.skip;

maybe('model docs over the corpus', () => {
  test.each(entries.map((e) => [path.relative(shared, e), e]))('%s', async (_, entry) => {
    let api;
    try {
      api = await loadApi(entry, []);
    } catch (error) {
      console.log(`corpus docs: ${entry}: IR not available (${String(error).slice(0, 160)})`);
      return;
    }
    for (const flavour of ['typescript', 'csharp'] as const) {
      const files = renderModelDocs(api, flavour, { packageName: 'sdk', sdkClassName: 'SDK' });
      const lowerPaths = new Set(files.map((f) => f.path.toLowerCase()));
      expect(lowerPaths.size).toBe(files.length);
      for (const f of files) expect(Buffer.byteLength(path.basename(f.path))).toBeLessThanOrEqual(255);
      expect(renderModelDocs(api, flavour, { packageName: 'sdk', sdkClassName: 'SDK' })).toEqual(files);
    }
  });
});

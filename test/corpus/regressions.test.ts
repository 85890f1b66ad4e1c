/**
 * Minimal reproductions of corpus specs that used to fail (test/corpus/regressions, one file
 * per shape, each saying which spec it comes from): each generates a TypeScript package that
 * type-checks under strict. They run in `npm test`, so a regression shows without the corpus.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { generate } from '../unit/robustness/support/generate.js';
import { STACK_FRAME } from '../unit/robustness/support/run-cli.js';
import { typeCheckPackage } from '../unit/robustness/support/type-check.js';

const HERE = path.resolve('test/corpus/regressions');
const specs = readdirSync(HERE)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

test.each(specs)('%s generates TypeScript that compiles under strict', async (spec) => {
  const generation = await generate({ spec, cwd: HERE, packageName: `@regression/${path.basename(spec, '.yaml')}` });
  try {
    expect(generation.run.stderr).not.toMatch(STACK_FRAME);
    expect({ exit: generation.run.code, errors: generation.errors }).toEqual({ exit: 0, errors: [] });
    expect(typeCheckPackage(generation.out).errors).toEqual([]);
  } finally {
    generation.remove();
  }
});

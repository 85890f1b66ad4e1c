/**
 * Valid but hostile specs (test/fixtures/hostile): each generates, without errors, a TypeScript
 * package that type-checks under strict. Known failures of other parts are listed, checked to
 * still fail the same way, and printed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { failureSummary, generate } from './support/generate.js';
import { expectKnownFailure, readKnownFailures } from './support/known-failures.js';
import { STACK_FRAME } from './support/run-cli.js';
import { typeCheckPackage } from './support/type-check.js';

const HOSTILE = path.resolve('test/fixtures/hostile');

interface HostileCase {
  name: string;
  spec: string;
  about: string;
}

const { cases } = JSON.parse(readFileSync(path.join(HOSTILE, 'cases.json'), 'utf8')) as { cases: HostileCase[] };
const known = readKnownFailures(path.join(HOSTILE, 'known-failures.json'));

test('every known failure names a case', () => {
  for (const name of Object.keys(known)) expect(cases.map((c) => c.name)).toContain(name);
});

describe.each(cases.map((c) => [c.name, c] as const))('hostile %s', (name, item) => {
  test(`generates TypeScript that compiles under strict (${item.about})`, async () => {
    const generation = await generate({ spec: item.spec, cwd: HOSTILE, packageName: `@hostile/${name}` });
    try {
      const failed = failureSummary(generation);
      let outcome: { stage: 'generate' | 'typecheck' | 'passed'; output: string };
      let errors: string[] = [];
      if (failed !== undefined) {
        outcome = { stage: 'generate', output: generation.run.stderr };
      } else {
        const checked = typeCheckPackage(generation.out);
        errors = checked.errors;
        outcome = errors.length > 0 ? { stage: 'typecheck', output: errors.join('\n') } : { stage: 'passed', output: '' };
      }
      // Even a failing run must fail cleanly.
      expect(generation.run.stderr).not.toMatch(STACK_FRAME);
      if (known[name]) return expectKnownFailure(name, known[name], outcome);
      expect({ exit: generation.run.code, stderr: generation.run.stderr }).toEqual({ exit: 0, stderr: expect.not.stringContaining('error[') });
      expect(errors).toEqual([]);
    } finally {
      generation.remove();
    }
  });
});

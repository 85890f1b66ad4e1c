/**
 * The bad-input catalog (test/fixtures/invalid/catalog.json), table-driven through the real CLI:
 * the exit code, every diagnostic with its location, no stack trace, and no output folder.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printedDiagnostics, runCli, STACK_FRAME, summarizePrinted } from './support/run-cli.js';

const INVALID = path.resolve('test/fixtures/invalid');

interface CatalogCase {
  name: string;
  spec?: string;
  overlays?: string[];
  /** Relative to the fixtures folder; a fresh temporary path when absent. */
  out?: string;
  exit: number;
  diagnostics: string[];
  messages: string[];
}

const catalog = JSON.parse(readFileSync(path.join(INVALID, 'catalog.json'), 'utf8')) as { cases: CatalogCase[] };

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'sdkwright-catalog-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('the catalog has at least 30 cases, each with a unique name', () => {
  expect(catalog.cases.length).toBeGreaterThanOrEqual(30);
  expect(new Set(catalog.cases.map((c) => c.name)).size).toBe(catalog.cases.length);
});

describe.each(catalog.cases.map((c, i) => [c.name, c, i] as const))('%s', (_name, item, index) => {
  test(`exit ${item.exit}, diagnostics as listed`, async () => {
    const out = item.out ?? path.join(scratch, `out-${index}`);
    const outBefore = item.out !== undefined ? readFileSync(path.join(INVALID, item.out)) : undefined;
    const argv = ['generate', ...(item.spec !== undefined ? [item.spec] : [])];
    for (const overlay of item.overlays ?? []) argv.push('--overlay', overlay);
    argv.push('--target', 'typescript', '--out', out);

    const run = await runCli(argv, INVALID);
    const printed = printedDiagnostics(run.stderr);

    expect({ exit: run.code, diagnostics: summarizePrinted(printed) }).toEqual({ exit: item.exit, diagnostics: item.diagnostics });
    for (const text of item.messages) expect(run.stderr).toContain(text);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.stderr).not.toContain('internal error');
    // Every line of stderr is accounted for: diagnostics, the closing summary, or usage help.
    const other = run.stderr.split('\n').filter((l) => l !== '' && !/: (error|warning)\[/.test(l));
    for (const line of other) expect(line).toMatch(/^(failed: \d+ errors?, \d+ warnings?; .* was not changed|error: .*|\(run "sdkwright generate --help" for usage\))$/);

    if (item.exit === 1) {
      const errors = printed.filter((d) => d.severity === 'error').length;
      const warnings = printed.length - errors;
      expect(run.stderr).toContain(`failed: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'};`);
    }
    if (item.exit === 0) {
      expect(run.stdout).toMatch(/^wrote \d+ files to /);
    } else {
      expect(run.stdout).toBe('');
      // Nothing was written: no output folder, and a file named by --out is untouched.
      if (outBefore !== undefined) expect(readFileSync(path.join(INVALID, item.out!))).toEqual(outBefore);
      else expect(existsSync(out)).toBe(false);
    }
  });
});

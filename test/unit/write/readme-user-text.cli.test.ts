/**
 * End to end through the CLI: text a user adds to README.md outside the section markers
 * survives regeneration, the sections are regenerated, and `--check` passes afterwards.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../generator/cli/main.js';
import { makeTempDir, removeDir } from './tree.js';

const fixtures = resolve(fileURLToPath(new URL('../../fixtures/specs/', import.meta.url)));
const SPEC = join(fixtures, 'csharp', 'client.yaml');

let cwd: string;
beforeEach(async () => {
  cwd = await makeTempDir();
});
afterEach(async () => removeDir(cwd));

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(argv, { cwd, stdout: (t) => void (out += t), stderr: (t) => void (out += t) });
  return { code, out };
}

const generate = (target: string, className: string, extra: string[] = []) => [
  'generate',
  SPEC,
  '--target',
  target,
  '--out',
  'sdk',
  '--package-name',
  target === 'csharp' ? 'Fixture.Client' : 'fixture-client',
  '--sdk-class-name',
  className,
  ...extra,
];

describe.each(['csharp', 'typescript'])('README.md user text through the CLI (%s)', (target) => {
  it('survives regeneration; sections are current; --check passes', async () => {
    const first = await run(generate(target, 'FixtureApi'));
    expect(first).toMatchObject({ code: 0 });
    const readme = join(cwd, 'sdk', 'README.md');
    const generated = await readFile(readme, 'utf8');
    await expect(readFile(join(cwd, 'sdk', 'USAGE.md'), 'utf8')).resolves.toContain('<!-- Start SDK Example Usage [usage] -->');
    expect(generated).toContain('<!-- Start SDK Installation [installation] -->');

    await writeFile(readme, `> Internal fork, ask #sdk-team.\n\n${generated}\n## Our own notes\n\nKeep this.\n`);
    // The class name is in several sections: renaming it shows they are regenerated.
    const second = await run(generate(target, 'RenamedApi'));
    expect(second).toMatchObject({ code: 0 });

    const merged = await readFile(readme, 'utf8');
    expect(merged.startsWith('> Internal fork, ask #sdk-team.\n\n<!-- Start Summary [summary] -->')).toBe(true);
    expect(merged.endsWith('\n## Our own notes\n\nKeep this.\n')).toBe(true);
    expect(merged).toContain('RenamedApi');
    expect(merged).not.toContain('FixtureApi');

    const check = await run(generate(target, 'RenamedApi', ['--check']));
    expect(check).toMatchObject({ code: 0 });
    // And a third run leaves the same bytes.
    await run(generate(target, 'RenamedApi'));
    expect(await readFile(readme, 'utf8')).toBe(merged);
  }, 120_000);
});

/**
 * The run cache through the CLI, with the real stages: a second run on unchanged input says
 * "up to date" and touches nothing; any change that could change the output regenerates.
 */
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliRun } from '../robustness/support/run-cli.js';
import { snapshotTree } from '../robustness/support/tree-snapshot.js';
import { makeTempDir, removeDir } from '../write/tree.js';

let cwd: string;
beforeEach(async () => {
  cwd = await makeTempDir();
  writeFileSync(
    join(cwd, 'api.yaml'),
    [
      'openapi: 3.0.3',
      'info: { title: Pets, version: 1.0.0 }',
      'paths:',
      '  /pets:',
      '    get:',
      '      operationId: listPets',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          content:',
      '            application/json:',
      "              schema: { $ref: 'pet.yaml' }",
      '',
    ].join('\n'),
  );
  writeFileSync(join(cwd, 'pet.yaml'), 'type: object\nproperties:\n  name: { type: string }\n');
  writeFileSync(join(cwd, 'overlay.yaml'), "overlay: 1.0.0\ninfo: { title: t, version: '1' }\nactions: []\n");
});
afterEach(async () => removeDir(cwd));

const GENERATE = ['generate', 'api.yaml', '--overlay', 'overlay.yaml', '--target', 'typescript', '--out', 'sdk'];

function run(argv: string[] = GENERATE): Promise<CliRun> {
  return runCli(argv, cwd, undefined, join(cwd, 'cache'));
}

const wrote = /^wrote \d+ files to sdk in /;

test('the second run on unchanged input is up to date and touches nothing', async () => {
  expect((await run()).stdout).toMatch(wrote);
  const before = snapshotTree(join(cwd, 'sdk'));
  const second = await run([...GENERATE, '--verbose']);
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/^up to date: \d+ files in sdk, input unchanged since the last run \(--force regenerates\)\n$/);
  expect(second.stderr).toMatch(/^cache\s+[\d.]+ ms$/m);
  // Nothing heavy ran: no target loading, no load stage.
  expect(second.stderr).not.toMatch(/^(target|load)\s/m);
  // Same inodes and times: nothing was rewritten, moved or swapped.
  expect(snapshotTree(join(cwd, 'sdk'))).toEqual(before);
});

test.each<[string, () => void, string[]]>([
  ['the spec changed', () => writeFileSync(join(cwd, 'api.yaml'), 'openapi: 3.0.3\ninfo: { title: Pets, version: 2.0.0 }\npaths: {}\n'), GENERATE],
  ['a file reached by $ref changed', () => writeFileSync(join(cwd, 'pet.yaml'), 'type: object\nproperties:\n  age: { type: integer }\n'), GENERATE],
  ['the overlay changed', () => writeFileSync(join(cwd, 'overlay.yaml'), "overlay: 1.0.0\ninfo: { title: t, version: '2' }\nactions: []\n"), GENERATE],
  ['an option changed', () => undefined, [...GENERATE, '--package-name', 'other']],
  ['a generated file was deleted', () => unlinkSync(join(cwd, 'sdk', 'package.json')), GENERATE],
  ['a generated file was edited', () => writeFileSync(join(cwd, 'sdk', 'package.json'), '{}\n'), GENERATE],
  ['--force is given', () => undefined, [...GENERATE, '--force']],
])('regenerates when %s', async (_name, change, argv) => {
  expect((await run()).code).toBe(0);
  change();
  const again = await run(argv);
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(wrote);
  // And the run after that, without --force, is up to date again.
  expect((await run(argv.filter((arg) => arg !== '--force'))).stdout).toMatch(/^up to date: /);
});

test('--check still compares in full, whatever the cache says', async () => {
  await run();
  writeFileSync(join(cwd, 'sdk', 'package.json'), '{}\n');
  const check = await run([...GENERATE, '--check']);
  expect(check.code).toBe(1);
  expect(check.stdout).toMatch(/would change: package\.json/);
  await run();
  expect(await run([...GENERATE, '--check'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^up to date: \d+ files\n$/) });
});

test('without a cache folder (in-process callers), every run generates', async () => {
  expect((await runCli(GENERATE, cwd)).code).toBe(0);
  const before = snapshotTree(join(cwd, 'sdk'));
  const again = await runCli(GENERATE, cwd);
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(wrote);
  // Generated in full, but a file whose bytes are the same is not rewritten: same inode, same mtime.
  expect(snapshotTree(join(cwd, 'sdk'))).toEqual(before);
});

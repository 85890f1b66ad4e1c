/**
 * Atomic output (README, "The output folder"): a run that fails, because the spec has errors,
 * the target throws half-way, or writing fails half-way, leaves an existing output folder
 * exactly as it was (bytes, modes, times, inodes) and no staging folder behind; a successful
 * regeneration carries the user's own files over untouched.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultStages, type PipelineStages } from '../../../generator/pipeline.js';
import type { EmittedFile } from '../../../generator/write/emitted-file.js';
import { printedDiagnostics, runCli, STACK_FRAME } from './support/run-cli.js';
import { snapshotTree, stagingLeftovers } from './support/tree-snapshot.js';

const INVALID = path.resolve('test/fixtures/invalid');
const GOOD = path.join(INVALID, 'overlay-base.yaml');
const BAD = path.join(INVALID, 'several-errors.yaml');

let root: string;
let out: string;
const generate = (spec: string, stages?: PipelineStages) => runCli(['generate', spec, '--target', 'typescript', '--out', out], root, stages);

/** A user's additions to a generated folder, with an old timestamp and an unusual mode. */
function addUserFiles(): void {
  mkdirSync(path.join(out, 'node_modules', 'dep'), { recursive: true });
  writeFileSync(path.join(out, 'node_modules', 'dep', 'index.js'), 'export const dep = 1;\n');
  writeFileSync(path.join(out, '.env'), 'TOKEN=secret\n');
  writeFileSync(path.join(out, 'src', 'custom.ts'), '// hand-written\nexport const custom = true;\n');
  mkdirSync(path.join(out, 'empty-folder'));
  symlinkSync('src/custom.ts', path.join(out, 'custom-link.ts'));
  chmodSync(path.join(out, '.env'), 0o600);
  const past = new Date('2001-02-03T04:05:06Z');
  for (const file of ['.env', 'src/custom.ts', 'node_modules/dep/index.js']) utimesSync(path.join(out, file), past, past);
}

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'sdkwright-atomic-'));
  out = path.join(root, 'sdk');
  const first = await generate(GOOD);
  expect(first.code).toBe(0);
  addUserFiles();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('a spec with errors: exit 1, the folder is untouched', async () => {
  const before = snapshotTree(out);
  const run = await generate(BAD);
  expect(run.code).toBe(1);
  expect(printedDiagnostics(run.stderr).length).toBeGreaterThan(0);
  expect(snapshotTree(out)).toEqual(before);
  expect(stagingLeftovers(root)).toEqual([]);
});

test('a target that throws half-way (injected stage): exit 70, the folder is untouched', async () => {
  const stages: PipelineStages = {
    ...defaultStages,
    async getTarget(id) {
      const real = await defaultStages.getTarget(id);
      return {
        id,
        async emit(...args) {
          await real.emit(...args);
          throw new Error('injected failure after emitting');
        },
      };
    },
  };
  const before = snapshotTree(out);
  const run = await generate(GOOD, stages);
  expect(run.code).toBe(70);
  expect(run.stderr).toContain('internal error: injected failure after emitting');
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(snapshotTree(out)).toEqual(before);
  expect(stagingLeftovers(root)).toEqual([]);
});

test('writing fails half-way (a name the file system refuses): exit 1, the folder is untouched', async () => {
  let written = 0;
  const stages: PipelineStages = {
    ...defaultStages,
    async writeOutput(outDir, files) {
      // A 300-byte file name is fine for the planner but ENAMETOOLONG for the file system; it
      // sorts after src/a… so part of the new tree is already written when it fails.
      const tooLong: EmittedFile = { path: `src/m${'x'.repeat(300)}.ts`, contents: 'export {};\n' };
      written = files.filter((f) => f.path < tooLong.path).length;
      return defaultStages.writeOutput(outDir, [...files, tooLong]);
    },
  };
  const before = snapshotTree(out);
  const run = await generate(GOOD, stages);
  expect(written).toBeGreaterThan(10);
  expect(run.code).toBe(1);
  expect(printedDiagnostics(run.stderr).map((d) => d.code)).toEqual(['write-failed']);
  expect(run.stderr).toContain('ENAMETOOLONG');
  expect(snapshotTree(out)).toEqual(before);
  expect(stagingLeftovers(root)).toEqual([]);
});

test('regeneration from another spec keeps user files (bytes, mode, mtime) and regenerates an edited generated file with a warning', async () => {
  const userPaths = ['.env', 'src/custom.ts', 'node_modules/dep/index.js', 'node_modules/dep', 'node_modules', 'empty-folder', 'custom-link.ts'];
  const before = snapshotTree(out);
  const edited = 'src/index.ts';
  const generatedText = readFileSync(path.join(out, edited), 'utf8');
  writeFileSync(path.join(out, edited), `${generatedText}// edited by hand\n`);

  // A different spec: some generated files change, others appear.
  const run = await generate(path.resolve('test/fixtures/hostile/recursion.yaml'));
  expect(run.code).toBe(0);
  const after = snapshotTree(out);
  expect(Object.keys(after)).toContain('src/models/components/tree.ts');
  for (const p of userPaths) {
    const { kind, mode, content } = before[p];
    const expected = kind === 'dir' ? { kind, mode } : { kind, mode, content, ...(kind === 'file' ? { mtimeMs: before[p].mtimeMs } : {}) };
    expect({ path: p, ...after[p] }).toMatchObject({ path: p, ...expected });
  }
  expect(readFileSync(path.join(out, edited), 'utf8')).not.toContain('edited by hand');
  expect(printedDiagnostics(run.stderr).map((d) => `${d.severity} ${d.code}`)).toEqual(['warning generated-file-edited']);
  expect(stagingLeftovers(root)).toEqual([]);
});

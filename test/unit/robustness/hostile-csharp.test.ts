/**
 * The hostile specs (test/fixtures/hostile) through the C# target: every project builds with
 * `dotnet build`, zero errors. One restore and one build over a solution of all of them.
 * Runs in `npm run corpus` (or with HOSTILE_CSHARP=1); skipped, with the reason printed, when
 * the C# target is not in this build or `dotnet` is not on PATH. Known failures of the target
 * would go in test/fixtures/hostile/known-failures-csharp.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dotnetSkipReason, restoreAndBuild, tempDir, removeTree, writeSolution, type BuildResult } from '../targets/csharp/support/dotnet.js';
import { generate, type Generation } from './support/generate.js';
import { readKnownFailures } from './support/known-failures.js';

const HOSTILE = path.resolve('test/fixtures/hostile');
const { cases } = JSON.parse(readFileSync(path.join(HOSTILE, 'cases.json'), 'utf8')) as { cases: { name: string; spec: string }[] };
const known = readKnownFailures(path.join(HOSTILE, 'known-failures-csharp.json'));

// A dotnet restore + build takes a minute or more: it runs with the full corpus, not in npm test.
const slowRunsEnabled = process.env.CORPUS === 'full' || process.env.HOSTILE_CSHARP === '1';
const skip = !slowRunsEnabled
  ? 'it runs in `npm run corpus` (or with HOSTILE_CSHARP=1)'
  : !existsSync(path.resolve('generator/targets/csharp/index.ts'))
    ? 'generator/targets/csharp is not there yet'
    : dotnetSkipReason();
if (skip) console.log(`hostile C# build skipped: ${skip}`);
const maybe = skip ? describe.skip : describe;

maybe('hostile specs: generated C# builds', () => {
  const generations = new Map<string, Generation>();
  let build: BuildResult;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir('hostile');
    for (const c of cases) {
      const packageName = `Hostile.${c.name.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase())}`;
      generations.set(c.name, await generate({ spec: c.spec, cwd: HOSTILE, target: 'csharp', packageName }));
    }
    const projects: string[] = [];
    for (const [name, g] of generations) {
      if (g.run.code !== 0 || known[name]?.stage === 'typecheck') continue;
      projects.push(...findProjects(g.out));
    }
    writeSolution(path.join(dir, 'hostile.slnx'), projects);
    build = await restoreAndBuild('hostile.slnx', dir);
    console.log(`hostile C# build: ${projects.length} projects, ${build.errors.length} errors, ${(build.ms / 1000).toFixed(1)} s`);
  }, 600_000);

  afterAll(() => {
    for (const g of generations.values()) g.remove();
    if (dir) removeTree(dir);
  });

  test.each(cases.map((c) => [c.name] as const))('%s generates C# without errors', (name) => {
    const g = generations.get(name)!;
    if (known[name]?.stage === 'generate') {
      console.log(`known C# failure, skipped: ${name}: ${known[name].reason}`);
      return;
    }
    expect({ exit: g.run.code, stderr: g.run.stderr }).toEqual({ exit: 0, stderr: expect.not.stringContaining('error[') });
  });

  test('dotnet build: zero errors', () => {
    expect(build.errors).toEqual([]);
    if (build.code !== 0) throw new Error(build.output.slice(-4000));
  });
});

function findProjects(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.csproj'))
    .map((p) => path.join(dir, p));
}

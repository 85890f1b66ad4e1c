/**
 * The generated C# projects under the .NET SDK, in one restore and one build (so the SDK starts
 * once): the fixtures, the bundled Clerk spec, the shared Clerk spec with its overlays (when
 * ../shared exists; the api-shapes spec too with SDKWRIGHT_CSHARP_API_SHAPES=1), and the xunit
 * project of test/csharp/SdkTests.
 *
 * 1. `dotnet build`: zero errors, zero warnings.
 * 2. The C# snippets of the operation docs, README.md and USAGE.md, compiled against the generated
 *    Clerk SDK (the count is reported; the snippets are the docs renderer's).
 * 3. `dotnet test` of the xunit project against test/csharp/server.ts on 127.0.0.1: the Clerk SDK
 *    (every operation through reflection, plus the docs' surface, errors and retries) and the
 *    client fixture (parameter styles, bodies, auth, servers, retries, errors, timeouts,
 *    pagination). The server checks each request against the spec.
 *
 * Skipped, with the reason printed, when `dotnet` is not on PATH.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../../../csharp/server.js';
import { DOTNET_ENV, dotnetSkipReason, dotnetVersion, removeTree, restoreAndBuild, runDotnet, tempDir, writeSolution, writeTree, type BuildResult, type DotnetRun } from './support/dotnet.js';
import { generateFixture, generateSpec, type Generated } from './support/generate.js';
import { docSnippets, failingSnippets, writeSnippetProject } from './support/snippets.js';
import { API_SHAPES, CLERK_SPEC, CSHARP_TESTS, SHARED, SHARED_CLERK, sharedClerkAvailable } from './support/paths.js';

const skip = dotnetSkipReason();
if (skip) console.log(`csharp dotnet tests skipped: ${skip}`);
const maybe = skip ? describe.skip : describe;

/** The ```csharp blocks of the package's own markdown files (README.md, USAGE.md). */
function packageDocSnippets(files: readonly { path: string; contents: string }[], paths: string[]): { origin: string; code: string }[] {
  return files.filter((f) => paths.includes(f.path)).flatMap((f) => [...f.contents.matchAll(/```csharp\n([\s\S]*?)```/g)].map((m, i) => ({ origin: `${f.path}#${i + 1}`, code: m[1] })));
}

function counters(trx: string): { total: number; passed: number; failed: number } {
  const m = /<Counters\b[^>]*\btotal="(\d+)"[^>]*\bpassed="(\d+)"[^>]*\bfailed="(\d+)"/.exec(trx);
  if (!m) throw new Error('no counters in the trx file');
  return { total: Number(m[1]), passed: Number(m[2]), failed: Number(m[3]) };
}

maybe('generated C# projects under dotnet', () => {
  const dir = skip ? '' : tempDir('dotnet');
  const projects: { name: string; generated: Generated }[] = [];
  let properties: string[] = [];
  let build: BuildResult;

  beforeAll(async () => {
    projects.push({ name: 'models', generated: await generateFixture('models') });
    projects.push({ name: 'fixture', generated: await generateFixture('client') });
    projects.push({ name: 'clerk', generated: await generateSpec(CLERK_SPEC, [], 'Clerk.BackendAPI') });
    if (sharedClerkAvailable()) {
      projects.push({ name: 'clerk-shared', generated: await generateSpec(SHARED_CLERK.spec, SHARED_CLERK.overlays, 'Clerk.BackendAPI') });
      // 508 operations of every shape the reference generator's own tests use; it doubles the build time.
      if (process.env.SDKWRIGHT_CSHARP_API_SHAPES === '1') projects.push({ name: 'api-shapes', generated: await generateSpec(API_SHAPES, [], 'Api.Shapes') });
      else console.log('csharp build of api-shapes skipped: set SDKWRIGHT_CSHARP_API_SHAPES=1 to include it');
    } else {
      console.log(`csharp build of the shared Clerk and api-shapes specs skipped: ${SHARED} not found`);
    }
    const paths = projects.map(({ name, generated }) => {
      writeTree(join(dir, name), generated.files);
      return `${name}/${generated.files.find((f) => f.path.endsWith('.csproj'))!.path}`;
    });
    mkdirSync(join(dir, 'tests'));
    for (const file of readdirSync(join(CSHARP_TESTS, 'SdkTests'))) if (/\.(cs|csproj)$/.test(file)) copyFileSync(join(CSHARP_TESTS, 'SdkTests', file), join(dir, 'tests', file));
    writeSolution(join(dir, 'all.slnx'), [...paths, 'tests/SdkTests.csproj']);
    const major = (dotnetVersion() ?? '10').split('.')[0];
    // The test project runs on the SDK's own runtime; the generated projects keep net8.0.
    properties = [`-p:ClerkProject=${join(dir, 'clerk', 'Clerk.BackendAPI.csproj')}`, `-p:FixtureProject=${join(dir, 'fixture', 'Fixture.Client.csproj')}`, `-p:TestFramework=net${major}.0`];
    build = await restoreAndBuild('all.slnx', dir, properties);
    const files = projects.map(({ name, generated }) => `${name}: ${generated.files.filter((f) => f.path.endsWith('.cs')).length} .cs files`).join(', ');
    console.log(`dotnet build: ${build.errors.length} errors, ${build.warnings.length} warnings, ${(build.ms / 1000).toFixed(1)} s (${files})`);
  }, 900_000);

  afterAll(() => {
    if (dir) removeTree(dir);
  });

  test('build succeeds with zero errors', () => {
    expect(build.errors).toEqual([]);
    if (build.code !== 0) throw new Error(build.output.slice(-4000));
  });

  test('zero warnings', () => {
    expect(build.warnings).toEqual([]);
  });

  test('every C# snippet of the operation docs compiles', async () => {
    const docs = projects.find((p) => p.name === 'clerk-shared') ?? projects.find((p) => p.name === 'clerk')!;
    // docSnippets covers the group pages and README.md; USAGE.md holds the usage example again.
    const snippets = [...docSnippets(docs.generated.files), ...packageDocSnippets(docs.generated.files, ['USAGE.md'])];
    const fromPackageDocs = snippets.filter((s) => /^(README|USAGE)\.md#/.test(s.origin)).length;
    expect(snippets.length).toBeGreaterThan(0);
    expect(fromPackageDocs).toBeGreaterThan(3);
    const project = writeSnippetProject(join(dir, 'snippets'), snippets, join(dir, docs.name, 'Clerk.BackendAPI.csproj'));
    const result = await restoreAndBuild(project, dir);
    const failing = failingSnippets(result.errors);
    const list = [...failing].map(
      (i) =>
        `  ${snippets[i].origin}: ${result.errors
          .find((e) => e.includes(`/S${i}.cs(`))
          ?.replace(/^.*error /, '')
          .replace(/ \[.*$/, '')}`,
    );
    console.log([`docs snippets compiled: ${snippets.length - failing.size}/${snippets.length} (${docs.name}; ${fromPackageDocs} of them in README.md/USAGE.md)`, ...list].join('\n'));
    expect(result.errors.filter((e) => !/[/\\]S\d+\.cs\(/.test(e))).toEqual([]);
    expect(list).toEqual([]);
  }, 300_000);

  test('the README and USAGE snippets of the client fixture compile (every kind of credential, server variables)', async () => {
    const fixture = projects.find((p) => p.name === 'fixture')!;
    const snippets = packageDocSnippets(fixture.generated.files, ['README.md', 'USAGE.md']);
    const csproj = fixture.generated.files.find((f) => f.path.endsWith('.csproj'))!.path;
    const project = writeSnippetProject(join(dir, 'fixture-snippets'), snippets, join(dir, 'fixture', csproj));
    const result = await restoreAndBuild(project, dir);
    const failing = failingSnippets(result.errors);
    console.log(`fixture README/USAGE snippets compiled: ${snippets.length - failing.size}/${snippets.length}`);
    expect(snippets.length).toBeGreaterThan(5);
    expect(result.errors).toEqual([]);
  }, 300_000);

  describe('xunit tests against the loopback server', () => {
    let server: TestServer;
    let run: DotnetRun;
    let result: { total: number; passed: number; failed: number } | undefined;
    const api = (name: string) => projects.find((p) => p.name === name)!.generated.api;

    beforeAll(async () => {
      if (build.code !== 0) return;
      server = await startTestServer([
        { prefix: '/clerk', api: api('clerk') },
        { prefix: '/fixture', api: api('fixture'), fixture: true },
      ]);
      const args = ['test', 'tests/SdkTests.csproj', '--no-build', '-nologo', '-tl:off', ...properties, '--logger', 'trx;LogFileName=results.trx', '--results-directory', join(dir, 'results')];
      run = await runDotnet(args, dir, 600_000, { ...DOTNET_ENV, SDK_TEST_SERVER: server.url });
      try {
        result = counters(readFileSync(join(dir, 'results', 'results.trx'), 'utf8'));
      } catch {
        result = undefined;
      }
      console.log(
        [
          `dotnet test: ${result ? `${result.passed} passed, ${result.failed} failed (of ${result.total})` : 'no results'}, ${(run.ms / 1000).toFixed(1)} s`,
          `operations exercised: Clerk ${server.called.get('/clerk')!.size}/${api('clerk').operations.length}, client fixture ${server.called.get('/fixture')!.size}/${api('fixture').operations.length}`,
          `request problems seen by the server: ${server.problems.length}`,
        ].join('\n'),
      );
    }, 900_000);

    afterAll(async () => {
      await server?.close();
    });

    test('dotnet test passes', () => {
      if (!result || result.failed > 0 || run.code !== 0) throw new Error(run?.output.slice(-8000) ?? 'not run: the build failed');
      expect(result.passed).toBeGreaterThan(0);
    });

    test('every operation of both SDKs was called', () => {
      const missing = (name: string, prefix: string) =>
        api(name)
          .operations.map((o) => o.id)
          .filter((id) => !server.called.get(prefix)!.has(id));
      expect(missing('clerk', '/clerk')).toEqual([]);
      expect(missing('fixture', '/fixture')).toEqual([]);
    });

    test('every request matched the spec', () => {
      expect(server.problems).toEqual([]);
    });
  });
});

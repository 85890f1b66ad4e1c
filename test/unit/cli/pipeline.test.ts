import { join } from 'node:path';
import { InputError, type Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import type { GenerateOptions } from '../../../generator/options.js';
import type { RunCache, UpToDate } from '../../../generator/cache/run-cache.js';
import { runPipeline } from '../../../generator/pipeline.js';
import { TargetUnavailableError } from '../../../generator/targets/registry.js';
import { makeTempDir, readTree, removeDir, writeTree } from '../write/tree.js';
import { fakeStages } from './fake-stages.js';

let root: string;
let options: GenerateOptions;
beforeEach(async () => {
  root = await makeTempDir();
  options = {
    spec: join(root, 'api.yaml'),
    overlays: [join(root, 'o1.yaml'), join(root, 'o2.yaml')],
    target: 'typescript',
    out: join(root, 'out'),
    packageName: 'pkg',
    sdkClassName: 'Api',
    moduleFormat: 'dual',
    check: false,
    verbose: false,
  };
});
afterEach(async () => removeDir(root));

describe('runPipeline', () => {
  it('runs every stage in order, timing each, and writes the emitted files', async () => {
    const stages = fakeStages();
    const result = await runPipeline(options, stages);
    expect(stages.calls).toEqual(['target:typescript', 'load', 'resolve', 'validate', 'ir', 'names', 'emit', 'write']);
    expect(stages.loadInputs).toEqual([{ spec: options.spec, overlays: options.overlays }]);
    expect(result.timings.map((t) => t.stage)).toEqual(['target', 'load', 'resolve', 'validate', 'ir', 'names', 'emit', 'write']);
    expect(result.timings.every((t) => t.ms >= 0)).toBe(true);
    expect(result.stoppedAfter).toBeUndefined();
    expect(result.emitted).toEqual(['package.json', 'src/sdk.ts']);
    expect(result.written?.written).toEqual(['package.json', 'src/sdk.ts']);
    expect((await readTree(options.out))['src/sdk.ts']).toBe('export class Api {}\n');
  });

  it.each([
    ['load', ['target:typescript', 'load']],
    ['validate', ['target:typescript', 'load', 'resolve', 'validate']],
    ['ir', ['target:typescript', 'load', 'resolve', 'validate', 'ir']],
    ['emit', ['target:typescript', 'load', 'resolve', 'validate', 'ir', 'names', 'emit']],
  ] as const)('stops after %s when it reports an error, writing nothing', async (stage, ran) => {
    const stages = fakeStages({ during: { [stage]: (d: Diagnostics) => d.error('bad', `broken in ${stage}`) } });
    const result = await runPipeline(options, stages);
    expect(stages.calls).toEqual(ran);
    expect(result.stoppedAfter).toBe(stage);
    expect(result.diagnostics.errors.map((d) => d.message)).toEqual([`broken in ${stage}`]);
    expect(result.written).toBeUndefined();
    await expect(readTree(options.out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it("reports a target's limitations as warnings of the emit stage, and still writes", async () => {
    const stages = fakeStages();
    const getTarget = stages.getTarget.bind(stages);
    stages.getTarget = async (id) => ({ ...(await getTarget(id)), limitations: () => [{ code: 'stream-raw-body', severity: 'warning', message: 'a raw stream' }] });
    const result = await runPipeline(options, stages);
    expect(result.diagnostics.items).toEqual([{ code: 'stream-raw-body', severity: 'warning', message: 'a raw stream' }]);
    expect(result.stoppedAfter).toBeUndefined();
    expect(result.written?.written).toEqual(['package.json', 'src/sdk.ts']);
  });

  it('goes on after warnings', async () => {
    const stages = fakeStages({ during: { validate: (d) => d.warning('meh', 'odd but fine') } });
    const result = await runPipeline(options, stages);
    expect(result.stoppedAfter).toBeUndefined();
    expect(result.diagnostics.warnings).toHaveLength(1);
    expect(result.written).toBeDefined();
  });

  it('takes the diagnostics of a thrown InputError without doubling those already reported', async () => {
    const stages = fakeStages({
      during: {
        ir: (d) => {
          d.error('first', 'reported then thrown');
          throw new InputError([...d.items, { code: 'second', severity: 'error', message: 'only thrown' }]);
        },
      },
    });
    const result = await runPipeline(options, stages);
    expect(result.stoppedAfter).toBe('ir');
    expect(result.diagnostics.items.map((d) => d.code)).toEqual(['first', 'second']);
  });

  it('lets a bug (any other exception) propagate', async () => {
    const stages = fakeStages({
      during: {
        ir: () => {
          throw new TypeError('oops');
        },
      },
    });
    await expect(runPipeline(options, stages)).rejects.toThrow('oops');
  });

  it('compares instead of writing in check mode', async () => {
    const stages = fakeStages();
    const result = await runPipeline({ ...options, check: true }, stages);
    expect(stages.calls.at(-1)).toBe('check');
    expect(result.check?.upToDate).toBe(false);
    expect(result.timings.at(-1)?.stage).toBe('check');
    await expect(readTree(options.out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('turns a failed write into an error diagnostic', async () => {
    const stages = fakeStages({ files: () => [{ path: `${'x'.repeat(300)}.ts`, contents: '' }] });
    const result = await runPipeline(options, stages);
    expect(result.stoppedAfter).toBe('write');
    expect(result.diagnostics.errors[0]).toMatchObject({ code: 'write-failed' });
  });

  it('refuses to write over a file the user put in the output folder, unless forced, and then warns', async () => {
    await writeTree(options.out, { 'package.json': 'mine\n' });
    const refused = await runPipeline(options, fakeStages());
    expect(refused.diagnostics.errors.map((d) => d.code)).toEqual(['output-not-ours']);
    expect(refused.diagnostics.errors[0].message).toMatch(/no sdkwright manifest\); writing would replace files sdkwright did not write: package\.json; nothing was written\. To fix: .*--force/);
    expect(refused.stoppedAfter).toBe('write');
    const result = await runPipeline({ ...options, force: true }, fakeStages());
    expect(result.diagnostics.warnings.map((d) => d.code)).toEqual(['user-file-replaced']);
    expect(result.diagnostics.hasErrors).toBe(false);
  });

  describe('with a run cache', () => {
    /** A cache that answers `hit` and records what it is told. */
    function fakeCache(hit: UpToDate | undefined) {
      const calls: string[] = [];
      const cache: RunCache = {
        lookup: () => {
          calls.push('lookup');
          return hit;
        },
        remember: (_options, inputs, diagnostics) => void calls.push(`remember ${inputs.length} inputs, ${diagnostics.length} diagnostics`),
      };
      return { cache, calls };
    }
    const withInputs = () => {
      const stages = fakeStages({ during: { validate: (d) => d.warning('meh', 'odd but fine') } });
      const resolve = stages.resolveSpec;
      stages.resolveSpec = async (read, d) => ({ ...(await resolve(read, d))!, inputs: [{ path: read.input.spec, sha256: 'x' }] });
      return stages;
    };

    it('stops before loading the target when the output is up to date, reporting the recorded warnings', async () => {
      const stages = fakeStages();
      const { cache } = fakeCache({ fileCount: 7, diagnostics: [{ code: 'meh', severity: 'warning', message: 'odd' }] });
      const result = await runPipeline(options, stages, cache);
      expect(stages.calls).toEqual([]);
      expect(result.upToDate).toEqual({ fileCount: 7 });
      expect(result.timings.map((t) => t.stage)).toEqual(['cache']);
      expect(result.diagnostics.warnings.map((d) => d.code)).toEqual(['meh']);
    });

    it('on a miss runs every stage, then remembers the inputs and the warnings of the run', async () => {
      const stages = withInputs();
      const { cache, calls } = fakeCache(undefined);
      const result = await runPipeline(options, stages, cache);
      expect(stages.calls).toEqual(['target:typescript', 'load', 'resolve', 'validate', 'ir', 'names', 'emit', 'write']);
      expect(calls).toEqual(['lookup', 'remember 1 inputs, 1 diagnostics']);
      expect(result.timings.map((t) => t.stage)).toEqual(['cache', 'target', 'load', 'resolve', 'validate', 'ir', 'names', 'emit', 'write', 'record']);
    });

    it('is not asked with --force (but remembers) nor with --check (and does not remember)', async () => {
      const forced = fakeCache({ fileCount: 1, diagnostics: [] });
      await runPipeline({ ...options, force: true }, withInputs(), forced.cache);
      expect(forced.calls).toEqual(['remember 1 inputs, 1 diagnostics']);
      const checked = fakeCache({ fileCount: 1, diagnostics: [] });
      await runPipeline({ ...options, check: true }, withInputs(), checked.cache);
      expect(checked.calls).toEqual([]);
    });

    it('fails for an unavailable target before answering from the cache', async () => {
      const stages = fakeStages();
      stages.assertTargetAvailable = (id) => {
        throw new TargetUnavailableError(id);
      };
      await expect(runPipeline(options, stages, fakeCache({ fileCount: 1, diagnostics: [] }).cache)).rejects.toBeInstanceOf(TargetUnavailableError);
    });
  });
});

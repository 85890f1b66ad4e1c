import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../../../generator/cli/main.js';
import { TargetUnavailableError } from '../../../generator/targets/registry.js';
import type { PipelineStages } from '../../../generator/pipeline.js';
import { makeTempDir, readTree, removeDir, writeTree } from '../write/tree.js';
import { fakeStages, type FakeStageOptions } from './fake-stages.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let cwd: string;
beforeEach(async () => {
  cwd = await makeTempDir();
  await writeFile(join(cwd, 'api.yaml'), 'openapi: 3.1.0\n');
});
afterEach(async () => removeDir(cwd));

async function run(argv: string[], stages: PipelineStages | FakeStageOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stages: 'getTarget' in stages ? stages : fakeStages(stages),
  });
  return { code, stdout, stderr };
}

const GENERATE = ['generate', 'api.yaml', '--target', 'typescript', '--out', 'sdk'];

describe('sdkwright CLI', () => {
  describe('usage errors exit 2 without a stack trace', () => {
    it.each<[string, string[], RegExp]>([
      ['no command', [], /Usage: sdkwright/],
      ['unknown command', ['gen'], /unknown command 'gen'/],
      ['unknown flag', [...GENERATE, '--colour'], /unknown option '--colour'/],
      ['flag without its value', ['generate', 'api.yaml', '--target'], /argument missing/],
      ['two specs', [...GENERATE, 'more.yaml'], /too many arguments/],
      ['missing --out', ['generate', 'api.yaml', '--target', 'typescript'], /missing --out/],
      ['missing --target', ['generate', 'api.yaml', '--out', 'sdk'], /missing --target/],
      ['bad target', ['generate', 'api.yaml', '--target', 'go', '--out', 'sdk'], /unknown target "go"/],
      ['missing config file', [...GENERATE, '--config', 'nope.yaml'], /cannot read config file nope\.yaml: no such file/],
      ['bad class name', [...GENERATE, '--sdk-class-name', 'a b'], /not an identifier/],
      ['--target given twice', [...GENERATE, '--target', 'csharp'], /'--target <target>' argument 'csharp' is invalid\. given twice \("typescript", then "csharp"\); give it once/],
      ['--out given twice', [...GENERATE, '--out', 'other'], /'--out <dir>' argument 'other' is invalid\. given twice/],
      ['bad npm package name', [...GENERATE, '--package-name', 'Bad Name!'], /"Bad Name!" is not a valid npm package name/],
    ])('%s', async (_name, argv, message) => {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe('');
    });

    it('--out naming a file', async () => {
      await writeFile(join(cwd, 'sdk'), 'a file');
      const result = await run(GENERATE);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/error: --out sdk is a file, not a folder/);
    });

    it('config file with an unknown key', async () => {
      await writeFile(join(cwd, 'sdkwright.config.yaml'), 'spec: api.yaml\nspecs: x\n');
      const result = await run(['generate']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/unknown key "specs" in config file sdkwright\.config\.yaml \(did you mean "spec"\?\)/);
    });

    it('config file that does not parse', async () => {
      await writeFile(join(cwd, 'sdkwright.config.json'), '{ nope');
      expect((await run(['generate'])).code).toBe(2);
    });

    it('a target that is not available yet', async () => {
      const stages = fakeStages();
      stages.getTarget = async (id) => Promise.reject(new TargetUnavailableError(id));
      const result = await run(['generate', 'api.yaml', '--target', 'csharp', '--out', 'sdk'], stages);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('error: target csharp is not available yet\n');
    });
  });

  it.each([['--help'], ['-h'], ['help'], ['generate', '--help'], ['help', 'generate']])('%s prints help and exits 0', async (...argv) => {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: sdkwright/);
  });

  it('generate --help documents every flag', async () => {
    const { stdout } = await run(['generate', '--help']);
    for (const flag of ['--overlay', '--target', '--out', '--package-name', '--sdk-class-name', '--check', '--force', '--config', '--verbose']) {
      expect(stdout).toContain(flag);
    }
  });

  it.each([['--version'], ['-V']])('%s prints the package version', async (flag) => {
    const result = await run([flag]);
    expect(result).toEqual({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\S*\n$/), stderr: '' });
  });

  it('generates, printing one summary line', async () => {
    const result = await run([...GENERATE, '--package-name', '@acme/api', '--sdk-class-name', 'Acme']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote 2 files to sdk in \d+\.\d\d s\n$/);
    expect(result.stderr).toBe('');
    const tree = await readTree(join(cwd, 'sdk'));
    expect(tree['package.json']).toBe('{"name":"@acme/api"}\n');
    expect(tree['src/sdk.ts']).toBe('export class Acme {}\n');
  });

  it('uses the defaults from options.ts when no names are given', async () => {
    await run(GENERATE);
    expect((await readTree(join(cwd, 'sdk')))['src/sdk.ts']).toBe('export class SDK {}\n');
  });

  it('prints warnings to stderr and still succeeds', async () => {
    const result = await run(GENERATE, {
      during: { validate: (d) => d.warning('odd-thing', 'looks odd', { file: join(cwd, 'api.yaml'), line: 3, column: 5 }) },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('api.yaml:3:5: warning[odd-thing]: looks odd\n');
    expect(result.stdout).toMatch(/^wrote 2 files/);
  });

  it('exits 1 on spec errors, printing each diagnostic and writing nothing', async () => {
    const result = await run(GENERATE, {
      during: {
        load: (d) => {
          d.error('ref-not-found', 'no such schema', { file: join(cwd, 'api.yaml'), line: 7, pointer: '#/paths' });
          d.warning('odd-thing', 'also odd');
        },
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'api.yaml:7:1 #/paths: error[ref-not-found]: no such schema',
      '<input>: warning[odd-thing]: also odd',
      'failed: 1 error, 1 warning; sdk was not changed',
      '',
    ]);
    expect(result.stdout).toBe('');
    await expect(readTree(join(cwd, 'sdk'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('exits 70 on an internal error with one line and no stack', async () => {
    const result = await run(GENERATE, {
      during: {
        ir: () => {
          throw new TypeError("Cannot read properties of undefined (reading 'x')");
        },
      },
    });
    expect(result.code).toBe(70);
    expect(result.stderr).toBe("sdkwright: internal error: Cannot read properties of undefined (reading 'x') (this is a bug in sdkwright; please report it)\n");
  });

  it('adds the stack to an internal error with --verbose, for the report', async () => {
    const result = await run([...GENERATE, '--verbose'], {
      during: {
        ir: () => {
          throw new Error('boom');
        },
      },
    });
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/please report it\)\nError: boom\n\s+at /);
  });

  it('--verbose prints per-stage timings in ms', async () => {
    const result = await run([...GENERATE, '--verbose']);
    expect(result.code).toBe(0);
    for (const stage of ['load', 'resolve', 'validate', 'ir', 'names', 'emit', 'write']) {
      expect(result.stderr).toMatch(new RegExp(`^${stage}\\s+\\d+\\.\\d ms$`, 'm'));
    }
  });

  describe('--check', () => {
    it('exits 0 when the output is up to date', async () => {
      expect((await run(GENERATE)).code).toBe(0);
      const result = await run([...GENERATE, '--check']);
      expect(result).toEqual({ code: 0, stdout: 'up to date: 2 files\n', stderr: '' });
    });

    it('lists what would change and exits 1, without writing', async () => {
      await run(GENERATE);
      await writeFile(join(cwd, 'sdk', 'src', 'sdk.ts'), 'edited\n');
      await writeTree(join(cwd, 'sdk'), { 'user-notes.md': 'mine\n' });
      const before = await readTree(join(cwd, 'sdk'));
      const files = () => [
        { path: 'README.md', contents: '# new\n' },
        { path: 'src/sdk.ts', contents: 'export class SDK {}\n' },
      ];

      const result = await run([...GENERATE, '--check'], { files });

      expect(result.code).toBe(1);
      expect(result.stdout.split('\n')).toEqual([
        'would add:    README.md',
        'would change: src/sdk.ts',
        'would change: .sdkwright/manifest.json',
        'would remove: package.json',
        'out of date: 4 files in sdk would change',
        '',
      ]);
      expect(await readTree(join(cwd, 'sdk'))).toEqual(before);
    });

    it('reports a missing output folder as drift', async () => {
      const result = await run([...GENERATE, '--check']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/would add: {4}package\.json/);
    });
  });

  describe('config file', () => {
    it('is found in the working folder, its paths relative to itself', async () => {
      await writeFile(join(cwd, 'sdkwright.config.yaml'), 'spec: api.yaml\noverlays: [o1.yaml, o2.yaml]\ntarget: typescript\nout: build/sdk\npackageName: "@cfg/pkg"\nsdkClassName: Cfg\n');
      const stages = fakeStages();
      const result = await run(['generate'], stages);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^wrote 2 files to build\/sdk in/);
      expect(stages.loadInputs).toEqual([{ spec: join(cwd, 'api.yaml'), overlays: [join(cwd, 'o1.yaml'), join(cwd, 'o2.yaml')] }]);
      expect((await readTree(join(cwd, 'build/sdk')))['package.json']).toBe('{"name":"@cfg/pkg"}\n');
    });

    it('given with --config resolves paths against its own folder, and flags win', async () => {
      await mkdir(join(cwd, 'conf'));
      await writeFile(join(cwd, 'conf', 'my.json'), JSON.stringify({ spec: '../api.yaml', target: 'typescript', out: 'out', sdkClassName: 'FromConfig' }));
      const stages = fakeStages();
      const result = await run(['generate', '--config', 'conf/my.json', '--sdk-class-name', 'FromFlag'], stages);
      expect(result.code).toBe(0);
      expect(stages.loadInputs[0]?.spec).toBe(join(cwd, 'api.yaml'));
      expect((await readTree(join(cwd, 'conf', 'out')))['src/sdk.ts']).toBe('export class FromFlag {}\n');
    });
  });
});

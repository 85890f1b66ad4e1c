import { UsageError } from '../../../generator/cli/usage-error.js';
import { mergeGenerateOptions, type GenerateFlags } from '../../../generator/cli/generate-options.js';
import type { ConfigSettings } from '../../../generator/cli/config-file.js';
import type { GenerateOptions } from '../../../generator/options.js';

const CWD = '/work/project';
const MINIMAL: GenerateFlags = { spec: 'api.yaml', target: 'typescript', out: 'gen' };

describe('mergeGenerateOptions', () => {
  it.each<[string, GenerateFlags, ConfigSettings | undefined, Partial<GenerateOptions>]>([
    [
      'flags only, with defaults filled in',
      MINIMAL,
      undefined,
      {
        spec: '/work/project/api.yaml',
        overlays: [],
        target: 'typescript',
        out: '/work/project/gen',
        packageName: 'openapi-sdk',
        sdkClassName: 'SDK',
        check: false,
        verbose: false,
      },
    ],
    ['csharp default package name', { ...MINIMAL, target: 'csharp' }, undefined, { packageName: 'OpenApi.Sdk' }],
    [
      'config only',
      {},
      { spec: '/cfg/api.yaml', overlays: ['/cfg/o.yaml'], target: 'csharp', out: '/cfg/out', packageName: 'Acme', sdkClassName: 'Acme' },
      { spec: '/cfg/api.yaml', overlays: ['/cfg/o.yaml'], target: 'csharp', out: '/cfg/out', packageName: 'Acme', sdkClassName: 'Acme' },
    ],
    [
      'flags override config, paths relative to cwd',
      { spec: 'other.yaml', out: '../elsewhere', target: 'typescript', packageName: 'flag-pkg' },
      { spec: '/cfg/api.yaml', target: 'csharp', out: '/cfg/out', packageName: 'cfg-pkg', sdkClassName: 'FromConfig' },
      { spec: '/work/project/other.yaml', out: '/work/elsewhere', target: 'typescript', packageName: 'flag-pkg', sdkClassName: 'FromConfig' },
    ],
    [
      '--overlay replaces the config list, keeping the order given',
      { ...MINIMAL, overlays: ['b.yaml', 'a.yaml'] },
      { overlays: ['/cfg/x.yaml'] },
      { overlays: ['/work/project/b.yaml', '/work/project/a.yaml'] },
    ],
    ['config overlays kept when no --overlay', MINIMAL, { overlays: ['/cfg/x.yaml'] }, { overlays: ['/cfg/x.yaml'] }],
    ['absolute paths kept', { ...MINIMAL, spec: '/abs/api.yaml', out: '/abs/out' }, undefined, { spec: '/abs/api.yaml', out: '/abs/out' }],
    ['URLs are not taken for paths', { ...MINIMAL, spec: 'https://example.com/api.yaml' }, undefined, { spec: 'https://example.com/api.yaml' }],
    ['--check and --verbose', { ...MINIMAL, check: true, verbose: true }, undefined, { check: true, verbose: true }],
  ])('%s', (_name, flags, config, expected) => {
    expect(mergeGenerateOptions(flags, config, CWD)).toMatchObject(expected);
  });

  it('envVarPrefix: from the flag or the config', () => {
    expect(mergeGenerateOptions({ ...MINIMAL, envVarPrefix: 'ACME_1' }, undefined, CWD).envVarPrefix).toBe('ACME_1');
    expect(mergeGenerateOptions(MINIMAL, { envVarPrefix: 'CLERK' }, CWD).envVarPrefix).toBe('CLERK');
    expect(mergeGenerateOptions(MINIMAL, undefined, CWD)).not.toHaveProperty('envVarPrefix');
  });

  it('mcp: from the flag or the config, absent when off', () => {
    expect(mergeGenerateOptions({ ...MINIMAL, mcp: true }, undefined, CWD).mcp).toBe(true);
    expect(mergeGenerateOptions(MINIMAL, { mcp: true }, CWD).mcp).toBe(true);
    expect(mergeGenerateOptions(MINIMAL, { mcp: false }, CWD)).not.toHaveProperty('mcp');
  });

  it.each([
    ['typescript', '@acme/payments-sdk'],
    ['typescript', 'sdk.v2_beta~1'],
    ['csharp', 'Acme.Payments'],
    ['csharp', '_Internal.Api2'],
  ] as const)('a valid %s package name passes: %s', (target, packageName) => {
    expect(mergeGenerateOptions({ ...MINIMAL, target, packageName }, undefined, CWD).packageName).toBe(packageName);
  });

  it.each<[string, GenerateFlags, ConfigSettings | undefined, RegExp]>([
    ['no spec', { target: 'typescript', out: 'x' }, undefined, /missing spec/],
    ['no target', { spec: 'a.yaml', out: 'x' }, undefined, /missing --target \(typescript or csharp\)/],
    ['no out', { spec: 'a.yaml', target: 'typescript' }, undefined, /missing --out/],
    ['every missing setting at once', {}, undefined, /missing spec.*\n.*missing --target.*\n.*missing --out/],
    ['unknown target', { ...MINIMAL, target: 'go' }, undefined, /unknown target "go"/],
    ['empty --out', { ...MINIMAL, out: '' }, undefined, /--out must not be empty/],
    ['empty --overlay', { ...MINIMAL, overlays: [''] }, undefined, /--overlay must not be empty/],
    ['class name not an identifier', { ...MINIMAL, sdkClassName: 'My-Sdk' }, undefined, /"My-Sdk" is not an identifier/],
    ['class name from config checked too', MINIMAL, { sdkClassName: '1Sdk' }, /"1Sdk" is not an identifier/],
    ['npm name with spaces and capitals', { ...MINIMAL, target: 'typescript', packageName: 'Bad Name!' }, undefined, /"Bad Name!" is not a valid npm package name: .*for example "bad-name"/],
    ['npm name too long', { ...MINIMAL, target: 'typescript', packageName: 'a'.repeat(215) }, undefined, /is not a valid npm package name/],
    ['npm name from config checked too', { ...MINIMAL, target: 'typescript' }, { packageName: '_private' }, /"_private" is not a valid npm package name/],
    ['C# namespace with a dash', { ...MINIMAL, target: 'csharp', packageName: 'my-ns' }, undefined, /"my-ns" is not a valid C# namespace/],
    ['env prefix not upper snake case', { ...MINIMAL, envVarPrefix: 'acme-api' }, undefined, /environment variable prefix "acme-api" must be upper-case/],
    ['env prefix with csharp', { ...MINIMAL, target: 'csharp', envVarPrefix: 'ACME' }, undefined, /applies to the TypeScript target only/],
    ['--mcp with csharp', { ...MINIMAL, target: 'csharp', mcp: true }, undefined, /MCP server for the TypeScript target only/],
    ['mcp: true in the config with csharp', { ...MINIMAL, target: 'csharp' }, { mcp: true }, /MCP server for the TypeScript target only/],
    ['C# namespace with an empty part', { ...MINIMAL, target: 'csharp', packageName: 'Acme..Api' }, undefined, /is not a valid C# namespace/],
  ])('usage error: %s', (_name, flags, config, message) => {
    const error = (() => {
      try {
        mergeGenerateOptions(flags, config, CWD);
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});

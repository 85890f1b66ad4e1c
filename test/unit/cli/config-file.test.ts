import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findConfigFile, parseConfig, readConfigFile } from '../../../generator/cli/config-file.js';
import { UsageError } from '../../../generator/cli/usage-error.js';
import { makeTempDir, removeDir } from '../write/tree.js';

describe('parseConfig', () => {
  it('reads every setting and resolves paths against the config folder', () => {
    const settings = parseConfig(
      { spec: 'api.yaml', overlays: ['o/1.yaml', '/abs/2.yaml'], target: 'csharp', out: '../out', packageName: 'Acme.Api', sdkClassName: 'AcmeApi' },
      'cfg.yaml',
      '/repo/config',
    );
    expect(settings).toEqual({
      spec: '/repo/config/api.yaml',
      overlays: ['/repo/config/o/1.yaml', '/abs/2.yaml'],
      target: 'csharp',
      out: '/repo/out',
      packageName: 'Acme.Api',
      sdkClassName: 'AcmeApi',
    });
  });

  it('reads mcp as a boolean, and refuses anything else', () => {
    expect(parseConfig({ mcp: true }, 'cfg.yaml', '/repo')).toEqual({ mcp: true });
    expect(() => parseConfig({ mcp: 'yes' }, 'cfg.yaml', '/repo')).toThrow('key "mcp" in config file cfg.yaml must be true or false');
  });

  it('takes an empty file as no settings', () => {
    expect(parseConfig(null, 'cfg.yaml', '/repo')).toEqual({});
  });

  it.each<[string, unknown, RegExp]>([
    ['a list at the top', ['spec'], /must hold a mapping/],
    ['a scalar at the top', 'spec: x', /must hold a mapping/],
    ['unknown key', { spec: 'a', colour: 'red' }, /unknown key "colour" in config file cfg\.yaml \(known keys: spec, overlays/],
    ['misspelt key', { package_name: 'x' }, /unknown key "package_name".*did you mean "packageName"/],
    ['singular overlay', { overlay: ['x'] }, /did you mean "overlays"/],
    ['spec not a string', { spec: 42 }, /key "spec" in config file cfg\.yaml must be a non-empty string/],
    ['empty out', { out: ' ' }, /key "out" .* must be a non-empty string/],
    ['overlays not a list', { overlays: 'o.yaml' }, /key "overlays" .* must be a list of file paths/],
    ['overlays with a number', { overlays: ['o.yaml', 3] }, /key "overlays" .* must be a list of file paths/],
    ['bad target', { target: 'java' }, /key "target" .* must be one of typescript, csharp/],
    ['packageName not a string', { packageName: true }, /key "packageName" .* non-empty string/],
  ])('usage error: %s', (_name, value, message) => {
    expect(() => parseConfig(value, 'cfg.yaml', '/repo')).toThrow(UsageError);
    expect(() => parseConfig(value, 'cfg.yaml', '/repo')).toThrow(message);
  });
});

describe('config files on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => removeDir(dir));

  it('finds nothing when there is no config file', async () => {
    expect(await findConfigFile(dir)).toBeUndefined();
  });

  it.each(['sdkwright.config.yaml', 'sdkwright.config.yml', 'sdkwright.config.json'])('finds %s', async (name) => {
    await writeFile(join(dir, name), '{}');
    expect(await findConfigFile(dir)).toBe(join(dir, name));
  });

  it('refuses to guess between two config files', async () => {
    await writeFile(join(dir, 'sdkwright.config.yaml'), '');
    await writeFile(join(dir, 'sdkwright.config.json'), '{}');
    await expect(findConfigFile(dir)).rejects.toThrow(/found sdkwright\.config\.yaml and sdkwright\.config\.json/);
  });

  it('ignores a folder with a config file name', async () => {
    await mkdir(join(dir, 'sdkwright.config.yaml'));
    expect(await findConfigFile(dir)).toBeUndefined();
  });

  it('reads YAML and JSON alike', async () => {
    await writeFile(join(dir, 'a.yaml'), 'spec: api.yaml\ntarget: typescript\n');
    await writeFile(join(dir, 'b.json'), '{"spec": "api.yaml", "target": "typescript"}');
    const yaml = await readConfigFile(join(dir, 'a.yaml'));
    const json = await readConfigFile(join(dir, 'b.json'));
    expect(yaml.settings).toEqual({ spec: join(dir, 'api.yaml'), target: 'typescript' });
    expect(json.settings).toEqual(yaml.settings);
  });

  it.each<[string, string | undefined, RegExp]>([
    ['missing file', undefined, /cannot read config file .*: no such file/],
    ['YAML syntax error', 'spec: [unclosed\n', /cannot parse config file/],
    ['duplicate key', 'spec: a\nspec: b\n', /cannot parse config file/],
  ])('usage error for %s', async (_name, contents, message) => {
    const path = join(dir, 'sdkwright.config.yaml');
    if (contents !== undefined) await writeFile(path, contents);
    await expect(readConfigFile(path)).rejects.toThrow(UsageError);
    await expect(readConfigFile(path)).rejects.toThrow(message);
  });

  it('usage error for broken JSON', async () => {
    const path = join(dir, 'sdkwright.config.json');
    await writeFile(path, '{"spec": ');
    await expect(readConfigFile(path)).rejects.toThrow(/cannot parse config file/);
  });
});

import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { TARGET_IDS, isTargetId } from '../targets/registry.js';
import { MODULE_FORMATS, type ModuleFormat, type TargetId } from '../options.js';
import { resolveUserPath } from './paths.js';
import { yamlLibrary } from '../load/yaml-library.js';
import { UsageError } from './usage-error.js';

/** Looked for, in this order, in the working folder when `--config` is not given. */
export const CONFIG_FILE_NAMES = ['sdkwright.config.yaml', 'sdkwright.config.yml', 'sdkwright.config.json'] as const;

/** Settings a config file may hold; paths are absolute once read. */
export interface ConfigSettings {
  spec?: string;
  overlays?: string[];
  target?: TargetId;
  out?: string;
  packageName?: string;
  sdkClassName?: string;
  moduleFormat?: ModuleFormat;
  mcp?: boolean;
  envVarPrefix?: string;
}

export interface ConfigFile {
  path: string;
  settings: ConfigSettings;
}

type KeyKind = 'path' | 'paths' | 'target' | 'name' | 'moduleFormat' | 'boolean';

const KEYS: Record<keyof ConfigSettings, KeyKind> = {
  spec: 'path',
  overlays: 'paths',
  target: 'target',
  out: 'path',
  packageName: 'name',
  sdkClassName: 'name',
  moduleFormat: 'moduleFormat',
  mcp: 'boolean',
  envVarPrefix: 'name',
};

/** The config file in `cwd`, if any. Two of them would make the choice a guess, so that fails. */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  const found: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(cwd, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) found.push(name);
  }
  if (found.length > 1) {
    throw new UsageError(`found ${found.join(' and ')} in ${cwd}; keep one, or choose with --config`);
  }
  return found.length === 1 ? join(cwd, found[0]!) : undefined;
}

export async function readConfigFile(path: string, shownAs: string = path): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (code ?? String(error));
    throw new UsageError(`cannot read config file ${shownAs}: ${reason}`);
  }
  let value: unknown;
  try {
    value = path.endsWith('.json') ? JSON.parse(text) : yamlLibrary().parse(text);
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new UsageError(`cannot parse config file ${shownAs}: ${reason}`);
  }
  return { path, settings: parseConfig(value, shownAs, dirname(path)) };
}

/**
 * Checks a parsed config file and resolves its paths against `baseDir` (the file's folder, so
 * a config means the same thing whichever folder sdkwright is run from).
 */
export function parseConfig(value: unknown, shownAs: string, baseDir: string): ConfigSettings {
  // An empty file is a config with nothing set.
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`config file ${shownAs} must hold a mapping of settings (${Object.keys(KEYS).join(', ')})`);
  }
  const settings: ConfigSettings = {};
  for (const [key, raw] of Object.entries(value)) {
    if (!(key in KEYS)) {
      const hint = suggestKey(key);
      throw new UsageError(`unknown key "${key}" in config file ${shownAs}` + (hint !== undefined ? ` (did you mean "${hint}"?)` : ` (known keys: ${Object.keys(KEYS).join(', ')})`));
    }
    const name = key as keyof ConfigSettings;
    const problem = (expected: string) => new UsageError(`key "${key}" in config file ${shownAs} must be ${expected}`);
    switch (KEYS[name]) {
      case 'path':
        settings[name as 'spec' | 'out'] = resolveUserPath(baseDir, requireText(raw, problem));
        break;
      case 'name':
        settings[name as 'packageName' | 'sdkClassName' | 'envVarPrefix'] = requireText(raw, problem);
        break;
      case 'paths':
        if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string' || item.trim() === '')) {
          throw problem('a list of file paths');
        }
        settings.overlays = (raw as string[]).map((item) => resolveUserPath(baseDir, item));
        break;
      case 'target':
        if (typeof raw !== 'string' || !isTargetId(raw)) throw problem(`one of ${TARGET_IDS.join(', ')}`);
        settings.target = raw;
        break;
      case 'moduleFormat':
        if (typeof raw !== 'string' || !(MODULE_FORMATS as readonly string[]).includes(raw)) throw problem(`one of ${MODULE_FORMATS.join(', ')}`);
        settings.moduleFormat = raw as ModuleFormat;
        break;
      case 'boolean':
        if (typeof raw !== 'boolean') throw problem('true or false');
        settings[name as 'mcp'] = raw;
        break;
    }
  }
  return settings;
}

function requireText(raw: unknown, problem: (expected: string) => UsageError): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw problem('a non-empty string');
  return raw;
}

/** Catches the usual slips: other casing, dashes or underscores, singular `overlay`. */
function suggestKey(key: string): string | undefined {
  const normalize = (k: string) => k.toLowerCase().replace(/[-_]/g, '').replace(/s$/, '');
  const wanted = normalize(key);
  const aliases: Record<string, keyof ConfigSettings> = { output: 'out', outdir: 'out', input: 'spec', classname: 'sdkClassName' };
  return Object.keys(KEYS).find((k) => normalize(k) === wanted) ?? aliases[wanted];
}

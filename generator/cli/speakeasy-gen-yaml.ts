/**
 * Migration from the reference generator: when no sdkwright config is given or found, the
 * settings of an existing `.speakeasy/gen.yaml` (beside the spec, else in the working folder)
 * are used — the SDK class name (`generation.sdkClassName`) and, from the target's section,
 * `packageName` and (TypeScript) `moduleFormat` and `envVarPrefix` — and the run says so. Settings sdkwright has no
 * equivalent for are named, not silently dropped. A file that does not parse is reported and
 * ignored: it belongs to another tool.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { yamlLibrary } from '../load/yaml-library.js';
import { MODULE_FORMATS, type ModuleFormat, type TargetId } from '../options.js';
import type { ConfigSettings } from './config-file.js';

export interface GenYaml {
  path: string;
  settings: ConfigSettings;
  /** What was taken, for the message: `sdkClassName ClerkBackendApi`. */
  used: string[];
  /** What was there but has no sdkwright equivalent. */
  ignored: string[];
}

/** Folders to look in: the spec's (a local file), then the working folder. */
export function genYamlCandidates(spec: string | undefined, cwd: string): string[] {
  const dirs: string[] = [];
  if (spec !== undefined && spec !== '-' && !/^https?:\/\//i.test(spec)) dirs.push(dirname(join(cwd, spec)));
  if (!dirs.includes(cwd)) dirs.push(cwd);
  return dirs.map((d) => join(d, '.speakeasy', 'gen.yaml'));
}

export async function readGenYaml(candidates: string[], target: string | undefined, warn: (line: string) => void): Promise<GenYaml | undefined> {
  for (const path of candidates) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    let doc: unknown;
    try {
      doc = yamlLibrary().parse(text);
    } catch (error) {
      warn(`warning: ${path} does not parse (${((error as Error).message ?? '').split('\n')[0]}); its settings are not used`);
      return undefined;
    }
    return settingsOf(path, doc, target);
  }
  return undefined;
}

function settingsOf(path: string, doc: unknown, target: string | undefined): GenYaml {
  const root = record(doc);
  const settings: ConfigSettings = {};
  const used: string[] = [];
  const ignored: string[] = [];
  const sdkClassName = record(root.generation).sdkClassName;
  if (typeof sdkClassName === 'string' && sdkClassName !== '') {
    settings.sdkClassName = sdkClassName;
    used.push(`sdkClassName ${sdkClassName}`);
  }
  const sections = (['typescript', 'csharp'] as const).filter((t) => root[t] !== undefined);
  // The target's section; with no --target, the one section there is picks it.
  const chosen: TargetId | undefined = target === 'typescript' || target === 'csharp' ? target : sections.length === 1 ? sections[0] : undefined;
  if (chosen !== undefined && target === undefined) {
    settings.target = chosen;
    used.push(`target ${chosen}`);
  }
  const section = chosen ? record(root[chosen]) : {};
  if (typeof section.packageName === 'string' && section.packageName !== '') {
    settings.packageName = section.packageName;
    used.push(`packageName ${section.packageName}`);
  }
  if (chosen === 'typescript' && typeof section.moduleFormat === 'string') {
    if ((MODULE_FORMATS as readonly string[]).includes(section.moduleFormat)) {
      settings.moduleFormat = section.moduleFormat as ModuleFormat;
      used.push(`moduleFormat ${section.moduleFormat}`);
    } else ignored.push(`moduleFormat ${section.moduleFormat}`);
  }
  if (chosen === 'typescript' && typeof section.envVarPrefix === 'string' && section.envVarPrefix !== '') {
    settings.envVarPrefix = section.envVarPrefix;
    used.push(`envVarPrefix ${section.envVarPrefix}`);
  }
  return { path, settings, used, ignored };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

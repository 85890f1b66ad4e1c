import { DEFAULT_MODULE_FORMAT, DEFAULT_PACKAGE_NAME, DEFAULT_SDK_CLASS_NAME, MODULE_FORMATS, type GenerateOptions, type ModuleFormat } from '../options.js';
import { TARGET_IDS, isTargetId } from '../targets/registry.js';
import type { ConfigSettings } from './config-file.js';
import { resolveUserPath } from './paths.js';
import { UsageError } from './usage-error.js';

/** `generate` flags as typed; undefined means "not given", so the config file can fill it in. */
export interface GenerateFlags {
  spec?: string;
  overlays?: string[];
  target?: string;
  out?: string;
  packageName?: string;
  sdkClassName?: string;
  moduleFormat?: string;
  mcp?: boolean;
  envVarPrefix?: string;
  config?: string;
  check?: boolean;
  force?: boolean;
  verbose?: boolean;
  /** No progress lines (CLI only: it changes nothing generated). */
  quiet?: boolean;
  offline?: boolean;
}

/** An environment variable prefix: what shells accept in a name, upper case by convention. */
const ENV_PREFIX = /^[A-Z][A-Z0-9_]*$/;

/** An identifier in both TypeScript and C#; the class name ends up verbatim in code. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** npm's rules for a package name: lower case, URL-safe, an optional scope, at most 214 characters. */
const NPM_NAME = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;

/** A C# namespace: dot-separated identifiers. */
const CSHARP_NAMESPACE = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Why `name` cannot be the package name of `target`, or undefined when it can. */
function packageNameProblem(name: string, target: GenerateOptions['target']): string | undefined {
  if (target === 'typescript') {
    if (name.length > 214 || !NPM_NAME.test(name)) {
      return `package name "${name}" is not a valid npm package name: expected lower-case letters, digits and - . _ ~, optionally under a scope (@scope/name), at most 214 characters; for example "${suggestNpmName(name)}"`;
    }
    return undefined;
  }
  if (!CSHARP_NAMESPACE.test(name)) {
    return `package name "${name}" is not a valid C# namespace: expected identifiers (letters, digits and _, not starting with a digit) joined by dots, such as "Acme.Payments"`;
  }
  return undefined;
}

function suggestNpmName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9._~@/-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  return NPM_NAME.test(cleaned) ? cleaned : 'my-api-sdk';
}

/**
 * Command line over config file over defaults. Command-line paths are relative to `cwd`; config
 * paths arrive already resolved against the config file's folder. A list given on the command
 * line (`--overlay`) replaces the config's list rather than adding to it.
 */
export function mergeGenerateOptions(flags: GenerateFlags, config: ConfigSettings | undefined, cwd: string): GenerateOptions {
  const fromConfig = config ?? {};
  const problems: string[] = [];
  const given = (value: string | undefined, flag: string): string | undefined => {
    if (value !== undefined && value.trim() === '') {
      problems.push(`${flag} must not be empty`);
      return undefined;
    }
    return value;
  };

  const specFlag = given(flags.spec, 'the spec argument');
  const outFlag = given(flags.out, '--out');
  // `-` is standard input, not a file named so.
  const spec = specFlag === '-' ? '-' : specFlag !== undefined ? resolveUserPath(cwd, specFlag) : fromConfig.spec;
  const out = outFlag !== undefined ? resolveUserPath(cwd, outFlag) : fromConfig.out;
  const overlays = flags.overlays?.map((overlay) => resolveUserPath(cwd, overlay)) ?? fromConfig.overlays ?? [];
  if (flags.overlays?.some((overlay) => overlay.trim() === '')) problems.push('--overlay must not be empty');
  const targetValue = given(flags.target, '--target') ?? fromConfig.target;

  if (spec === undefined) problems.push('missing spec: pass the OpenAPI file as an argument or set "spec" in a config file');
  if (targetValue === undefined) problems.push(`missing --target (${TARGET_IDS.join(' or ')})`);
  else if (!isTargetId(targetValue)) problems.push(`unknown target "${targetValue}" (choose ${TARGET_IDS.join(' or ')})`);
  if (out === undefined) problems.push('missing --out: the folder to generate into');

  const packageName = given(flags.packageName, '--package-name') ?? fromConfig.packageName;
  const sdkClassName = given(flags.sdkClassName, '--sdk-class-name') ?? fromConfig.sdkClassName;
  if (sdkClassName !== undefined && !IDENTIFIER.test(sdkClassName)) {
    problems.push(`SDK class name "${sdkClassName}" is not an identifier (letters, digits and _, not starting with a digit)`);
  }

  const moduleFormat = given(flags.moduleFormat, '--module-format') ?? fromConfig.moduleFormat;
  if (moduleFormat !== undefined && !(MODULE_FORMATS as readonly string[]).includes(moduleFormat)) {
    problems.push(`unknown module format "${moduleFormat}" (choose ${MODULE_FORMATS.join(', ')})`);
  }

  const envVarPrefix = given(flags.envVarPrefix, '--env-var-prefix') ?? fromConfig.envVarPrefix;
  if (envVarPrefix !== undefined && !ENV_PREFIX.test(envVarPrefix)) {
    problems.push(`environment variable prefix "${envVarPrefix}" must be upper-case letters, digits and _, starting with a letter (for example "ACME")`);
  }
  if (envVarPrefix !== undefined && targetValue === 'csharp') problems.push('--env-var-prefix (envVarPrefix) applies to the TypeScript target only: the C# SDK reads no environment variables');

  const mcp = flags.mcp ?? fromConfig.mcp ?? false;
  if (mcp && targetValue === 'csharp') problems.push('--mcp (mcp: true) generates an MCP server for the TypeScript target only; leave it out for csharp');

  if (packageName !== undefined && targetValue !== undefined && isTargetId(targetValue)) {
    const problem = packageNameProblem(packageName, targetValue);
    if (problem !== undefined) problems.push(problem);
  }

  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  const target = targetValue as GenerateOptions['target'];
  return {
    spec: spec!,
    overlays,
    target,
    out: out!,
    packageName: packageName ?? DEFAULT_PACKAGE_NAME[target],
    sdkClassName: sdkClassName ?? DEFAULT_SDK_CLASS_NAME,
    moduleFormat: (moduleFormat as ModuleFormat | undefined) ?? DEFAULT_MODULE_FORMAT,
    ...(mcp ? { mcp: true } : {}),
    ...(envVarPrefix !== undefined ? { envVarPrefix } : {}),
    check: flags.check ?? false,
    force: flags.force ?? false,
    verbose: flags.verbose ?? false,
    ...(flags.offline ? { offline: true } : {}),
  };
}

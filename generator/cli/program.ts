import { Command, InvalidArgumentError } from 'commander';
import { TARGET_IDS } from '../targets/registry.js';
import { CONFIG_FILE_NAMES } from './config-file.js';
import type { GenerateFlags } from './generate-options.js';

export interface ProgramOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

interface GenerateCommandOptions {
  overlay?: string[];
  target?: string;
  out?: string;
  packageName?: string;
  sdkClassName?: string;
  moduleFormat?: string;
  mcp?: boolean;
  envVarPrefix?: string;
  check?: boolean;
  force?: boolean;
  config?: string;
  verbose?: boolean;
  quiet?: boolean;
  offline?: boolean;
}

const GENERATE_EPILOG = `
Config file: ${CONFIG_FILE_NAMES.join(', ')}
in the working folder, or the file given with --config, may hold the same settings
(spec, overlays, target, out, packageName, sdkClassName, moduleFormat, mcp, envVarPrefix). Flags win over the file;
paths in the file are relative to the file's folder.

Unchanged input: when the spec and every file it references, the overlays, the options and
sdkwright itself are what the last run into --out used, and the generated files there are as
it left them, generate prints "up to date" and writes nothing. What the last run used is kept
in the user's cache folder (~/.cache/sdkwright, or SDKWRIGHT_CACHE_DIR); --force regenerates.

Exit codes: 0 done; 1 the spec has errors, or (--check) the output is out of date;
2 wrong command line or config file; 70 internal error (please report it).`;

/**
 * The command-line grammar. Commander never exits the process or writes to the console itself:
 * it throws and writes through `output`, so `main` stays in charge of both.
 */
export function buildProgram(version: string, output: ProgramOutput, onGenerate: (flags: GenerateFlags) => Promise<void>): Command {
  const program = new Command('sdkwright')
    .description('Generate typed TypeScript and C# SDKs, with docs, from an OpenAPI document.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({ writeOut: (text) => output.stdout(text), writeErr: (text) => output.stderr(text) })
    .showHelpAfterError('(run "sdkwright --help" for usage)');

  program
    .command('generate')
    .description('generate an SDK from an OpenAPI document')
    .argument('[spec]', 'OpenAPI document (YAML or JSON, OpenAPI 3.x or Swagger 2.0): a file, an http(s):// URL, or - for standard input')
    .option('--overlay <file>', 'OpenAPI Overlay to apply; repeat to apply several, in order', collect)
    .option('--target <target>', `language of the SDK: ${TARGET_IDS.join(' or ')}`, once)
    .option('--out <dir>', 'folder to generate into', once)
    .option('--package-name <name>', 'npm package name (typescript) or root namespace (csharp)', once)
    .option('--sdk-class-name <name>', 'name of the SDK class', once)
    .option('--module-format <format>', 'typescript: esm, dual (ESM and CommonJS, the default) or commonjs', once)
    .option('--env-var-prefix <prefix>', 'typescript: prefix of the environment variables the SDK reads (default: from the SDK class name)', once)
    .option('--mcp', 'typescript: also generate an MCP server over the SDK (src/mcp-server/, bin "mcp"; see MCP.md in the package)')
    .option('--check', 'do not write; exit 1 if the output folder is not what would be generated')
    .option('--force', 'generate even if the output is up to date, and write into a folder that is not an earlier output (replacing files in the way)')
    .option('--config <file>', 'config file to read instead of the one in the working folder', once)
    .option('--verbose', 'print how long each stage took, as each ends')
    .option('--quiet', 'print no progress lines (results, warnings and errors still print)')
    .option('--offline', 'use no network: a spec, overlay or $ref given as a URL is an error')
    .showHelpAfterError('(run "sdkwright generate --help" for usage)')
    .addHelpText('after', GENERATE_EPILOG)
    .action(async (spec: string | undefined, options: GenerateCommandOptions) => {
      await onGenerate({
        spec,
        overlays: options.overlay,
        target: options.target,
        out: options.out,
        packageName: options.packageName,
        sdkClassName: options.sdkClassName,
        moduleFormat: options.moduleFormat,
        mcp: options.mcp,
        envVarPrefix: options.envVarPrefix,
        config: options.config,
        check: options.check,
        force: options.force,
        verbose: options.verbose,
        quiet: options.quiet,
        offline: options.offline,
      });
    });

  return program;
}

/** A flag that takes one value: given twice is a usage error rather than the last one silently winning. */
function once(value: string, previous: string | undefined): string {
  if (previous !== undefined) throw new InvalidArgumentError(`given twice ("${previous}", then "${value}"); give it once`);
  return value;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Everything one generation run needs to know, after CLI flags and config file are merged. */
export type TargetId = 'typescript' | 'csharp';

/** `dual`: ESM and CommonJS builds side by side, chosen by the `import` / `require` conditions. */
export type ModuleFormat = 'esm' | 'dual' | 'commonjs';

export const MODULE_FORMATS: readonly ModuleFormat[] = ['esm', 'dual', 'commonjs'];
export const DEFAULT_MODULE_FORMAT: ModuleFormat = 'dual';

export interface GenerateOptions {
  /** Entry OpenAPI document: a path, an `http(s)://` URL, or `-` for standard input. */
  spec: string;
  /** Overlay files, applied in order. */
  overlays: string[];
  target: TargetId;
  /** Output folder of the generated package. */
  out: string;
  /** npm package name (TypeScript) or root namespace / assembly name (C#). */
  packageName: string;
  /** Name of the SDK's root class. */
  sdkClassName: string;
  /** TypeScript: which module formats the package builds and exports (default `dual`). */
  moduleFormat: ModuleFormat;
  /** TypeScript: also generate an MCP server over the SDK (`src/mcp-server/`, bin `mcp`). */
  mcp?: boolean;
  /** TypeScript: prefix of the environment variables the SDK reads (default: from the SDK class name). */
  envVarPrefix?: string;
  /** Compare with what is on disk instead of writing. */
  check: boolean;
  /** Regenerate even when the run cache says the output is up to date. */
  force?: boolean;
  verbose: boolean;
  /** Refuse the network: URL inputs and remote `$ref`s fail. */
  offline?: boolean;
  /** Standard input, when `spec` is `-` (read by the CLI), and the folder its relative `$ref`s start from. */
  stdin?: { bytes: Buffer; cwd: string };
}

export const DEFAULT_PACKAGE_NAME: Record<TargetId, string> = {
  typescript: 'openapi-sdk',
  csharp: 'OpenApi.Sdk',
};

export const DEFAULT_SDK_CLASS_NAME = 'SDK';

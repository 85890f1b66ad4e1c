/**
 * `mcp: true`: the MCP server of the TypeScript package, in src/mcp-server/. Two modules come
 * from the IR: tools.ts (one definition per tool, calling its standalone function) and bin.ts
 * (the command, with one credential flag per security scheme). The rest is the same in every
 * package, copied from templates/mcp/typescript/. Only these modules import the MCP SDK; no
 * module of the SDK imports them, so the SDK stays dependency-free.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApiModel } from '../../../ir/model.js';
import type { TargetOptions } from '../../target.js';
import type { EmitContext } from '../context.js';
import { GENERATED_HEADER } from '../module-text.js';
import { PACKAGE_VERSION } from '../client/index.js';
import { responseKind } from '../client/response-parts.js';
import { coreClassName, envPrefixOf } from '../../../surface/typescript/sdk-surface.js';
import { toolInput, type ArgumentPassing } from './input-schema.js';
import { mcpSecurityFlags } from '../../../surface/typescript/mcp-security-flags.js';
import type { McpToolSurface } from '../../../surface/typescript/mcp-tools.js';

const TEMPLATE_DIR = fileURLToPath(new URL('../../../../templates/mcp/typescript/', import.meta.url));

/** Version range of `@modelcontextprotocol/sdk` the server is written against. */
export const MCP_SDK_VERSION = '^1.32.2';

export interface McpFile {
  path: string;
  contents: string;
}

export function mcpFiles(ctx: EmitContext, api: ApiModel, options: TargetOptions): McpFile[] {
  const tools = ctx.names.mcpTools;
  const files: McpFile[] = templateModules().map((m) => ({ path: `src/mcp-server/${m.name}`, contents: `${GENERATED_HEADER}\n\n${m.text}` }));
  files.push({ path: 'src/mcp-server/tools.ts', contents: toolsModule(ctx, tools, coreClassName(options.sdkClassName)) });
  files.push({ path: 'src/mcp-server/bin.ts', contents: binModule(api, options) });
  files.push({ path: 'src/mcp-server/index.ts', contents: `${GENERATED_HEADER}\n\n${INDEX_MODULE}` });
  return files;
}

const INDEX_MODULE = `export { createMcpServer, callTool, type McpServerOptions } from "./server.js";
export { tools } from "./tools.js";
export type { ToolDefinition } from "./tool.js";
`;

let templateCache: { name: string; text: string }[] | undefined;

function templateModules(): { name: string; text: string }[] {
  templateCache ??= readdirSync(TEMPLATE_DIR)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => ({ name, text: readFileSync(TEMPLATE_DIR + name, 'utf8') }));
  return templateCache;
}

function toolsModule(ctx: EmitContext, tools: readonly McpToolSurface[], coreClass: string): string {
  const entries = tools.map((t) => toolEntry(ctx, t));
  return [
    GENERATED_HEADER,
    '',
    `import type { ${coreClass} } from "../core.js";`,
    'import type { ToolDefinition } from "./tool.js";',
    '',
    `/** One tool per operation of the API description (\`x-speakeasy-mcp: { disabled: true }\` leaves one out). */`,
    `export const tools: readonly ToolDefinition<${coreClass}>[] = [`,
    ...entries,
    '];',
    '',
  ].join('\n');
}

function toolEntry(ctx: EmitContext, t: McpToolSurface): string {
  const op = t.operation.operation;
  const input = toolInput(ctx, t.operation);
  const binary = op.responses
    .filter((r) => !r.isError)
    .flatMap((r) => r.contents)
    .find((c) => responseKind(c) === 'binary');
  const fields = [
    `name: ${JSON.stringify(t.name)}`,
    `title: ${JSON.stringify(t.title)}`,
    `description: ${JSON.stringify(t.description)}`,
    `inputSchema: ${indent(JSON.stringify(input.schema, null, 2))}`,
    `annotations: ${JSON.stringify(t.annotations)}`,
    `scopes: ${JSON.stringify(t.scopes)}`,
    `files: ${JSON.stringify(input.files)}`,
    `paged: ${op.pagination !== undefined}`,
    ...(binary ? [`binaryMediaType: ${JSON.stringify(binary.mediaType)}`] : []),
    // Loaded on the first call: starting the server reads no operation's code (see bench/MCP.md).
    `invoke: async (client, args, options) => (await import("../funcs/${t.operation.functionFile}.js")).${invocation(t.operation.functionName, input.passing)}`,
  ];
  return `  {\n${fields.map((f) => `    ${f},`).join('\n')}\n  },`;
}

/** The call of the standalone function; the arguments were checked against the schema, hence the casts. */
function invocation(fn: string, passing: ArgumentPassing): string {
  switch (passing.kind) {
    case 'none':
      return `${fn}(client, options)`;
    case 'whole':
      return `${fn}(client, args as never, options)`;
    case 'property':
      return `${fn}(client, args[${JSON.stringify(passing.name)}] as never, options)`;
    case 'positional':
      return `${fn}(client, ${passing.names.map((n) => `args[${JSON.stringify(n)}] as never`).join(', ')}, options)`;
  }
}

function indent(text: string): string {
  return text.replace(/\n/g, '\n    ');
}

function binModule(api: ApiModel, options: TargetOptions): string {
  const core = coreClassName(options.sdkClassName);
  const app = [
    `  packageName: ${JSON.stringify(options.packageName)},`,
    `  version: ${JSON.stringify(PACKAGE_VERSION)},`,
    '  tools,',
    `  servers: ${JSON.stringify(api.servers.map((s) => s.url))},`,
    `  security: ${JSON.stringify(mcpSecurityFlags(api, envPrefixOf(options)))},`,
    `  createClient: (options) => new ${core}(options as SDKOptions),`,
  ];
  return [
    // The shebang must be the first line: npm links this file as the `mcp` command.
    '#!/usr/bin/env node',
    GENERATED_HEADER,
    '',
    `import { ${core}, type SDKOptions } from "../core.js";`,
    'import { runCli } from "./cli.js";',
    'import { tools } from "./tools.js";',
    '',
    `void runCli({\n${app.join('\n')}\n}, process.argv.slice(2));`,
    '',
  ].join('\n');
}

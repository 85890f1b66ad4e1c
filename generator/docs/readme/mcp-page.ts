/**
 * MCP.md of a TypeScript package generated with `mcp: true`, and its README section: how to run
 * the server, how to register it with the usual MCP clients, and the tool list, read from the
 * same functions that name the tools and the flags in the generated code.
 */
import type { ApiModel } from '../../ir/model.js';
import { envPrefixOf } from '../../surface/typescript/sdk-surface.js';
import { mcpSecurityFlags, type SecurityFlag } from '../../surface/typescript/mcp-security-flags.js';
import { codeBlock, heading, renderTable } from '../markdown.js';
import type { ReadmeSection } from './readme-layout.js';
import type { McpToolSurface } from '../../surface/typescript/mcp-tools.js';

interface McpDocsSettings {
  packageName: string;
  sdkClassName: string;
  envVarPrefix?: string | undefined;
}

/** Name the server is registered under in client configs: the package name without its scope. */
function serverKey(packageName: string): string {
  return packageName.replace(/^@[^/]+\//, '');
}

function credentialEnv(flags: SecurityFlag[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const f of flags) {
    if (f.kind === 'basic') Object.assign(env, { [`${f.env}_USERNAME`]: '<username>', [`${f.env}_PASSWORD`]: '<password>' });
    else if (f.kind === 'clientCredentials') Object.assign(env, { [`${f.env}_CLIENT_ID`]: '<client id>', [`${f.env}_CLIENT_SECRET`]: '<client secret>' });
    else env[f.env] = `<${f.option}>`;
  }
  return env;
}

function flagRows(flags: SecurityFlag[]): string[][] {
  return flags.flatMap((f) => {
    if (f.kind === 'basic')
      return [
        [`\`--${f.flag}-username\``, `\`${f.env}_USERNAME\``, f.description],
        [`\`--${f.flag}-password\``, `\`${f.env}_PASSWORD\``, f.description],
      ];
    if (f.kind === 'clientCredentials')
      return [
        [`\`--${f.flag}-client-id\``, `\`${f.env}_CLIENT_ID\``, f.description],
        [`\`--${f.flag}-client-secret\``, `\`${f.env}_CLIENT_SECRET\``, f.description],
      ];
    return [[`\`--${f.flag}\``, `\`${f.env}\``, f.description]];
  });
}

function hints(t: McpToolSurface): string {
  const a = t.annotations;
  const parts = [a.readOnlyHint ? 'read-only' : a.destructiveHint ? 'destructive' : 'writes', ...(a.idempotentHint && !a.readOnlyHint ? ['idempotent'] : [])];
  if (t.scopes.length > 0) parts.push(`scopes: ${t.scopes.map((s) => `\`${s}\``).join(', ')}`);
  return parts.join(', ');
}

export function mcpPage(api: ApiModel, settings: McpDocsSettings, tools: readonly McpToolSurface[]): string {
  const flags = mcpSecurityFlags(api, envPrefixOf(settings));
  const pkg = settings.packageName;
  const key = serverKey(pkg);
  const env = credentialEnv(flags);
  const stdioConfig = { command: 'npx', args: ['-y', pkg, 'mcp', 'start'], ...(Object.keys(env).length > 0 ? { env } : {}) };
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  const parts = [
    heading(1, 'MCP Server'),
    `This package contains a [Model Context Protocol](https://modelcontextprotocol.io) server with one tool per API operation (${tools.length} tools). Each tool calls the operation's standalone function, so authentication, retries, response validation, pagination and errors are the SDK's own. The server is in \`src/mcp-server/\` and is the only part of the package that uses a dependency (\`@modelcontextprotocol/sdk\`): importing the SDK never loads it.`,
    heading(2, 'Start'),
    codeBlock(
      'bash',
      [
        `npx ${pkg} mcp start                       # stdio, for a local client`,
        `npx ${pkg} mcp start --transport http --port 3000   # Streamable HTTP on http://127.0.0.1:3000/mcp`,
        'node node_modules/' + pkg + '/dist/mcp-server/bin.js start   # the same, without npx',
      ].join('\n'),
    ),
    'On stdio, the protocol uses standard output and every log line goes to standard error. Over HTTP the server is stateless (each POST to `/mcp` is served on its own), binds to 127.0.0.1 unless `--host` says otherwise, and rejects requests whose `Host` header is not that address (DNS rebinding).',
    heading(2, 'Options'),
    renderTable(
      ['Option', 'Meaning'],
      [
        ['`--transport stdio|http`', 'How clients connect (default `stdio`).'],
        ['`--port N`', 'HTTP port (default 3000; `0` picks a free one and prints it).'],
        ['`--host ADDRESS`', 'HTTP address to bind (default `127.0.0.1`).'],
        ['`--tool NAME`', 'Serve only this tool; repeat it, or separate names with commas.'],
        ['`--scope NAME`', 'Serve only tools with this scope (`x-speakeasy-mcp.scopes`); repeatable.'],
        ['`--server-url URL`', `The API's base URL${api.servers[0] ? ` (default \`${api.servers[0].url}\`)` : ''}.`],
        ['`--server-index N`', `A server of the API description by index (${api.servers.length} declared); out of range is an error.`],
        ['`--timeout-ms N`', 'Time limit of one request attempt.'],
        ['`--no-retries`', 'Fail at once instead of retrying as the API description says.'],
        ['`--max-events N`', 'Events collected from an event-stream response (default 100).'],
        ['`--log-level LEVEL`', '`debug`, `info`, `warning` (default), `error` or `off`; secrets are redacted.'],
        ['`--help`, `--version`', 'Usage with the tool list, and the package version.'],
      ],
    ),
    heading(2, 'Credentials'),
    flags.length === 0
      ? 'The API description declares no security schemes: the server sends no credentials.'
      : [
          'Each security scheme has a flag; without it the server reads the environment variable, as the SDK does. Prefer the variables: command lines show in process lists. Secrets never appear in logs or tool descriptions.',
          renderTable(['Flag', 'Environment variable', 'Credential'], flagRows(flags)),
        ].join('\n\n'),
    heading(2, 'Add it to a client'),
    heading(3, 'Claude Desktop'),
    '`claude_desktop_config.json` (Settings → Developer → Edit Config):',
    codeBlock('json', json({ mcpServers: { [key]: stdioConfig } })),
    heading(3, 'Claude Code'),
    codeBlock(
      'bash',
      `claude mcp add ${key}${Object.entries(env)
        .map(([k, v]) => ` -e "${k}=${v}"`)
        .join('')} -- npx -y ${pkg} mcp start`,
    ),
    heading(3, 'Cursor'),
    '`.cursor/mcp.json` in the project (or `~/.cursor/mcp.json` for every project):',
    codeBlock('json', json({ mcpServers: { [key]: stdioConfig } })),
    heading(3, 'VS Code'),
    '`.vscode/mcp.json` in the workspace:',
    codeBlock('json', json({ servers: { [key]: { type: 'stdio', ...stdioConfig } } })),
    heading(3, 'Over HTTP'),
    `Start \`npx ${pkg} mcp start --transport http --port 3000\` and point the client at \`http://127.0.0.1:3000/mcp\` (VS Code: \`{ "servers": { "${key}": { "type": "http", "url": "http://127.0.0.1:3000/mcp" } } }\`).`,
    heading(2, 'Embedding'),
    'The server can also run inside your own program, with a client you configure:',
    codeBlock(
      'typescript',
      [
        `import { ${settings.sdkClassName}Core } from "${pkg}/core.js";`,
        `import { createMcpServer, tools } from "${pkg}/mcp-server";`,
        'import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";',
        '',
        `const client = new ${settings.sdkClassName}Core({ /* credentials, serverURL, retries… */ });`,
        `const server = createMcpServer({ name: "${key}", version: "1.0.0", client, tools });`,
        'await server.connect(new StdioServerTransport());',
      ].join('\n'),
    ),
    heading(2, 'Tools'),
    "Arguments are the standalone function's, with the SDK's camelCase names (a body that is not an object goes under `requestBody`; files are `{ content, fileName?, contentType? }` with the content in base64). Results are the response as JSON text and as `structuredContent`; binary responses come back as an image, audio or a resource in base64; API and network errors come back as error results with the status and body. Operations marked `x-speakeasy-mcp: { disabled: true }` have no tool; `name`, `description` and `scopes` there replace the defaults.",
    tools.length === 0 ? 'The API description declares no operations.' : tools.map((t) => `- \`${t.name}\` (${hints(t)}): ${oneLine(t.title)}`).join('\n'),
  ];
  return `${parts.join('\n\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The README's section: what the server is and where MCP.md tells the rest. */
export function mcpReadmeSection(tools: readonly McpToolSurface[], settings: McpDocsSettings): ReadmeSection {
  const count = tools.length;
  const body = [
    `The package includes an MCP server with ${count} tools, one per API operation, for agents and AI assistants (Claude, Cursor, VS Code and other MCP clients). Start it with:`,
    codeBlock('bash', `npx ${settings.packageName} mcp start`),
    'See [MCP.md](./MCP.md) for the options, the credentials, client configurations and the tool list.',
  ];
  return { id: 'mcp-server', title: 'MCP Server', body: body.join('\n\n') };
}

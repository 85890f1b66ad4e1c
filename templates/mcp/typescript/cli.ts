/**
 * `mcp start`: the command line of the MCP server. Flags are parsed with node:util (no
 * dependency); a wrong flag is a message and exit 2, never a stack trace. Secrets given as
 * flags or read from the environment are passed to the SDK and never printed.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import type { Logger } from "../lib/logger.js";
import { createMcpServer } from "./server.js";
import type { ToolDefinition } from "./tool.js";

/** A credential flag: one per token scheme, two for basic auth and OAuth2 client credentials. */
export interface SecurityFlag {
  /** The SDK option it fills (`bearerAuth`). */
  option: string;
  kind: "token" | "basic" | "clientCredentials";
  /** Flag stem: `bearer-auth` gives `--bearer-auth`, or `--x-username`/`--x-password`, `--x-client-id`/`--x-client-secret`. */
  flag: string;
  /** Environment variable the SDK reads when the flag is not given (basic and OAuth2 add suffixes). */
  env: string;
  description: string;
}

export interface McpApp<Client> {
  packageName: string;
  version: string;
  tools: readonly ToolDefinition<Client>[];
  /** Server URLs of the API description, by index. */
  servers: readonly string[];
  security: readonly SecurityFlag[];
  createClient(options: Record<string, unknown>): Client;
}

const LOG_LEVELS = ["debug", "info", "warning", "error", "off"] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

class CliError extends Error {}

/** Runs the command line; resolves once the server is listening (it then runs until stopped). */
export async function runCli<Client>(app: McpApp<Client>, argv: readonly string[]): Promise<void> {
  try {
    await run(app, argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(error instanceof CliError ? `error: ${message}\n(run with --help for usage)\n` : `error: ${message}\n`);
    process.exit(error instanceof CliError ? 2 : 1);
  }
}

async function run<Client>(app: McpApp<Client>, argv: readonly string[]): Promise<void> {
  // `npx <package> mcp start` passes `mcp` on: it names the bin, not a command.
  const args = argv[0] === "mcp" ? argv.slice(1) : [...argv];
  const command = args[0] !== undefined && !args[0].startsWith("-") ? args.shift() : undefined;
  const flags = parseFlags(app, args);
  if (flags.values.help || command === "help") return void process.stdout.write(helpText(app));
  if (flags.values.version) return void process.stdout.write(`${app.packageName} ${app.version}\n`);
  if (command !== "start") throw new CliError(command === undefined ? "missing command: start" : `unknown command "${command}" (the command is: start)`);

  const level = oneOf(flags.values["log-level"] ?? "warning", LOG_LEVELS, "--log-level") as LogLevel;
  const log = stderrLog(level);
  const tools = selectTools(app.tools, list(flags.values.tool), list(flags.values.scope));
  const client = app.createClient(clientOptions(app, flags.values, level, log));
  const limits = { maxEvents: positive(flags.values["max-events"], "--max-events") ?? 100 };
  const make = () => createMcpServer({ name: app.packageName, version: app.version, client, tools, limits, log: (line) => log("info", line) });

  const transport = oneOf(flags.values.transport ?? "stdio", ["stdio", "http"], "--transport");
  if (transport === "stdio") {
    // Each transport is loaded only when chosen: startup reads no more of the MCP SDK than it uses.
    const { StdioServerTransport } = await import("@modelcontextprotocol/sdk/server/stdio.js");
    const server = make();
    await server.connect(new StdioServerTransport());
    log("info", `${app.packageName} MCP server: ${tools.length} tools, on stdio`);
    return;
  }
  const host = flags.values.host ?? "127.0.0.1";
  const port = positive(flags.values.port, "--port", true) ?? 3000;
  await serveHttp(make, host, port, log);
}

type FlagValues = Record<string, string | boolean | string[] | undefined>;

function parseFlags<Client>(app: McpApp<Client>, args: string[]): { values: Record<string, any> } {
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }> = {
    transport: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    tool: { type: "string", multiple: true },
    scope: { type: "string", multiple: true },
    "server-url": { type: "string" },
    "server-index": { type: "string" },
    "timeout-ms": { type: "string" },
    "max-events": { type: "string" },
    "log-level": { type: "string" },
    "no-retries": { type: "boolean" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean" },
  };
  for (const f of securityFlagNames(app.security)) options[f.name] = { type: "string" };
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true });
  } catch (error) {
    throw new CliError((error as Error).message.split("\n")[0]!);
  }
}

function securityFlagNames(security: readonly SecurityFlag[]): { name: string; flag: SecurityFlag; part?: string; env: string }[] {
  return security.flatMap((s) => {
    if (s.kind === "basic")
      return [
        { name: `${s.flag}-username`, flag: s, part: "username", env: `${s.env}_USERNAME` },
        { name: `${s.flag}-password`, flag: s, part: "password", env: `${s.env}_PASSWORD` },
      ];
    if (s.kind === "clientCredentials")
      return [
        { name: `${s.flag}-client-id`, flag: s, part: "clientID", env: `${s.env}_CLIENT_ID` },
        { name: `${s.flag}-client-secret`, flag: s, part: "clientSecret", env: `${s.env}_CLIENT_SECRET` },
      ];
    return [{ name: s.flag, flag: s, env: s.env }];
  });
}

function clientOptions<Client>(app: McpApp<Client>, values: FlagValues, level: LogLevel, log: (level: LogLevel, line: string) => void): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  const serverURL = values["server-url"];
  if (typeof serverURL === "string") {
    if (!URL.canParse(serverURL)) throw new CliError(`--server-url "${serverURL}" is not an absolute URL`);
    options.serverURL = serverURL;
  }
  const index = positive(values["server-index"], "--server-index", true);
  if (index !== undefined) {
    if (index >= app.servers.length) throw new CliError(`--server-index ${index} is out of range: the API describes ${app.servers.length} server(s) (0 to ${app.servers.length - 1})`);
    options.serverIdx = index;
  }
  const timeout = positive(values["timeout-ms"], "--timeout-ms");
  if (timeout !== undefined) options.timeoutMs = timeout;
  if (values["no-retries"] === true) options.retries = { strategy: "none" };
  // Both loggers go to stderr: on stdio, stdout carries the protocol. The SDK redacts secrets.
  const logger: Logger = { debug: (m, ...d) => log("debug", format(m, d)), warn: (m, ...d) => log("warning", format(m, d)) };
  options.logger = logger;
  options.debugLogger = level === "debug" ? logger : { debug: () => {}, warn: () => {} };
  for (const f of securityFlagNames(app.security)) {
    const value = values[f.name];
    if (typeof value !== "string") continue;
    if (f.part === undefined) options[f.flag.option] = value;
    else options[f.flag.option] = { ...(options[f.flag.option] as object | undefined), [f.part]: value };
  }
  // A pair given half by flag: the SDK needs both parts, so the other comes from the environment.
  for (const s of app.security.filter((x) => x.kind !== "token")) {
    const given = options[s.option] as Record<string, string> | undefined;
    if (!given) continue;
    for (const f of securityFlagNames([s])) {
      if (given[f.part!] === undefined && process.env[f.env] !== undefined) given[f.part!] = process.env[f.env]!;
      if (given[f.part!] === undefined) throw new CliError(`--${f.name} (or ${f.env}) is needed with the other half of the ${s.option} credentials`);
    }
  }
  return options;
}

/** The tools to serve: all, or those named by --tool, then those with a --scope. */
export function selectTools<Client>(tools: readonly ToolDefinition<Client>[], names: string[], scopes: string[]): ToolDefinition<Client>[] {
  const known = new Set(tools.map((t) => t.name));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) throw new CliError(`unknown tool${unknown.length > 1 ? "s" : ""} ${unknown.map((n) => `"${n}"`).join(", ")} (see --help for the list)`);
  const selected = tools.filter((t) => (names.length === 0 || names.includes(t.name)) && (scopes.length === 0 || t.scopes.some((s) => scopes.includes(s))));
  if (selected.length === 0) throw new CliError("no tool is left after --tool and --scope");
  return selected;
}

async function serveHttp(make: () => ReturnType<typeof createMcpServer>, host: string, port: number, log: (level: LogLevel, line: string) => void): Promise<void> {
  const { StreamableHTTPServerTransport } = await import("@modelcontextprotocol/sdk/server/streamableHttp.js");
  const loopback = host === "127.0.0.1" || host === "localhost" || host === "::1";
  const http = createHttpServer((req, res) => void handle(req, res));
  let allowedHosts: string[] = [];
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/mcp") return reply(res, 404, { error: "not found: the MCP endpoint is /mcp" });
    if (req.method !== "POST")
      return reply(res, 405, { jsonrpc: "2.0", error: { code: -32000, message: "Method not allowed: this server is stateless; POST JSON-RPC messages to /mcp" }, id: null }, { allow: "POST" });
    // Stateless: a server and a transport per request, so no state leaks between clients.
    const server = make();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true, ...(loopback ? { enableDnsRebindingProtection: true, allowedHosts } : {}) });
    res.on("close", () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(req, res);
    } catch (error) {
      log("error", `request failed: ${(error as Error).message}`);
      if (!res.headersSent) reply(res, 500, { jsonrpc: "2.0", error: { code: -32603, message: "Internal server error" }, id: null });
    }
  }
  await new Promise<void>((resolve, reject) => {
    http.once("error", (error: NodeJS.ErrnoException) => reject(new CliError(error.code === "EADDRINUSE" ? `port ${port} on ${host} is in use; choose another with --port` : error.message)));
    http.listen(port, host, () => resolve());
  });
  const address = http.address();
  const actual = typeof address === "object" && address ? address.port : port;
  allowedHosts = [`${host}:${actual}`, `localhost:${actual}`, `127.0.0.1:${actual}`, `[::1]:${actual}`];
  log("info", `MCP server listening on http://${host.includes(":") ? `[${host}]` : host}:${actual}/mcp`);
  // Tests and scripts read the address from this line, whatever the log level.
  process.stderr.write(`listening on http://${host.includes(":") ? `[${host}]` : host}:${actual}/mcp\n`);
  const stop = () => http.close(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function stderrLog(level: LogLevel): (at: LogLevel, line: string) => void {
  const threshold = LOG_LEVELS.indexOf(level);
  return (at, line) => {
    if (LOG_LEVELS.indexOf(at) >= threshold && level !== "off") process.stderr.write(`[${at}] ${line}\n`);
  };
}

function format(message: string, data: unknown[]): string {
  return [message, ...data.map((d) => (typeof d === "string" ? d : JSON.stringify(d)))].join(" ");
}

function list(value: unknown): string[] {
  return Array.isArray(value)
    ? value
        .flatMap((v: string) => v.split(","))
        .map((v) => v.trim())
        .filter((v) => v !== "")
    : [];
}

function oneOf(value: string, allowed: readonly string[], flag: string): string {
  if (!allowed.includes(value)) throw new CliError(`${flag} must be one of ${allowed.join(", ")}, not "${value}"`);
  return value;
}

function positive(value: unknown, flag: string, zero = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || (!zero && n === 0)) throw new CliError(`${flag} must be a whole number${zero ? "" : " above 0"}, not "${String(value)}"`);
  return n;
}

function helpText<Client>(app: McpApp<Client>): string {
  const lines = [
    `Usage: ${app.packageName} mcp start [options]`,
    "",
    "Runs an MCP server with one tool per API operation, calling the API through the SDK.",
    "",
    "Options:",
    "  --transport stdio|http   how clients connect (default: stdio)",
    "  --port N                 http: port to listen on (default: 3000; 0 picks a free one)",
    "  --host ADDRESS           http: address to bind (default: 127.0.0.1, this machine only)",
    "  --tool NAME              serve only this tool; repeat or separate with commas",
    "  --scope NAME             serve only tools with this x-speakeasy-mcp scope; repeatable",
    `  --server-url URL         the API's base URL (default: ${app.servers[0] ?? "none in the API description"})`,
    `  --server-index N         a server of the API description, 0 to ${Math.max(app.servers.length - 1, 0)}`,
    "  --timeout-ms N           time limit of one API request attempt",
    "  --no-retries             answer at once on a failure instead of retrying as the API description says",
    "  --max-events N           events collected from an event-stream response (default: 100)",
    "  --log-level LEVEL        debug, info, warning (default), error or off; logs go to stderr",
    "  -h, --help               this text",
    "  --version                the package version",
  ];
  const security = securityFlagNames(app.security);
  if (security.length > 0) {
    lines.push("", "Credentials (each falls back to its environment variable; prefer those, flags show in process lists):");
    for (const f of security) lines.push(`  --${f.name} VALUE`.padEnd(34) + ` ${f.flag.description} (env ${f.env})`);
  }
  lines.push("", `Tools (${app.tools.length}):`);
  for (const t of app.tools) lines.push(`  ${t.name}${t.scopes.length > 0 ? ` [${t.scopes.join(", ")}]` : ""}`);
  return `${lines.join("\n")}\n`;
}

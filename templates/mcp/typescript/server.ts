/**
 * The MCP server: lists the selected tools and runs a call through the SDK's standalone
 * function, so authentication, retries, validation, pagination and errors are the SDK's own.
 * Built on the low-level `Server` of the official MCP SDK, which takes the generated JSON
 * Schemas as they are.
 */
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { argumentProblems, decodeFiles, reviveDates } from "./arguments.js";
import { DEFAULT_LIMITS, errorResult, toolResult, type ResultLimits } from "./results.js";
import type { ToolDefinition } from "./tool.js";

export interface McpServerOptions<Client> {
  name: string;
  version: string;
  client: Client;
  tools: readonly ToolDefinition<Client>[];
  limits?: Partial<ResultLimits>;
  /** One line per call (tool name, outcome, time); never the arguments, which may hold secrets. */
  log?: (line: string) => void;
}

export function createMcpServer<Client>(options: McpServerOptions<Client>): Server {
  const server = new Server({ name: options.name, version: options.version }, { capabilities: { tools: {} } });
  const byName = new Map(options.tools.map((t) => [t.name, t]));
  const limits = { ...DEFAULT_LIMITS, ...options.limits };

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: options.tools.map((t) => ({ name: t.name, title: t.title, description: t.description, inputSchema: t.inputSchema, annotations: { title: t.title, ...t.annotations } })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const tool = byName.get(request.params.name);
    if (!tool) return { isError: true, content: [{ type: "text", text: `Unknown tool "${request.params.name}". Available: ${[...byName.keys()].join(", ")}` }] };
    const started = Date.now();
    const result = await callTool(tool, options.client, request.params.arguments ?? {}, extra.signal, limits);
    options.log?.(`${tool.name}: ${result.isError ? "error" : "ok"} in ${Date.now() - started} ms`);
    return result;
  });
  return server;
}

/** Checks and decodes the arguments, calls the function, and turns its outcome into a result. */
export async function callTool<Client>(
  tool: ToolDefinition<Client>,
  client: Client,
  args: Record<string, unknown>,
  signal: AbortSignal | undefined,
  limits: ResultLimits = DEFAULT_LIMITS,
): Promise<CallToolResult> {
  const problems = argumentProblems(tool.inputSchema, args);
  if (problems.length > 0) {
    return { isError: true, content: [{ type: "text", text: `Invalid arguments for ${tool.name}:\n${problems.map((p) => `- ${p}`).join("\n")}` }] };
  }
  try {
    const result = await tool.invoke(client, decodeFiles(reviveDates(tool.inputSchema, args), tool.files), signal ? { signal } : {});
    return await toolResult(result, { paged: tool.paged, binaryMediaType: tool.binaryMediaType, name: tool.name }, limits);
  } catch (error) {
    // The functions return errors rather than throw; this is a bug or a bad file argument.
    return errorResult(error);
  }
}

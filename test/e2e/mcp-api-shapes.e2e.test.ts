/**
 * The api-shapes package generated with `mcp: true` (groups parameters, requestBodies,
 * pagination, eventstreams and resource): every parameter-style and body tool called through the
 * MCP server against the spec server (files sent as base64), pagination through a tool, an
 * event stream collected into a result, and the `x-speakeasy-mcp` extension (disabled, name,
 * description, scopes) with `--scope`.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { API_SHAPES, apiShapesAvailable } from './support/api-shapes.js';
import { buildSdk, type BuiltSdk } from './support/build-sdk.js';
import { resultText, runToExit, startStdio, type McpSession } from './support/mcp.js';
import { ToolArguments } from './support/mcp-arguments.js';
import { send, SpecServer } from './support/spec-server.js';

const GROUPS = ['parameters', 'requestBodies', 'pagination', 'eventstreams', 'resource'];
const CALLED_GROUPS = ['parameters', 'requestBodies'];

let sdk: BuiltSdk;
let server: SpecServer;
let session: McpSession;
let toolArgs: ToolArguments;

function groupOf(op: Record<string, unknown>): string {
  return String(op['x-speakeasy-group'] ?? (op.tags as string[] | undefined)?.[0]);
}

async function call(name: string, args: Record<string, unknown>, operationId?: string): Promise<CallToolResult> {
  server.expecting = operationId;
  try {
    return (await session.client.callTool({ name, arguments: args })) as CallToolResult;
  } finally {
    server.expecting = undefined;
  }
}

function toolFor(operationId: string) {
  const tool = toolArgs.tools.find((t) => t.operation.operation.id === operationId);
  if (!tool) throw new Error(`no tool for ${operationId}`);
  return tool;
}

(apiShapesAvailable() ? describe : describe.skip)('api-shapes MCP server', () => {
  beforeAll(async () => {
    sdk = await buildSdk(API_SHAPES, 'api-shapes-sdk', 'SDK', { keep: (op) => GROUPS.includes(groupOf(op)), mcp: true });
    server = await SpecServer.start(sdk.api, sdk.document);
    toolArgs = new ToolArguments(sdk.api, sdk, server);
    session = await startStdio(sdk.dir, ['--server-url', server.url, '--api-key-auth', 'k', '--no-retries']);
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  beforeEach(() => {
    server.requests.length = 0;
    server.faults.length = 0;
  });

  test('lists every operation not disabled by x-speakeasy-mcp, with its name and description overrides', async () => {
    const { tools } = await session.client.listTools();
    const disabled = sdk.api.operations.filter((op) => (op.extensions['x-speakeasy-mcp'] as { disabled?: boolean } | undefined)?.disabled === true);
    expect(disabled.map((op) => op.id).sort()).toEqual(['deepObjectQueryParamsDeepObject', 'deepObjectQueryParamsObject']);
    expect(tools).toHaveLength(sdk.api.operations.length - disabled.length);
    const names = tools.map((t) => t.name);
    expect(names).toContain('camel-cased-body');
    expect(names.some((n) => /deep-object-query-params-(object|deep-object)$/.test(n))).toBe(false);
    const described = tools.find((t) => t.name === toolFor('requestBodyPostApplicationJsonMapOfMapOfPrimitive').name)!;
    expect(described.description).toMatch(/^This endpoint is used to test MCP server generation/);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const t of tools) expect(() => ajv.compile(t.inputSchema)).not.toThrow();
    console.log(`api-shapes MCP: ${tools.length} tools listed for ${sdk.api.operations.length} operations (${disabled.length} disabled by x-speakeasy-mcp)`);
  });

  test('every parameter-style and request-body tool sends what the spec says (files as base64)', async () => {
    const tools = toolArgs.tools.filter((t) => CALLED_GROUPS.includes(t.operation.groupProperty ?? ''));
    const failures: string[] = [];
    let passed = 0;
    for (const tool of tools) {
      server.requests.length = 0;
      const op = tool.operation.operation;
      const result = await call(tool.name, await toolArgs.of(tool), op.id);
      const problems = server.hits(op.id).flatMap((h) => h.problems);
      if (result.isError) failures.push(`${tool.name}: ${resultText(result).slice(0, 300)}`);
      else if (problems.length > 0) failures.push(...problems.map((p) => `${tool.name}: ${p}`));
      else passed++;
    }
    const files = tools.filter((t) => toolArgs.inputOf(t).files.length > 0).length;
    console.log(`api-shapes MCP: ${passed}/${tools.length} parameter and body tools called and passed (${files} of them with files)\n${failures.join('\n')}`);
    expect(failures).toEqual([]);
    expect(files).toBeGreaterThan(0);
  }, 120_000);

  test('pagination: a tool returns one page; the pagination parameters reach the next', async () => {
    const data = Array.from({ length: 10 }, (_, i) => i);
    const answer = () =>
      server.faults.push((_req, res, received) => {
        const u = new URL(received.url, 'http://x');
        const offset = Number(u.searchParams.get('offset') ?? 0);
        send(res, 200, 'application/json', JSON.stringify({ numPages: 0, resultArray: data.slice(offset, offset + Number(u.searchParams.get('limit'))) }));
        return true;
      });
    const tool = toolFor('paginationLimitOffsetOffsetParams');
    answer();
    const first = await call(tool.name, { offset: 0, limit: 4 });
    expect(first.structuredContent).toMatchObject({ resultArray: [0, 1, 2, 3] });
    answer();
    const second = await call(tool.name, { offset: 4, limit: 4 });
    expect(second.structuredContent).toMatchObject({ resultArray: [4, 5, 6, 7] });
    expect(server.requests).toHaveLength(2);
  });

  test('an event stream is collected into one result, up to the sentinel', async () => {
    server.faults.push((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('event: heartbeat\n\ndata: {"content":"a"}\n\ndata: {"content":"b"}\n\ndata: [DONE]\n\ndata: {"content":"never"}\n\n');
      return true;
    });
    const result = await call(toolFor('chatHeartbeat').name, {});
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ events: [{ data: { content: 'a' } }, { data: { content: 'b' } }], truncated: false });
  });

  test('results: binary bodies as image, audio or a base64 resource with their media type; text; no content; too large is an error', async () => {
    const { toolResult } = await sdk.load('mcp-server/results.js');
    const stream = (text: string) => new Blob([text]).stream();
    const limits = { maxEvents: 100, maxBytes: 8 };
    const ok = (value: unknown) => ({ ok: true, value });
    expect(await toolResult(ok(stream('png')), { paged: false, binaryMediaType: 'image/png', name: 't' }, limits)).toEqual({ content: [{ type: 'image', data: 'cG5n', mimeType: 'image/png' }] });
    expect(await toolResult(ok(stream('mp3')), { paged: false, binaryMediaType: 'audio/mpeg', name: 't' }, limits)).toEqual({ content: [{ type: 'audio', data: 'bXAz', mimeType: 'audio/mpeg' }] });
    expect(await toolResult(ok(stream('zip')), { paged: false, binaryMediaType: 'application/*', name: 't' }, limits)).toEqual({
      content: [{ type: 'resource', resource: { uri: 'response://t', mimeType: 'application/octet-stream', blob: 'emlw' } }],
    });
    expect((await toolResult(ok(stream('far too long')), { paged: false, name: 't' }, limits)).isError).toBe(true);
    expect(await toolResult(ok('plain'), { paged: false, name: 't' }, limits)).toEqual({ content: [{ type: 'text', text: 'plain' }] });
    expect((await toolResult(ok(undefined), { paged: false, name: 't' }, limits)).content[0].text).toMatch(/no content/);
    expect((await toolResult(ok([1, 2]), { paged: false, name: 't' }, limits)).structuredContent).toEqual({ result: [1, 2] });
  });

  test('basic auth takes two flags; half a pair, with no environment variable for the other half, is a usage error', async () => {
    const help = await runToExit(sdk.dir, ['start', '--help']);
    expect(help.stdout).toContain('--basic-auth-username VALUE');
    expect(help.stdout).toContain('--basic-auth-password VALUE');
    const half = await runToExit(sdk.dir, ['start', '--basic-auth-username', 'u']);
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('--basic-auth-password (or SDK_BASIC_AUTH_PASSWORD) is needed');
    expect(half.stderr).not.toContain('u\n');
  });

  test('--scope keeps the tools of that x-speakeasy-mcp scope', async () => {
    const scoped = await startStdio(sdk.dir, ['--server-url', server.url, '--scope', 'read']);
    try {
      const { tools } = await scoped.client.listTools();
      const expected = toolArgs.tools.filter((t) => t.scopes.includes('read')).map((t) => t.name);
      expect(expected.length).toBeGreaterThan(0);
      expect(tools.map((t) => t.name)).toEqual(expected);
    } finally {
      await scoped.close();
    }
  });
});

/**
 * The Clerk package generated with `mcp: true`: its MCP server started from the built package
 * over stdio and over Streamable HTTP, reached with the official MCP client, and every tool
 * called against the spec server, which checks each request against the spec.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { buildSdk, CLERK_SPEC, type BuiltSdk } from './support/build-sdk.js';
import { connectHttp, runToExit, startHttpServer, startStdio, resultText, type McpSession } from './support/mcp.js';
import { ToolArguments } from './support/mcp-arguments.js';
import { SpecServer } from './support/spec-server.js';
import { faults } from './support/faults.js';
import { ModelValues } from './support/expected.js';

let sdk: BuiltSdk;
let server: SpecServer;
let session: McpSession;
let toolArgs: ToolArguments;

const SECRET = 'sk_test_mcp_secret_1234';

beforeAll(async () => {
  sdk = await buildSdk(CLERK_SPEC, '@clerk/backend-api-client', 'ClerkBackendApi', { mcp: true });
  server = await SpecServer.start(sdk.api, sdk.document);
  toolArgs = new ToolArguments(sdk.api, sdk, server);
  session = await startStdio(sdk.dir, ['--server-url', server.url, '--bearer-auth', SECRET, '--no-retries', '--log-level', 'debug']);
}, 180_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** The example arguments of a tool, which the spec server expects. */
async function exampleArgs(name: string): Promise<Record<string, unknown>> {
  return toolArgs.of(toolArgs.tools.find((t) => t.name === name)!);
}

/** Status of an initialize POST sent with another Host header (fetch does not allow setting it). */
function postWithHost(url: string, host: string): Promise<number> {
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } } });
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { host, 'content-type': 'application/json', accept: 'application/json, text/event-stream' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end(body);
  });
}

async function call(name: string, args: Record<string, unknown>, operationId: string, via = session.client): Promise<CallToolResult> {
  server.expecting = operationId;
  try {
    return (await via.callTool({ name, arguments: args })) as CallToolResult;
  } finally {
    server.expecting = undefined;
  }
}

describe('Clerk MCP server over stdio', () => {
  test('lists one tool per operation, each with a valid JSON Schema input and the method hints', async () => {
    const { tools } = await session.client.listTools();
    expect(tools.map((t) => t.name)).toEqual(toolArgs.tools.map((t) => t.name));
    expect(tools).toHaveLength(sdk.api.operations.length);
    expect(new Set(tools.map((t) => t.name.toLowerCase())).size).toBe(tools.length);
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    const invalid: string[] = [];
    for (const t of tools) {
      expect(t.name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(t.inputSchema.type).toBe('object');
      try {
        ajv.compile(t.inputSchema);
      } catch (error) {
        invalid.push(`${t.name}: ${(error as Error).message}`);
      }
    }
    expect(invalid).toEqual([]);
    const get = tools.find((t) => t.name === 'users-get')!;
    expect(get.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, idempotentHint: true });
    expect(get.inputSchema).toMatchObject({ properties: { userId: { type: 'string' } }, required: ['userId'] });
    const del = tools.find((t) => t.name === 'users-delete')!;
    expect(del.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true, idempotentHint: true });
    expect(tools.find((t) => t.name === 'users-create')!.annotations).toMatchObject({ readOnlyHint: false, idempotentHint: false });
    console.log(`Clerk MCP: ${tools.length} tools listed for ${sdk.api.operations.length} operations, all input schemas compile (Ajv, draft 2020-12)`);
  });

  test('every tool, called with the example arguments, sends a request the spec server accepts and returns the mapped body', async () => {
    const values = new ModelValues(sdk.api, sdk);
    const failures: string[] = [];
    let passed = 0;
    for (const tool of toolArgs.tools) {
      const op = tool.operation.operation;
      server.requests.length = 0;
      const result = await call(tool.name, await toolArgs.of(tool), op.id);
      const hits = server.hits(op.id);
      const problems = hits.flatMap((h) => h.problems);
      if (result.isError) failures.push(`${tool.name}: ${resultText(result).slice(0, 300)}`);
      else if (hits.length !== 1) failures.push(`${tool.name}: server saw ${hits.length} requests`);
      else if (problems.length > 0) failures.push(...problems.map((p) => `${tool.name}: ${p}`));
      else {
        const content = op.responses.find((r) => !r.isError)?.contents[0];
        const expected = content ? JSON.parse(JSON.stringify((await values.toModel(content.type, server.answers.get(op.id))) ?? null)) : null;
        const text = resultText(result);
        if (content?.mediaType.includes('json') && JSON.stringify(JSON.parse(text)) !== JSON.stringify(expected)) failures.push(`${tool.name}: unexpected result ${text.slice(0, 200)}`);
        else passed++;
      }
    }
    console.log(`Clerk MCP over stdio: ${passed}/${toolArgs.tools.length} tools called and passed`);
    expect(failures).toEqual([]);
  }, 120_000);

  test('credentials from --bearer-auth reach the API; the secret is never logged, even at debug level', async () => {
    server.requests.length = 0;
    const result = await call('users-get', await exampleArgs('users-get'), 'GetUser');
    expect(result.isError).toBeFalsy();
    expect(server.hits('GetUser')[0]!.received.headers.authorization).toBe(`Bearer ${SECRET}`);
    expect(session.stderr()).toContain('users-get');
    expect(session.stderr()).not.toContain(SECRET);
  });

  test('an API error is an isError result with its status and body', async () => {
    server.faults.push(faults.status(404, JSON.stringify({ errors: [{ message: 'not found', long_message: 'No user', code: 'resource_not_found' }] })));
    const result = await call('users-get', { userId: 'user_missing' }, 'GetUser');
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ statusCode: 404, body: { errors: [{ code: 'resource_not_found' }] } });
  });

  test('arguments that do not match the schema are an isError result naming each field, and no request is sent', async () => {
    server.requests.length = 0;
    const result = await call('users-get', { userId: 42, extra: true }, 'GetUser');
    expect(result.isError).toBe(true);
    expect(resultText(result)).toContain('arguments.userId: expected string, got number 42');
    expect(server.requests).toHaveLength(0);
  });
});

describe('Clerk MCP server: start options', () => {
  test('the environment variable is the fallback for --bearer-auth', async () => {
    const envSession = await startStdio(sdk.dir, ['--server-url', server.url, '--no-retries'], { CLERK_BACKEND_API_BEARER_AUTH: 'sk_from_env' });
    try {
      server.requests.length = 0;
      server.expecting = 'GetUser';
      const result = (await envSession.client.callTool({ name: 'users-get', arguments: await exampleArgs('users-get') })) as CallToolResult;
      expect(result.isError).toBeFalsy();
      expect(server.hits('GetUser')[0]!.received.headers.authorization).toBe('Bearer sk_from_env');
    } finally {
      server.expecting = undefined;
      await envSession.close();
    }
  });

  test('--tool keeps only the named tools', async () => {
    const filtered = await startStdio(sdk.dir, ['--server-url', server.url, '--tool', 'users-get', '--tool', 'users-list']);
    try {
      const { tools } = await filtered.client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['users-get', 'users-list']);
    } finally {
      await filtered.close();
    }
  });

  test('a network error is an isError result, and the server keeps serving', async () => {
    const offline = await startStdio(sdk.dir, ['--server-url', 'http://127.0.0.1:9', '--bearer-auth', 'x', '--no-retries']);
    try {
      const result = (await offline.client.callTool({ name: 'users-get', arguments: { userId: 'u' } })) as CallToolResult;
      expect(result.isError).toBe(true);
      expect(result.structuredContent).toMatchObject({ error: 'ConnectionError' });
      const again = (await offline.client.callTool({ name: 'jwks-get-jwks', arguments: {} })) as CallToolResult;
      expect(again.isError).toBe(true);
    } finally {
      await offline.close();
    }
  });

  test('bad flags exit 2 with a message and no stack trace; --help lists flags, credentials and tools', async () => {
    const unknownTool = await runToExit(sdk.dir, ['start', '--tool', 'no-such-tool']);
    expect(unknownTool.code).toBe(2);
    expect(unknownTool.stderr).toContain('unknown tool "no-such-tool"');
    const badIndex = await runToExit(sdk.dir, ['start', '--server-index', '5']);
    expect(badIndex.code).toBe(2);
    expect(badIndex.stderr).toContain('--server-index 5 is out of range');
    const badFlag = await runToExit(sdk.dir, ['mcp', 'start', '--transport', 'carrier-pigeon']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).not.toMatch(/\n\s+at /);
    // The package's one bin is the server's command (`npx <package> mcp start`).
    const pkg = JSON.parse(readFileSync(join(sdk.dir, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ mcp: './dist/mcp-server/bin.js' });
    expect(readFileSync(join(sdk.dir, pkg.bin.mcp), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const version = await runToExit(sdk.dir, ['mcp', '--version']);
    expect(version.stdout).toBe('@clerk/backend-api-client 0.0.1\n');
    const help = await runToExit(sdk.dir, ['mcp', '--help']);
    expect(help.code).toBe(0);
    for (const text of ['--transport', '--port', '--tool', '--scope', '--server-url', '--server-index', '--log-level', '--bearer-auth', 'CLERK_BACKEND_API_BEARER_AUTH', 'users-get'])
      expect(help.stdout).toContain(text);
  });
});

describe('Clerk MCP server over Streamable HTTP', () => {
  test('serves on 127.0.0.1; one tool per group called through it', async () => {
    const http = await startHttpServer(sdk.dir, ['--server-url', server.url, '--bearer-auth', SECRET, '--no-retries']);
    try {
      expect(http.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
      const client = await connectHttp(http.url);
      const { tools } = await client.listTools();
      expect(tools).toHaveLength(toolArgs.tools.length);
      const firstPerGroup = new Map<string, (typeof toolArgs.tools)[number]>();
      for (const t of toolArgs.tools) if (!firstPerGroup.has(t.operation.groupProperty ?? '')) firstPerGroup.set(t.operation.groupProperty ?? '', t);
      const failures: string[] = [];
      for (const tool of firstPerGroup.values()) {
        server.requests.length = 0;
        const result = await call(tool.name, await toolArgs.of(tool), tool.operation.operation.id, client);
        if (result.isError) failures.push(`${tool.name}: ${resultText(result).slice(0, 200)}`);
        failures.push(...server.hits(tool.operation.operation.id).flatMap((h) => h.problems.map((p) => `${tool.name}: ${p}`)));
      }
      await client.close();
      console.log(`Clerk MCP over HTTP: ${firstPerGroup.size - new Set(failures.map((f) => f.split(':')[0])).size}/${firstPerGroup.size} groups, one tool each, passed`);
      expect(failures).toEqual([]);
      const get = await fetch(http.url);
      expect(get.status).toBe(405);
      // DNS rebinding: a page on another host name that resolves to 127.0.0.1 is refused.
      expect(await postWithHost(http.url, 'evil.example')).toBe(403);
      expect(http.stderr()).not.toContain(SECRET);
    } finally {
      await http.stop();
    }
  }, 60_000);
});

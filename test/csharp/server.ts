/**
 * A loopback HTTP server for the generated C# SDKs. Each API is mounted under a prefix; a
 * request is matched to its operation, checked against the IR (problems are collected), and
 * answered by a fixture handler or with a sample of the declared success body.
 *
 * Faults on demand, for retry tests: `x-scenario: fail=503,429;retry-after=0` makes the first
 * attempts of the calls with the same `x-scenario-id` fail with those statuses (`reset` drops
 * the connection), then the call succeeds. `body64=<base64>` sets the failing answers' JSON
 * body. Attempts are counted per scenario id. Requests with `x-expect-invalid` are not checked.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiModel, Operation } from '../../generator/ir/model.js';
import { echo, fixtureAnswer, tokenAnswer, type Answer, type FixtureRequest } from './fixture-handlers.js';
import { match, routes } from './routing.js';
import { Samples } from './samples.js';
import { validate } from './validate.js';

export interface Mount {
  prefix: string;
  api: ApiModel;
  /** Use the client fixture's handlers. */
  fixture?: boolean;
}

export interface TestServer {
  url: string;
  /** Operation ids called (and answered), per prefix. */
  called: Map<string, Set<string>>;
  problems: string[];
  tokens: { issued: number };
  close(): Promise<void>;
}

export async function startTestServer(mounts: Mount[]): Promise<TestServer> {
  const tables = mounts.map((m) => ({ mount: m, table: routes(m.api), samples: new Samples(m.api) }));
  const called = new Map<string, Set<string>>(mounts.map((m) => [m.prefix, new Set<string>()]));
  const problems: string[] = [];
  const tokens = { issued: 0 };
  const attempts = new Map<string, number>();

  const server: Server = createServer((message, response) => {
    const chunks: Buffer[] = [];
    message.on('data', (c: Buffer) => chunks.push(c));
    message.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(message.url ?? '/', 'http://127.0.0.1');
      const id = String(message.headers['x-scenario-id'] ?? '');
      const attempt = (attempts.get(id) ?? 0) + 1;
      if (id) attempts.set(id, attempt);
      const fault = scenarioFault(String(message.headers['x-scenario'] ?? ''), attempt);
      if (fault === 'reset') return void message.socket.destroy();
      if (fault) return send(response, fault);
      const entry = tables.find((t) => url.pathname.startsWith(t.mount.prefix + '/'));
      if (!entry) return send(response, { status: 404, body: { error: `no API mounted at ${url.pathname}` } });
      const path = url.pathname.slice(entry.mount.prefix.length);
      if (entry.mount.fixture && path === '/oauth/token' && message.method === 'POST') return send(response, tokenAnswer(new URLSearchParams(body.toString('utf8')), tokens));
      const found = match(entry.table, message.method ?? 'GET', path.startsWith('/own/') ? path.slice(4) : path);
      if (!found) return send(response, { status: 404, body: { error: `no operation for ${message.method} ${path}` } });
      const seen = { method: message.method ?? '', query: url.searchParams, headers: message.headers, body, params: found.params };
      // Tests of failure paths send what the spec forbids on purpose, and say so.
      const expected = message.headers['x-expect-invalid'] !== undefined;
      if (!expected) for (const problem of validate(entry.mount.api, found.operation, seen)) problems.push(`${entry.mount.prefix} ${found.operation.id}: ${problem}`);
      called.get(entry.mount.prefix)!.add(found.operation.id);
      const request = { message, path, url, body, params: found.params, attempts: attempt, tokens };
      const answer = (entry.mount.fixture && fixtureAnswer(found.operation.id, request)) || sampleAnswer(found.operation, entry.samples, request);
      send(response, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    called,
    problems,
    tokens,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function scenarioFault(scenario: string, attempt: number): Answer | 'reset' | undefined {
  if (!scenario) return undefined;
  const settings = Object.fromEntries(scenario.split(';').map((part) => part.split('=') as [string, string]));
  const fails = (settings.fail ?? '').split(',').filter(Boolean);
  if (attempt > fails.length) return undefined;
  const status = fails[attempt - 1];
  if (status === 'reset') return 'reset';
  const headers: Record<string, string> = settings['retry-after'] !== undefined ? { 'retry-after': settings['retry-after'] } : {};
  if (settings.body64 !== undefined) return { status: Number(status), headers: { ...headers, 'content-type': 'application/json' }, raw: Buffer.from(settings.body64, 'base64') };
  return { status: Number(status), headers, body: { attempt } };
}

/** The first declared success response, with a sample body; echo-shaped bodies echo the request. */
function sampleAnswer(operation: Operation, samples: Samples, request: FixtureRequest): Answer {
  const success = operation.responses.find((r) => !r.isError);
  if (!success) return { status: 204 };
  const status = /^\d{3}$/.test(success.statusCode) ? Number(success.statusCode) : 200;
  const content = success.contents[0];
  if (!content) return { status };
  const isEcho = content.type.kind === 'model' && content.type.id.endsWith('/Echo');
  if (isEcho) return { ...echo(request), status };
  return { status, body: samples.value(content.type), headers: { 'content-type': content.mediaType.includes('*') ? 'application/json' : content.mediaType } };
}

function send(response: ServerResponse, answer: Answer): void {
  const write = () => {
    const headers = { ...(answer.headers ?? {}) };
    let payload: Buffer | string | undefined = answer.raw;
    if (payload === undefined && answer.body !== undefined) {
      payload = JSON.stringify(answer.body);
      headers['content-type'] ??= 'application/json';
    }
    response.writeHead(answer.status, headers);
    response.end(payload);
  };
  if (answer.delayMs) setTimeout(write, answer.delayMs);
  else write();
}

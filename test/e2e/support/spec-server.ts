/**
 * An HTTP server on 127.0.0.1 (free port) that plays the API described by an IR: it finds the
 * operation of each request, checks the request (check-request.ts), and answers with the
 * example of the operation's success response. Requests that do not match get status 499 with
 * the problems listed. Faults queued by a test replace the next answers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiModel, Operation, Response as IrResponse } from '../../../generator/ir/model.js';
import { checkRequest, type Received } from './check-request.js';
import { Examples } from './examples.js';
import { expectedRequest } from './expected.js';

/** Replaces the normal answer to one request. Return false to answer normally after all. */
export type Fault = (req: IncomingMessage, res: ServerResponse, received: Received) => boolean | Promise<boolean>;

export interface Recorded {
  operationId: string | undefined;
  received: Received;
  problems: string[];
  /** Milliseconds since the server started, when the request arrived. */
  at: number;
}

interface Route {
  op: Operation;
  regex: RegExp;
  names: string[];
}

export class SpecServer {
  readonly requests: Recorded[] = [];
  readonly faults: Fault[] = [];
  /** Wire body of the last answer per operation id. */
  readonly answers = new Map<string, unknown>();
  /** The operation the next requests are for, when they cannot say so by header (an MCP tool call). */
  expecting: string | undefined;
  /**
   * Answers a request that does not match the examples with the operation's example anyway
   * (the problems are still recorded): for programs that send values of their own.
   */
  lenient = false;
  private readonly routes: Route[];
  private readonly started = Date.now();
  private readonly sockets = new Set<import('node:net').Socket>();

  private constructor(
    readonly api: ApiModel,
    readonly examples: Examples,
    private readonly server: Server,
  ) {
    this.routes = api.operations.map(route).sort((a, b) => literalLength(b.op.path) - literalLength(a.op.path));
  }

  /** `document`: the loaded spec, for the limits examples must respect (see Examples). */
  static async start(api: ApiModel, document?: Record<string, unknown>): Promise<SpecServer> {
    const server = createServer();
    const instance = new SpecServer(api, new Examples(api, document), server);
    server.on('request', (req, res) => void instance.handle(req, res));
    server.on('connection', (socket) => {
      instance.sockets.add(socket);
      socket.on('close', () => instance.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return instance;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The requests that reached an operation, by operation id. */
  hits(operationId: string): Recorded[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = req.url ?? '/';
    const path = url.split('?')[0];
    // Tests name the operation they call when two share a method and path (`/x#variant`).
    const wanted = req.headers['x-test-operation'] ?? this.expecting;
    const candidates = this.routes.map((r) => ({ r, m: r.op.method.toUpperCase() === req.method ? r.regex.exec(path) : null })).filter((x) => x.m);
    const match = candidates.find((x) => x.r.op.id === wanted) ?? candidates[0];
    const pathSegments = match ? Object.fromEntries(match.r.names.map((n, i) => [n, match.m![i + 1]])) : {};
    const received: Received = { method: req.method ?? '', url, headers: req.headers, body: Buffer.concat(chunks), pathSegments };
    const op = match?.r.op;
    const problems = op ? await checkRequest(this.api, op, expectedRequest(op, this.examples), received) : [`no operation for ${req.method} ${path}`];
    this.requests.push({ operationId: op?.id, received, problems, at: Date.now() - this.started });
    const fault = this.faults.shift();
    if (fault && (await fault(req, res, received))) return;
    if ((problems.length > 0 && !this.lenient) || !op) return send(res, 499, 'application/json', JSON.stringify({ problems }));
    this.answer(op, res);
  }

  private answer(op: Operation, res: ServerResponse): void {
    const success = op.responses.find((r) => !r.isError) ?? op.responses[0];
    const status = statusOf(success);
    const content = success?.contents[0];
    if (!content) return send(res, status, undefined, '');
    const media = content.mediaType.includes('*') ? 'application/json' : content.mediaType;
    if (media === 'text/event-stream') {
      const event = this.examples.value(content.type, 'event');
      return send(res, status, media, `data: ${JSON.stringify(event)}\n\n`);
    }
    if (!media.includes('json')) return send(res, status, media, 'example body');
    const wire = this.examples.value(content.type, 'resp');
    this.answers.set(op.id, wire);
    send(res, status, media, JSON.stringify(wire));
  }
}

export function send(res: ServerResponse, status: number, contentType: string | undefined, body: string, headers: Record<string, string> = {}): void {
  if (contentType && status !== 204) res.setHeader('content-type', contentType);
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.statusCode = status;
  res.end(status === 204 ? undefined : body);
}

function statusOf(r: IrResponse | undefined): number {
  if (!r || r.statusCode === 'default' || /X/i.test(r.statusCode)) return r?.statusCode.startsWith('2') || !r || r.statusCode === 'default' ? 200 : Number(r.statusCode[0]) * 100;
  return Number(r.statusCode);
}

function route(op: Operation): Route {
  const names: string[] = [];
  const template = op.path.split('#')[0];
  const source = template.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
    if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    names.push(name);
    return '([^/]*)';
  });
  return { op, regex: new RegExp(`^${source}$`), names };
}

function literalLength(path: string): number {
  return path.split('#')[0].replace(/\{[^}]+\}/g, '').length;
}

/**
 * Calls every operation of one spec once through its generated TypeScript SDK against Prism
 * (`prism mock --errors --dynamic`), with inputs derived from the spec's examples and types
 * (test/e2e/support/examples.ts), default validation, and counts what happened. The SDK is
 * transpiled with esbuild, file by file (type-checking is the corpus run's job).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { emitPackage } from '../../../generator/emit-package.js';
import { buildModel } from '../../../generator/ir/build/build-model.js';
import type { SecurityScheme } from '../../../generator/ir/model.js';
import { loadSpec } from '../../../generator/resolve/index.js';
import { securityOptionName, type OperationSurface } from '../../../generator/surface/typescript/sdk-surface.js';
import { typescriptTarget } from '../../../generator/targets/typescript/index.js';
import { walk, type BuiltSdk } from '../../e2e/support/build-sdk.js';
import { Examples } from '../../e2e/support/examples.js';
import { expectedRequest, ModelValues, surfaceOf } from '../../e2e/support/expected.js';
import { startPrism, type Prism } from '../../e2e/support/prism.js';

/** What one call came to. */
export type CallOutcome =
  /** The SDK returned a result (for a declared error status: threw the declared error class). */
  | 'passed'
  /** Prism answered 422/400 with request violations: the example-derived input broke a rule of the spec (a pattern, a format) that the IR does not carry into the inputs. */
  | 'input-rejected'
  /** Prism answered 500 with only response violations: its own generated answer broke the spec. */
  | 'prism-own'
  /** Prism answered something else it chose (404 no route, 401 for an unsupported scheme, 405, 406), or nothing in time. */
  | 'prism-refused'
  /** The SDK failed by itself: response validation of a spec-allowed answer, a mapper TypeError, a hang. */
  | 'sdk-failed';

export interface CallResult {
  operation: string;
  outcome: CallOutcome;
  detail?: string;
}

export interface SpecCalls {
  /** Why the spec was not called (Prism could not load it, the SDK did not build). */
  skipped?: string;
  calls: CallResult[];
  /** Operations left uncalled when the time limit for one spec ran out. */
  uncalled?: number;
}

const CALL_TIMEOUT_MS = 15_000;
const MAX_PRISM_RESTARTS = 5;
/** Calls of one spec stop after this (Prism answers Stripe's largest schemas in seconds each). */
const SPEC_TIME_LIMIT_MS = 420_000;
/** Prism reads a spec of Stripe's size (6 MB) in minutes, not seconds. */
const PRISM_START_MS = 300_000;
const ESBUILD = resolve('node_modules/.bin/esbuild');
let built = 0;

export async function callEveryOperation(spec: string, workDir: string): Promise<SpecCalls> {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec, overlays: [] }, diagnostics);
  if (!loaded) return { skipped: 'does not load', calls: [] };
  const api = buildModel(loaded, diagnostics);
  const surface = surfaceOf(api);
  const operations: OperationSurface[] = [...surface.rootOperations, ...surface.groups.flatMap((g) => g.operations)];
  if (operations.length === 0) return { skipped: 'no operations', calls: [] };
  // A folder per spec: ES modules are cached by URL for the life of the process.
  const dir = join(workDir, `sdk-${++built}`);
  const files = await emitPackage(typescriptTarget, api, { packageName: 'corpus-sdk', sdkClassName: 'SDK' });
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.contents);
  }
  await transpile(dir);
  const sdk: BuiltSdk = { api, document: loaded.document, dir, load: (path) => import(join(dir, 'dist', path)) };

  const mock = await mockServer(spec, loaded.document, dir);
  if (typeof mock === 'string') return { skipped: `Prism cannot mock it: ${mock}`, calls: [] };
  let prism = mock.prism;
  try {
    const { SDK } = await sdk.load('index.js');
    const clientOf = (url: string) => new SDK({ serverURL: url, retries: { strategy: 'none' }, timeoutMs: CALL_TIMEOUT_MS, ...credentials(api.securitySchemes) });
    let client = clientOf(prism.url);
    const values = new ModelValues(api, sdk);
    const examples = new Examples(api, loaded.document);
    const calls: CallResult[] = [];
    let restarts = 0;
    const deadline = performance.now() + SPEC_TIME_LIMIT_MS;
    for (const [i, s] of operations.entries()) {
      if (performance.now() > deadline) return { calls, uncalled: operations.length - i };
      const result = await callOne(client, s, values, examples);
      // Prism can die on a request (a stack trace of its own): that call is Prism's refusal,
      // and the next ones get a fresh Prism.
      if (result.outcome === 'sdk-failed' && /ConnectionError/.test(result.detail ?? '')) await new Promise((r) => setTimeout(r, 300));
      if (prism.exited) {
        calls.push({ operation: s.operation.id, outcome: 'prism-refused', detail: `Prism crashed on this request: ${prismError(new Error(prism.exited))}` });
        if (++restarts > MAX_PRISM_RESTARTS) return { skipped: `Prism crashed ${restarts} times`, calls };
        prism = await startPrism(mock.file, PRISM_START_MS);
        client = clientOf(prism.url);
        continue;
      }
      calls.push(result);
    }
    return { calls };
  } finally {
    await prism.stop();
  }
}

/**
 * Prism on the spec as written; when Prism cannot read it (it also follows `$ref`s that only
 * tools read, in code samples), on the document as sdkwright loaded it (files joined,
 * extensions left out).
 */
async function mockServer(spec: string, document: Record<string, unknown>, dir: string): Promise<{ prism: Prism; file: string } | string> {
  try {
    return { prism: await startPrism(spec, PRISM_START_MS), file: spec };
  } catch (error) {
    // Too slow to start is not a reading problem: the joined document would be as slow.
    if (/did not start in/.test(String((error as Error).message))) return prismError(error);
    let joined: string;
    try {
      joined = JSON.stringify(document, (key, value) => (key.startsWith('x-') ? undefined : value));
    } catch {
      return prismError(error);
    }
    const file = join(dir, 'openapi.json');
    writeFileSync(file, joined);
    try {
      return { prism: await startPrism(file, PRISM_START_MS), file };
    } catch (second) {
      return prismError(second);
    }
  }
}

/** The line of Prism's output that says why it stopped. */
function prismError(error: unknown): string {
  const lines = String((error as Error).message ?? error).split('\n');
  return firstLine(lines.find((l) => /fatal|error/i.test(l) && !/awaiting/.test(l) && !/^\s+at /.test(l)) ?? lines.slice(1).join(' '));
}

async function callOne(client: Record<string, any>, s: OperationSurface, values: ModelValues, examples: Examples): Promise<CallResult> {
  const operation = s.operation.id;
  let args: unknown[];
  try {
    args = await values.arguments(s, expectedRequest(s.operation, examples));
  } catch (error) {
    // The test's own input builder, not the SDK: reported as a refusal of ours to call.
    return { operation, outcome: 'sdk-failed', detail: `building inputs: ${firstLine(String(error))}` };
  }
  const target = s.groupProperty ? client[s.groupProperty] : client;
  let timer: NodeJS.Timeout | undefined;
  try {
    const call = Promise.resolve(target[s.methodName](...args)).then(drain);
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${CALL_TIMEOUT_MS} ms`)), CALL_TIMEOUT_MS + 2_000)));
    await Promise.race([call, timeout]);
    return { operation, outcome: 'passed' };
  } catch (error) {
    return { operation, ...classify(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** Consumes a streamed result (SSE, JSON Lines, a body stream), so its parsing is exercised too. */
async function drain(result: unknown): Promise<void> {
  const stream = result && typeof result === 'object' && Symbol.asyncIterator in result ? (result as AsyncIterable<unknown>) : undefined;
  if (stream) for await (const _ of stream) void _;
}

function classify(error: unknown): { outcome: CallOutcome; detail: string } {
  const e = error as { name?: string; message?: string; statusCode?: number; headers?: Headers };
  const detail = `${e.name ?? 'Error'}: ${firstLine(e.message ?? String(error))}`;
  const statusCode = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  // The SDK's own time limit did its job: Prism (busy generating a large answer) did not answer.
  if (e.name === 'RequestTimeoutError') return { outcome: 'prism-refused', detail: `Prism did not answer in time: ${detail}` };
  if (statusCode === undefined || !(e.headers instanceof Headers) || /Validation/.test(e.name ?? '')) return { outcome: 'sdk-failed', detail };
  let violations: { location?: string[]; message?: string }[] = [];
  try {
    violations = JSON.parse(e.headers.get('sl-violations') ?? '[]');
  } catch {
    violations = [];
  }
  const where = violations.map((v) => `${(v.location ?? []).join('.')}: ${v.message ?? ''}`).join('; ');
  if (violations.length > 0 && violations.every((v) => v.location?.[0] === 'response')) return { outcome: 'prism-own', detail: `${statusCode} ${where}` };
  if (violations.length > 0) return { outcome: 'input-rejected', detail: `${statusCode} ${where}` };
  // A status the spec declares comes back as its declared error class: the SDK did its job.
  if (e.name !== 'HTTPError' && e.name !== 'SDKError') return { outcome: 'passed', detail };
  return { outcome: 'prism-refused', detail: `${statusCode} ${detail}` };
}

/** A placeholder credential for every scheme (Prism checks presence, not value). */
function credentials(schemes: readonly SecurityScheme[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of schemes) {
    const basic = s.type === 'http' && s.scheme.toLowerCase() === 'basic';
    out[securityOptionName(s.key)] = basic ? { username: 'prism', password: 'prism' } : 'prism-token';
  }
  return out;
}

/** esbuild as a child process per SDK: one that dies on a huge package takes only that spec with it. */
async function transpile(dir: string): Promise<void> {
  const sources = walk(join(dir, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  await promisify(execFile)(ESBUILD, [...sources, `--outdir=${join(dir, 'dist')}`, `--outbase=${join(dir, 'src')}`, '--format=esm', '--platform=node', '--target=node20', '--log-level=error'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(join(dir, 'dist', 'package.json'), '{"type":"module"}\n');
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim() !== '') ?? '').slice(0, 200);
}

export function countsOf(calls: readonly CallResult[]): Record<CallOutcome, number> {
  const counts: Record<CallOutcome, number> = { passed: 0, 'input-rejected': 0, 'prism-own': 0, 'prism-refused': 0, 'sdk-failed': 0 };
  for (const c of calls) counts[c.outcome]++;
  return counts;
}

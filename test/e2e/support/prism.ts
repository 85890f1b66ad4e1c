/** Prism (`@stoplight/prism-cli`, installed in test/e2e/prism) started on a free 127.0.0.1 port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { REPO } from './build-sdk.js';

export const PRISM_BIN = resolve(REPO, 'test/e2e/prism/node_modules/.bin/prism');

export function prismInstalled(): boolean {
  return existsSync(PRISM_BIN);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

export interface Prism {
  url: string;
  /** Set when Prism ended by itself (a crash on a request); the output it left. */
  exited?: string;
  stop(): Promise<void>;
}

/** `prism mock --errors --dynamic`: validates each request against the spec and answers with data generated from it (seeded; static examples would break the patterns of the Clerk spec). */
export async function startPrism(spec: string, startTimeoutMs = 60_000): Promise<Prism> {
  const port = await freePort();
  const child: ChildProcess = spawn(PRISM_BIN, ['mock', '--errors', '--dynamic', '--seed', '1', '-h', '127.0.0.1', '-p', String(port), spec], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolveStart, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`prism did not start in ${startTimeoutMs} ms:\n${output}`));
    }, startTimeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolveStart();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`prism exited with ${code}:\n${output}`)));
  });
  const prism: Prism = {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null || child.signalCode !== null) return r();
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
  child.once('exit', (code, signal) => (prism.exited = `exit ${code ?? signal}: ${output.slice(-500)}`));
  return prism;
}

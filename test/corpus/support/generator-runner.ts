/**
 * Runs the generator's CLI on one spec at a time in a worker thread, with a time limit: a spec
 * that hangs (even in a synchronous loop) is stopped by terminating the worker, and a crash
 * that takes the worker down is one result, not the end of the run; the next spec gets a fresh
 * worker. The generator is a private build (test/unit/robustness/support/private-build.ts), so
 * the shared dist/ may be rebuilt meanwhile, and one warm worker serves every spec.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildPrivateCopy, type PrivateBuild } from '../../unit/robustness/support/private-build.js';

export interface GeneratorRun {
  /** The exit code; -1 when the CLI threw, which main() promises never to do. */
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  /** The run was stopped after the time limit (code is then -1). */
  timedOut?: boolean;
  /** The worker died during the run (out of memory, an uncaught exception); code is then -1. */
  died?: string;
}

interface Reply {
  id?: number;
  ready?: boolean;
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

const WORKER = path.resolve('test/corpus/support/generate-worker.mjs');

export class GeneratorRunner {
  private readonly build: PrivateBuild;
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private next = 0;

  constructor(repo: string) {
    this.build = buildPrivateCopy(repo);
  }

  private start(): Promise<void> {
    const worker = new Worker(WORKER, {
      workerData: { main: path.join(this.build.root, 'dist', 'cli', 'main.js') },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
      stdout: true,
      stderr: true,
    });
    // Anything the generator prints outside the CLI context is dropped, not interleaved.
    worker.stdout.resume();
    worker.stderr.resume();
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      const onMessage = (m: Reply) => {
        if (!m.ready) return;
        worker.off('message', onMessage);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    return this.ready;
  }

  async run(argv: string[], cwd: string, timeoutMs: number): Promise<GeneratorRun> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker!;
    const id = ++this.next;
    const started = performance.now();
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result: GeneratorRun, stop: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (stop) {
          this.worker = undefined;
          void worker.terminate();
        }
        resolve(result);
      };
      const elapsed = () => performance.now() - started;
      const onMessage = (m: Reply) => {
        if (m.id === id) finish({ code: m.code, stdout: m.stdout, stderr: m.stderr, ms: m.ms }, false);
      };
      const onError = (error: Error) => finish({ code: -1, stdout: '', stderr: '', ms: elapsed(), died: error.message }, true);
      const onExit = (exitCode: number) => finish({ code: -1, stdout: '', stderr: '', ms: elapsed(), died: `worker exited (${exitCode})` }, true);
      const timer = setTimeout(() => finish({ code: -1, stdout: '', stderr: '', ms: elapsed(), timedOut: true }, true), timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, argv, cwd });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
    this.build.remove();
  }
}

// A worker thread that runs the generator's CLI (a private build, see private-build.ts) on the
// requests it is sent, one at a time, and posts back the exit code and what was printed. The
// pool terminates it when a run takes too long.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const { main } = await import(pathToFileURL(workerData.main).href);
parentPort.on('message', async ({ id, argv, cwd }) => {
  let stdout = '';
  let stderr = '';
  const started = performance.now();
  let code;
  try {
    code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  } catch (error) {
    code = -1;
    stderr += `corpus worker: main threw: ${error instanceof Error ? error.message : String(error)}\n`;
  }
  parentPort.postMessage({ id, code, stdout: stdout.slice(0, 100_000), stderr: stderr.slice(0, 100_000), ms: performance.now() - started });
});
parentPort.postMessage({ ready: true });

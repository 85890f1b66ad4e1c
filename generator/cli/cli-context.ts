import { defaultStages, type PipelineStages } from '../pipeline.js';
import type { ProgressSink } from './progress.js';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliContext {
  /** Folder relative paths on the command line and the config file search start from. */
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  stages: PipelineStages;
  /**
   * Folder of the run cache (generator/cache/); without it every run generates. Only the real
   * command (bin/sdkwright.js) sets it, so in-process runs (tests) never depend on earlier ones.
   */
  cacheDir?: string;
  /** All of standard input, for the spec `-`. */
  readStdin(): Promise<Buffer>;
  /** Where progress lines go (stderr of the real command); in-process runs leave it out. */
  progress?: ProgressSink;
}

export function processContext(): CliContext {
  return {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stages: defaultStages,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

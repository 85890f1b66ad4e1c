import { defaultStages, type PipelineStages } from '../pipeline.js';

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliContext {
  /** Folder relative paths on the command line and the config file search start from. */
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  stages: PipelineStages;
}

export function processContext(): CliContext {
  return {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stages: defaultStages,
  };
}

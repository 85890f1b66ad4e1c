/**
 * What a run prints on stderr while it works. On a terminal, one live line that names the stage
 * and what the last one produced, shown only once a run has taken a second (a quick run stays
 * silent) and cleared at the end; in a log (no terminal), one line per stage as it ends. With
 * `--verbose`, each stage's time as it ends instead; with `--quiet`, nothing.
 */
import { performance } from 'node:perf_hooks';
import type { StageObserver, StageTiming } from '../pipeline.js';

/** Where progress goes: stderr of the real command. In-process runs (tests) have none. */
export interface ProgressSink {
  isTTY: boolean;
  write(text: string): void;
}

const CLEAR_LINE = '\r\x1b[2K';
const QUIET_FOR_MS = 1000;

export function timingLine(timing: StageTiming): string {
  return `${timing.stage.padEnd(8)}  ${timing.ms.toFixed(1).padStart(9)} ms`;
}

export interface ProgressReporter extends StageObserver {
  /** Called once the run is over: clears the live line. */
  finish(): void;
}

export function progressReporter(sink: ProgressSink | undefined, mode: { verbose: boolean; quiet: boolean }, line: (text: string) => void): ProgressReporter {
  if (mode.verbose) return { ended: (timing) => line(timingLine(timing)), finish: () => undefined };
  if (sink === undefined || mode.quiet) return { finish: () => undefined };
  if (!sink.isTTY) {
    return {
      ended: (timing, summary) => line(`sdkwright: ${timing.stage} ${(timing.ms / 1000).toFixed(2)} s${summary ? ` (${summary})` : ''}`),
      finish: () => undefined,
    };
  }
  return liveLine(sink);
}

function liveLine(sink: ProgressSink): ProgressReporter {
  const startedAt = performance.now();
  let text = '';
  let shown = false;
  let lastSummary = '';
  const render = () => {
    shown = true;
    sink.write(`${CLEAR_LINE}${text}`);
  };
  const timer = setTimeout(render, QUIET_FOR_MS);
  timer.unref?.();
  const update = (next: string) => {
    text = next;
    if (shown || performance.now() - startedAt >= QUIET_FOR_MS) render();
  };
  return {
    started: (stage) => update(`sdkwright: ${stage}…${lastSummary ? ` ${lastSummary}` : ''}`),
    ended: (timing, summary) => {
      if (summary) lastSummary = summary;
      update(`sdkwright: ${timing.stage} done${lastSummary ? ` (${lastSummary})` : ''}`);
    },
    finish: () => {
      clearTimeout(timer);
      if (shown) sink.write(CLEAR_LINE);
    },
  };
}

/** Progress lines on stderr: a live line on a terminal, one line per stage in a log, none with --quiet. */
import { progressReporter, type ProgressSink } from '../../../generator/cli/progress.js';

function sink(isTTY: boolean): ProgressSink & { text: string } {
  const s = { isTTY, text: '', write: (t: string) => void (s.text += t) };
  return s;
}

function drive(reporter: ReturnType<typeof progressReporter>): void {
  reporter.started?.('load');
  reporter.ended?.({ stage: 'load', ms: 210 });
  reporter.started?.('ir');
  reporter.ended?.({ stage: 'ir', ms: 70 }, '412 models, 132 operations');
}

test('in a log: one line per stage as it ends, with what it produced', () => {
  const lines: string[] = [];
  const reporter = progressReporter(sink(false), { verbose: false, quiet: false }, (l) => lines.push(l));
  drive(reporter);
  reporter.finish();
  expect(lines).toEqual(['sdkwright: load 0.21 s', 'sdkwright: ir 0.07 s (412 models, 132 operations)']);
});

test('on a terminal, a run under a second prints nothing', () => {
  const terminal = sink(true);
  const reporter = progressReporter(terminal, { verbose: false, quiet: false }, () => undefined);
  drive(reporter);
  reporter.finish();
  expect(terminal.text).toBe('');
});

test('on a terminal, a longer run gets one live line, rewritten in place and cleared at the end', async () => {
  const terminal = sink(true);
  const reporter = progressReporter(terminal, { verbose: false, quiet: false }, () => undefined);
  reporter.started?.('load');
  await new Promise((r) => setTimeout(r, 1100));
  reporter.ended?.({ stage: 'load', ms: 1100 });
  reporter.started?.('ir');
  reporter.ended?.({ stage: 'ir', ms: 70 }, '412 models, 132 operations');
  reporter.finish();
  const frames = terminal.text.split('\r\x1b[2K');
  expect(frames[0]).toBe('');
  expect(frames.slice(1)).toEqual(['sdkwright: load…', 'sdkwright: load done', 'sdkwright: ir…', 'sdkwright: ir done (412 models, 132 operations)', '']);
  expect(terminal.text).not.toContain('\n');
});

test('--quiet prints nothing; --verbose prints each stage time as it ends', () => {
  const quiet: string[] = [];
  drive(progressReporter(sink(false), { verbose: false, quiet: true }, (l) => quiet.push(l)));
  expect(quiet).toEqual([]);
  const verbose: string[] = [];
  drive(progressReporter(undefined, { verbose: true, quiet: false }, (l) => verbose.push(l)));
  expect(verbose).toEqual(['load          210.0 ms', 'ir             70.0 ms']);
});

// Preloaded (node --import) into a profiled sdkwright run. The pipeline reads performance.now()
// at the start and end of every stage; recording the monotonic clock at those calls gives the
// stage windows on the same clock as the CPU profile's samples (both CLOCK_MONOTONIC), so
// async work, GC and module loading are attributed to the stage they happen in.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const original = performance.now.bind(performance);
const marks = [];
performance.now = () => {
  const value = original();
  // Frame 0 is this wrapper, frame 1 its caller.
  const caller = new Error().stack?.split('\n')[2] ?? '';
  if (caller.includes('/dist/pipeline.js')) marks.push(Number(process.hrtime.bigint() / 1000n));
  return value;
};
process.on('exit', () => writeFileSync(process.env.SDKWRIGHT_STAGE_MARKS, JSON.stringify(marks)));

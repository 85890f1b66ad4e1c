// Waits until creating files is as fast as it was when the bench started. On a file system that
// discards freed blocks online (this machine's root: ext4 with `discard`), deleting a large tree
// slows file creation for seconds to minutes afterwards; a measured run must not pay for the
// previous bench's outputs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PROBE_FILES = 200;
export const PROBE_LABEL = `${PROBE_FILES} files of 2 KB`;
let baselineMs;
let probes = 0;

/** Milliseconds to create PROBE_FILES small files in a new folder (left in place: deleting them would discard again). */
function probe(dir) {
  const folder = join(dir, `probe-${process.pid}-${probes++}`);
  const started = performance.now();
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < PROBE_FILES; i++) writeFileSync(join(folder, `f${i}`), 'x'.repeat(2048));
  return performance.now() - started;
}

/** The speed to return to: the best of a few probes on the undisturbed disk, at the start of the bench. */
export function measureDiskBaseline(dir) {
  baselineMs = Math.min(probe(dir), probe(dir), probe(dir));
  return baselineMs;
}

/**
 * Deletes `path`, then probes every second until file creation is back within 1.5× the baseline
 * (two probes in a row) or `maxSeconds` have passed. Returns how long it waited.
 */
export async function deleteAndSettle(path, probeDir, maxSeconds = 120) {
  const started = Date.now();
  rmSync(path, { recursive: true, force: true });
  if (baselineMs === undefined) return 0;
  let goodInARow = 0;
  while (Date.now() - started < maxSeconds * 1000) {
    goodInARow = probe(probeDir) <= Math.max(baselineMs * 1.5, baselineMs + 5) ? goodInARow + 1 : 0;
    if (goodInARow >= 2) break;
    await new Promise((done) => setTimeout(done, 1000));
  }
  return (Date.now() - started) / 1000;
}

export function removeProbes(dir) {
  rmSync(dir, { recursive: true, force: true });
}

// What the figures were measured on; without it the numbers mean little.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { gnuTimeVersion } from './measure.mjs';

export function describeMachine(sdkwrightDir, sdkwrightRev) {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    ramGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    os: `Linux ${release()}`,
    loadavg: loadavg(),
    peakRss: gnuTimeVersion(),
    sdkwrightRev: sdkwrightRev ?? gitRevision(sdkwrightDir),
  };
}

function gitRevision(dir) {
  const r = spawnSync('git', ['-C', dir, 'describe', '--always', '--dirty', '--abbrev=7'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown (not a git checkout)';
}

// Runs one whole process and measures it: wall time (our clock around the spawn), CPU time and
// peak RSS. GNU time (`/usr/bin/time -v`) is preferred because it reads the kernel's own rusage
// at exit; without it we poll /proc/<pid>, which can miss the last few milliseconds of growth.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const gnuTime = '/usr/bin/time';

/** True when /usr/bin/time is GNU time and understands -v. */
export const hasGnuTime = existsSync(gnuTime) && spawnSync(gnuTime, ['-v', 'true']).status === 0;

export function gnuTimeVersion() {
  if (!hasGnuTime) return 'not available (polling /proc/<pid>/status VmHWM instead)';
  const out = spawnSync(gnuTime, ['--version'], { encoding: 'utf8' });
  const version = (out.stdout || out.stderr).split('\n')[0].trim();
  // Debian's build reports its version as "UNKNOWN"; say only what it is then.
  return version.includes('UNKNOWN') ? '/usr/bin/time -v (GNU time)' : `/usr/bin/time -v (${version})`;
}

/**
 * @param {string[]} argv  the command; argv[0] is the program
 * @returns {Promise<{exitCode:number|null, signal:string|null, timedOut:boolean, wallMs:number,
 *   cpuMs:number, rssKb:number, stdout:string, stderr:string}>}
 */
export function measure(argv, { cwd, env, timeoutMs, scratchDir }) {
  return hasGnuTime ? measureWithTime(argv, { cwd, env, timeoutMs, scratchDir }) : measureByPolling(argv, { cwd, env, timeoutMs });
}

function run(argv, { cwd, env, timeoutMs }, onSpawn) {
  return new Promise((resolve) => {
    const started = performance.now();
    // A process group of its own, so a timeout kills the tool and anything it started.
    const child = spawn(argv[0], argv.slice(1), { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    const stop = onSpawn?.(child.pid);
    child.on('close', (exitCode, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      const polled = stop?.();
      resolve({ exitCode, signal, timedOut, wallMs, polled, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

async function measureWithTime(argv, { cwd, env, timeoutMs, scratchDir }) {
  const report = join(scratchDir, `time-${process.pid}.txt`);
  rmSync(report, { force: true });
  const r = await run([gnuTime, '-v', '-o', report, ...argv], { cwd, env, timeoutMs });
  const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
  const field = (label) => {
    const m = text.match(new RegExp(`${label}[^:]*:\\s*([\\d.]+)`));
    return m ? Number(m[1]) : NaN;
  };
  // GNU time prints "Command exited with non-zero status N" first; the exit code we report is the
  // tool's, which time passes through as its own.
  return { ...r, cpuMs: (field('User time') + field('System time')) * 1000, rssKb: field('Maximum resident set size') };
}

async function measureByPolling(argv, { cwd, env, timeoutMs }) {
  const clockTicks = 100; // USER_HZ on Linux
  const r = await run(argv, { cwd, env, timeoutMs }, (pid) => {
    let rssKb = NaN;
    let cpuMs = NaN;
    const poll = () => {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const hwm = status.match(/VmHWM:\s*(\d+)/);
        if (hwm) rssKb = Number(hwm[1]);
        // Fields 14 and 15 of /proc/<pid>/stat are utime and stime, in clock ticks.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpuMs = ((Number(fields[11]) + Number(fields[12])) / clockTicks) * 1000;
      } catch {
        /* exited between polls */
      }
    };
    const interval = setInterval(poll, 10);
    poll();
    return () => {
      clearInterval(interval);
      return { rssKb, cpuMs };
    };
  });
  return { ...r, cpuMs: r.polled.cpuMs, rssKb: r.polled.rssKb };
}

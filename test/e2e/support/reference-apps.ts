/**
 * Application programs written in the reference generator's style, compiled against a generated
 * package and run against the spec server: the app folder (the package linked under its npm name,
 * strict nodenext tsconfig), one run of a program, and readable forms of what the server received.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './build-sdk.js';
import type { Fault, Recorded, SpecServer } from './spec-server.js';

const run = promisify(execFile);

export interface CompiledApps {
  dir: string;
  /** tsc's output: empty when every program type-checks. */
  diagnostics: string;
}

/** Links the package as `packageName`, copies `programs` from `fixtures`, and runs tsc (strict, nodenext, through the package's exports). */
export async function compileApps(packageDir: string, packageName: string, fixtures: string, programs: string[]): Promise<CompiledApps> {
  const dir = mkdtempSync(join(tmpdir(), 'sdkwright-reference-apps-'));
  const link = join(dir, 'node_modules', packageName);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(packageDir, link, 'dir');
  for (const name of programs) copyFileSync(join(fixtures, `${name}.ts`), join(dir, `${name}.ts`));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'reference-apps', private: true, type: 'module' }));
  const tsconfig = {
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'ES2022', strict: true, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], outDir: 'out', skipLibCheck: false },
    include: programs.map((name) => `${name}.ts`),
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  const tsc = resolve(REPO, 'node_modules/typescript/bin/tsc');
  const compiled = await run(process.execPath, [tsc, '-p', '.'], { cwd: dir, encoding: 'utf8' }).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  return { dir, diagnostics: compiled.stdout };
}

export interface ProgramRun {
  report: Record<string, unknown>;
  sent: Recorded[];
  /** Faults queued but not consumed: a program that sent fewer requests than expected leaves some. */
  leftFaults: number;
}

/** Runs one compiled program with fresh records and `queued` faults; it gets the server URL as argv[2] and prints a JSON report. */
export async function runApp(apps: CompiledApps, server: SpecServer, name: string, env: Record<string, string>, queued: Fault[] = []): Promise<ProgramRun> {
  server.requests.length = 0;
  server.faults.length = 0;
  server.faults.push(...queued);
  const { stdout } = await run(process.execPath, [join(apps.dir, 'out', `${name}.js`), server.url], { cwd: apps.dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { report: JSON.parse(stdout) as Record<string, unknown>, sent: server.requests.slice(), leftFaults: server.faults.length };
}

/** Method, URL as sent, and a non-multipart body as text. */
export function requestLine(r: Recorded): string {
  const multipart = String(r.received.headers['content-type']).startsWith('multipart/');
  const body = r.received.body.length > 0 && !multipart ? ` ${r.received.body.toString('utf8')}` : '';
  return `${r.received.method} ${r.received.url}${body}`;
}

/** The multipart parts as sent: [name, filename, content type, content], in order. */
export function multipartParts(r: Recorded): string[][] {
  const boundary = /boundary=(.+)$/.exec(String(r.received.headers['content-type']))![1]!;
  return r.received.body
    .toString('latin1')
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head, content] = part.slice(2, -2).split('\r\n\r\n');
      const disposition = /^Content-Disposition: form-data; name="([^"]*)"(?:; filename="([^"]*)")?/m.exec(head!)!;
      return [disposition[1]!, disposition[2] ?? '', /^Content-Type: (.*)$/m.exec(head!)?.[1] ?? '', content!];
    });
}

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * Node 20 has no `module.enableCompileCache`: every run parses and compiles the two TypeScript
 * compilers (ts-morph's bundled copy and `typescript`, 9 MB each) from scratch. This keeps V8's
 * code cache of the large CommonJS files between runs, taken at exit so that it also holds the
 * functions the run compiled lazily (-0.2 s CPU on Clerk, bench/FINDINGS.md). Small files are
 * left to Node: for them the cache would cost more to read than it saves.
 */
const LARGE_FILE = 500_000;

interface CommonJsModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

interface ModuleInternals {
  prototype: CommonJsModule;
  wrap(content: string): string;
  _resolveFilename(request: string, parent: CommonJsModule, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: CommonJsModule): string[] | null;
  _extensions: unknown;
  _cache: unknown;
}

/** Installs the cache once per process; `dir` need not exist or be writable. */
export function installV8CodeCache(dir: string): void {
  const internals = Module as unknown as ModuleInternals;
  const compile = internals.prototype._compile;
  if (typeof compile !== 'function' || typeof internals.wrap !== 'function') return;
  const toWrite: { script: Script; path: string; stamp: string }[] = [];

  internals.prototype._compile = function (this: CommonJsModule, content: string, filename: string) {
    if (content.length < LARGE_FILE) return compile.call(this, content, filename);
    const path = join(dir, `${createHash('sha256').update(filename).digest('hex').slice(0, 32)}.bin`);
    const stamp = stampOf(filename, content);
    const cachedData = readCache(path, stamp);
    const script = new Script(internals.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (cachedData === undefined || script.cachedDataRejected === true) toWrite.push({ script, path, stamp });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this, internals), this, filename, dirname(filename));
  };

  process.once('exit', () => {
    for (const { script, path, stamp } of toWrite) {
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path, Buffer.concat([Buffer.from(`${stamp}\n`), script.createCachedData()]));
      } catch {
        // An unwritable cache only means the next run compiles again.
      }
    }
  });
}

/** Which file, which bytes (by size and time, as hashing 9 MB would eat the gain), which V8. */
function stampOf(filename: string, content: string): string {
  let stat = '';
  try {
    const info = statSync(filename);
    stat = `${info.size} ${info.mtimeMs} ${info.ino}`;
  } catch {
    // Then the length below is all there is.
  }
  return JSON.stringify([filename, content.length, stat, process.versions.v8]);
}

function readCache(path: string, stamp: string): Buffer | undefined {
  try {
    const bytes = readFileSync(path);
    const end = bytes.indexOf(0x0a);
    return end !== -1 && bytes.toString('utf8', 0, end) === stamp ? bytes.subarray(end + 1) : undefined;
  } catch {
    return undefined;
  }
}

/** The `require` Node gives a CommonJS module (lib/internal/modules/helpers.js, makeRequireFunction). */
function requireFor(module: CommonJsModule, internals: ModuleInternals) {
  const require = (id: string) => module.require(id);
  const resolve = (request: string, options?: unknown) => internals._resolveFilename(request, module, false, options);
  resolve.paths = (request: string) => internals._resolveLookupPaths(request, module);
  return Object.assign(require, {
    resolve,
    main: process.mainModule,
    extensions: internals._extensions,
    cache: internals._cache,
  });
}

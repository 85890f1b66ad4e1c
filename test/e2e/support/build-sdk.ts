/**
 * Generates a TypeScript SDK from a spec and compiles it (type check + emit to dist/), once per
 * content hash of the spec, the generator sources and the runtime templates. Test files running
 * in parallel share the result: each builds in a private folder and renames it into place.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import { buildModel } from '../../../generator/ir/build/build-model.js';
import type { ApiModel } from '../../../generator/ir/model.js';
import { loadSpec } from '../../../generator/resolve/index.js';
import { typescriptTarget } from '../../../generator/targets/typescript/index.js';
import { emitPackage } from '../../../generator/emit-package.js';

export const REPO = process.cwd();
export const CLERK_SPEC = resolve(REPO, 'spec/clerk-bapi/openapi.yml');

export interface BuiltSdk {
  api: ApiModel;
  /** The loaded (and pruned) document the SDK was generated from. */
  document: Record<string, unknown>;
  /** Package root: src/, dist/, package.json. */
  dir: string;
  /** Imports a compiled module of the package (`core.js`, `funcs/usersGet.js`). */
  load<T = Record<string, any>>(path: string): Promise<T>;
}

export async function loadApi(spec: string): Promise<ApiModel> {
  const diagnostics = new Diagnostics();
  const loaded = await loadSpec({ spec, overlays: [] }, diagnostics);
  if (!loaded) throw new Error(`cannot load ${spec}: ${diagnostics.errors.map((d) => d.message).join('; ')}`);
  return buildModel(loaded, diagnostics);
}

export interface BuildOptions {
  /**
   * Keeps only the operations for which this returns true (the others are removed from the
   * document before the IR is built), to exercise part of a large spec at a fraction of the
   * compile time. Its source text is part of the cache key.
   */
  keep?: (operation: Record<string, unknown>, path: string, method: string) => boolean;
  /**
   * Adds the MCP server (src/mcp-server/). The package then needs @modelcontextprotocol/sdk and
   * @types/node: its node_modules links to this repository's, where both are dev dependencies.
   */
  mcp?: boolean;
  /** Overlay files applied to the spec in this order before the IR is built (part of the cache key). */
  overlays?: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export async function buildSdk(spec: string, packageName: string, sdkClassName: string, options: BuildOptions = {}): Promise<BuiltSdk> {
  const diagnostics = new Diagnostics();
  const overlays = options.overlays ?? [];
  const loaded = await loadSpec({ spec, overlays }, diagnostics);
  if (!loaded) throw new Error(`cannot load ${spec}: ${diagnostics.errors.map((d) => d.message).join('; ')}`);
  if (options.keep) prune(loaded.document, options.keep);
  const api = buildModel(loaded, diagnostics);
  const hash = inputsHash([spec, ...overlays], packageName, `${sdkClassName}\n${options.keep?.toString() ?? ''}\n${options.mcp ? 'mcp' : ''}`);
  const dir = join(tmpdir(), 'sdkwright-e2e', `${sdkClassName}-${hash}`);
  // Test files run in parallel workers: one builds, the others wait for its result.
  const lock = `${dir}.lock`;
  mkdirSync(dirname(dir), { recursive: true });
  let locked = false;
  while (!existsSync(join(dir, 'dist', '.complete')) && !(locked = tryLock(lock))) await new Promise((r) => setTimeout(r, 250));
  if (locked) {
    try {
      if (!existsSync(join(dir, 'dist', '.complete'))) await build();
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return { api, document: loaded.document, dir, load: (path) => import(join(dir, 'dist', path)) };

  async function build(): Promise<void> {
    const work = `${dir}.tmp-${process.pid}-${Date.now()}`;
    const files = await emitPackage(typescriptTarget, api, { packageName, sdkClassName, ...(options.mcp ? { mcp: true } : {}) });
    for (const f of files) {
      mkdirSync(dirname(join(work, f.path)), { recursive: true });
      writeFileSync(join(work, f.path), f.contents);
    }
    if (options.mcp) symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules'), 'dir');
    const errors = compile(work);
    if (errors.length > 0) {
      rmSync(work, { recursive: true, force: true });
      throw new Error(`generated SDK does not compile:\n${errors.slice(0, 20).join('\n')}`);
    }
    writeFileSync(join(work, 'dist', '.complete'), '');
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
  }
}

/** Takes the build lock (a directory); a lock older than five minutes is left over from a crash. */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Gone in the meantime: the next round takes it.
    }
    return false;
  }
}

function prune(document: Record<string, unknown>, keep: NonNullable<BuildOptions['keep']>): void {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (op && !keep(op, path, method)) delete item[method];
    }
    if (!METHODS.some((m) => m in item)) delete paths[path];
  }
  delete document.webhooks;
}

/**
 * tsc -p <dir>: type check and emit. Returns the diagnostics, formatted. A generated package
 * builds with tsconfig.build.json (its `npm run build`: tsconfig.json plus declarations).
 */
export function compile(dir: string): string[] {
  const build = join(dir, 'tsconfig.build.json');
  const config = ts.readConfigFile(existsSync(build) ? build : join(dir, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const emitted = program.emit();
  return [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.slice(dir.length + 1)}(${line + 1},${character + 1}): ${message}`;
  });
}

/** `specs`: the spec, then its overlays in order. */
function inputsHash(specs: string[], packageName: string, sdkClassName: string): string {
  const hash = createHash('sha256').update(`${packageName}\n${sdkClassName}\n`);
  for (const file of specs) hash.update(readFileSync(file));
  for (const root of ['generator', 'templates/runtime', 'templates/mcp']) {
    for (const file of walk(resolve(REPO, root))) hash.update(file).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Every file under `dir`, depth first, sorted by name. */
export function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

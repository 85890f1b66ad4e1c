/**
 * Imports of a client module (standalone function, SDK class, error class, schema module).
 *
 * It extends the models' ModuleScope so that the shared type and conversion writers
 * (type-text.ts, convert.ts) work unchanged; only where symbols come from differs: a client
 * module lives elsewhere in src/ and has no model of its own. Every name is imported under a
 * local name that is free in the module: runtime names and the module's own declarations are
 * reserved first, and a model whose name is taken (or exists in two namespaces) gets a
 * namespaced alias (`components$Status`).
 */
import { posix } from 'node:path';
import type { ImportLine, ImportName } from '../module-text.js';

import type { EmitContext, ModelInfo } from '../context.js';
import { compare, ModuleScope, type Helper } from '../scope.js';

/**
 * Names client modules import from the runtime (src/lib). Reserved for it, whatever is imported
 * first: a model called `Result` or `Page` is imported under an alias instead.
 */
const RUNTIME_NAMES = new Set([
  'call',
  'callPaged',
  'json',
  'fail',
  'text',
  'binary',
  'empty',
  'sse',
  'unwrapAsync',
  's',
  'OperationSpec',
  'RequestOptions',
  'Result',
  'TransportError',
  'ClientSDK',
  'FileInput',
  'EventStream',
  'JsonStream',
  'jsonStream',
  'Page',
  'HTTPError',
  'HTTPErrorInfo',
  'httpErrorMessage',
  'SDKConfig',
  'ClientOptions',
  'Secret',
  'Provider',
  'BasicCredentials',
  'ClientCredentials',
  'TokenCache',
  'encodeJSON',
  'encodeForm',
  'encodeMultipart',
  'encodeBinary',
  'encodeText',
]);

interface Entry {
  local: string;
  typeOnly: boolean;
}

export class ClientScope extends ModuleScope {
  /** Specifier path (relative to src/, no extension) → export name → local name. */
  private readonly imported = new Map<string, Map<string, Entry>>();
  private readonly namespaced = new Map<string, { local: string; typeOnly: boolean }>();
  private readonly locals = new Set<string>();

  /**
   * `dir` is the module's folder relative to src/ (`funcs`, `sdk`, `schemas/components`, or
   * `` for src/ itself); `reserved` are names the module declares itself.
   */
  constructor(
    private readonly context: EmitContext,
    private readonly dir: string,
    reserved: Iterable<string> = [],
  ) {
    // The base class only needs a model of its own to write model modules, which this scope never does.
    super(context, undefined as unknown as ModelInfo);
    for (const name of reserved) this.locals.add(name);
  }

  override type(id: string): string {
    return this.model(id, '', true);
  }

  override wireType(id: string): string {
    return this.model(id, '$Wire', true);
  }

  override fromWire(id: string): string {
    return this.model(id, '$fromWire', false);
  }

  override toWire(id: string): string {
    return this.model(id, '$toWire', false);
  }

  override helper(name: Helper): string {
    return this.named_('lib/wire', name, false);
  }

  override helperType(name: 'KnownKeys'): string {
    return this.named_('lib/wire', name, true);
  }

  override types(): string {
    return this.namespace('types/index', 'types', true);
  }

  /** `X$schema` of a model (src/schemas/<ns>/<file>.ts). */
  schema(id: string): string {
    const info = this.context.info(id);
    return this.named_(`schemas/${info.model.namespace}/${info.fileName}`, `${info.typeName}$schema`, false, this.preferred(info, '$schema'));
  }

  /** A name exported by a runtime module (`lib/call`, `lib/errors`, …). */
  lib(module: string, name: string, typeOnly = false): string {
    return this.named_(`lib/${module}`, name, typeOnly);
  }

  /** A name exported by any generated module, path relative to src/ without extension. */
  named_(path: string, name: string, typeOnly: boolean, preferred = name): string {
    const names = this.imported.get(path) ?? this.imported.set(path, new Map()).get(path)!;
    const existing = names.get(name);
    if (existing) {
      existing.typeOnly &&= typeOnly;
      return existing.local;
    }
    const local = this.freeLocal(preferred, path);
    names.set(name, { local, typeOnly });
    return local;
  }

  /** `import * as local from …`. */
  namespace(path: string, local: string, typeOnly: boolean): string {
    const existing = this.namespaced.get(path);
    if (existing) {
      existing.typeOnly &&= typeOnly;
      return existing.local;
    }
    const chosen = this.freeLocal(local, path);
    this.namespaced.set(path, { local: chosen, typeOnly });
    return chosen;
  }

  override imports(): ImportLine[] {
    const result: ImportLine[] = [];
    for (const [path, ns] of this.namespaced) {
      result.push({ moduleSpecifier: this.specifier(path), namespaceImport: ns.local, isTypeOnly: ns.typeOnly });
    }
    for (const [path, names] of this.imported) {
      const entries = [...names].sort(([a], [b]) => compare(a, b));
      const allTypes = entries.every(([, e]) => e.typeOnly);
      const namedImports: ImportName[] = entries.map(([name, e]) => ({
        name,
        alias: e.local === name ? undefined : e.local,
        isTypeOnly: e.typeOnly && !allTypes,
      }));
      result.push({ moduleSpecifier: this.specifier(path), namedImports, isTypeOnly: allTypes });
    }
    return result.sort((a, b) => compare(a.moduleSpecifier, b.moduleSpecifier));
  }

  private model(id: string, suffix: string, typeOnly: boolean): string {
    const info = this.context.info(id);
    return this.named_(`models/${info.model.namespace}/${info.fileName}`, `${info.typeName}${suffix}`, typeOnly, this.preferred(info, suffix));
  }

  private preferred(info: ModelInfo, suffix: string): string {
    const name = `${info.typeName}${suffix}`;
    return this.context.ambiguousNames.has(info.typeName) ? `${info.model.namespace}$${name}` : name;
  }

  private freeLocal(preferred: string, path: string): string {
    let local = preferred;
    if (this.locals.has(local) || (!path.startsWith('lib/') && RUNTIME_NAMES.has(local))) {
      const prefix = path.split('/').slice(-2, -1)[0] ?? 'm';
      local = `${prefix.replace(/\W/g, '_')}$${preferred}`;
      for (let n = 2; this.locals.has(local); n++) local = `${prefix}$${preferred}${n}`;
    }
    this.locals.add(local);
    return local;
  }

  private specifier(path: string): string {
    const relative = posix.relative(this.dir === '' ? '.' : this.dir, path);
    return `${relative.startsWith('.') ? relative : `./${relative}`}.js`;
  }
}

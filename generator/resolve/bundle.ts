import { aliasCycleMessage } from './ref-cycles.js';
import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { isPlainObject } from '../load/describe.js';
import type { FileCache, LoadedFile } from '../load/file-cache.js';
import { formatPointer, getAtPointer } from '../load/pointer.js';
import { childOrigin, rootOrigin, type Provenance } from '../load/provenance.js';
import type { SourceFile } from '../load/source-file.js';
import type { SourceLocation } from '../load/types.js';
import { copyWithOrigins } from './copy.js';
import { describeMiss } from './describe-miss.js';
import { childKind, isSchemaKind, type ChildKind } from './kinds.js';
import { parseRef, type RefTarget } from './parse-ref.js';
import { isRefOnly } from './ref-only.js';
import { isArrayIndex, SchemaNames } from './schema-names.js';
import { setOwn } from './set-member.js';

export interface BundleInput {
  root: SourceFile;
  files: FileCache;
  provenance: Provenance;
  diagnostics: Diagnostics;
  /** Where hoisted schemas go: `['components', 'schemas']`, or `['definitions']` in a 2.0 document. */
  schemasPath: string[];
  /** 3.2 `$self` of the entry document: the `$ref`s written in it are rewritten by this first (self-base.ts). */
  rebase?: (ref: string) => string;
}

/** Where the `$ref` being followed is written; worked out only when there is something to report. */
type Where = () => SourceLocation | undefined;

type Container = Record<string, unknown> | unknown[];

/** Targets being inlined around an item, to stop a non-schema object that contains itself. */
interface InlineChain {
  key: string;
  ref: string;
  pureRef: boolean;
  parent: InlineChain | undefined;
}

interface Item {
  value: unknown;
  file: SourceFile;
  kind: ChildKind;
  holder: Container;
  key: string | number;
  chain: InlineChain | undefined;
  /** Members of the `$ref` object(s) that led here (3.1 `summary`/`description`), applied over the copy. */
  overrides?: Map<string, Record<string, unknown>>;
}

/**
 * Joins every file reached by `$ref` into the root document, in place. Refs in schema positions
 * are hoisted to named schemas; other refs into other files are replaced by copies of their target.
 * Files are read on demand; an item that needs an unread file is retried once it is loaded.
 */
export async function bundle(input: BundleInput): Promise<Record<string, unknown>> {
  const bundler = new Bundler(input);
  return bundler.run();
}

class Bundler {
  private readonly stack: Item[] = [];
  private readonly hoisted = new Map<string, string>();
  /** Names given to hoisted schemas: their content is processed as a copy, never again in place. */
  private readonly hoistedNames = new Set<string>();
  private names: SchemaNames | undefined;
  private schemas: Record<string, unknown> | undefined;

  constructor(private readonly input: BundleInput) {}

  async run(): Promise<Record<string, unknown>> {
    const { root, files } = this.input;
    await this.claimNamedSlots();
    const box: Record<string, unknown> = { root: root.value };
    this.stack.push({ value: root.value, file: root, kind: 'root', holder: box, key: 'root', chain: undefined });
    while (this.stack.length > 0) {
      const item = this.stack.pop()!;
      for (let need = this.step(item); need !== undefined; need = this.step(item)) await files.load(need);
    }
    return box.root as Record<string, unknown>;
  }

  /**
   * `components.schemas.Pet: { $ref: ./Pet.yaml }` names its target: the content goes in that
   * slot and every other ref to the same target points there, instead of a `Pet2` copy behind an
   * alias. Done before the walk so that refs met earlier in the document already use the name.
   */
  private async claimNamedSlots(): Promise<void> {
    const { root, files, provenance } = this.input;
    const external = await this.externalSchemaMap();
    let node: unknown = root.value;
    for (const seg of this.input.schemasPath) node = isPlainObject(node) ? node[seg] : undefined;
    if (!isPlainObject(node)) return;
    const schemas = this.schemaMap();
    const base = external?.source ?? root;
    for (const [name, entry] of Object.entries(external?.entries ?? schemas)) {
      if (external) {
        // An entry of the external map is that file's schema too: a ref to it means this slot.
        this.hoisted.set(`${base.absPath}${formatPointer([...external.segments, name])}`, name);
        this.hoistedNames.add(name);
      }
      const slot = isRefOnly(entry) && Object.keys(entry).length === 1 ? entry : undefined;
      const target = slot ? this.refTarget(slot.$ref, base) : undefined;
      const key = target?.ok ? `${target.absPath}${formatPointer(target.segments)}` : undefined;
      if (!slot || !target?.ok || target.absPath === root.absPath || target.absPath === base.absPath || this.hoisted.has(key!)) {
        if (external) this.stack.push({ value: entry, file: base, kind: 'schema', holder: schemas, key: name, chain: undefined });
        continue;
      }
      const loaded = await files.load(target.absPath);
      const value = this.resolveTarget(loaded, target.segments, slot.$ref, () => provenance.locate(slot, '$ref'));
      if (value === undefined) continue;
      this.hoisted.set(key!, name);
      this.hoistedNames.add(name);
      const source = (loaded as { source: SourceFile }).source;
      this.stack.push({ value, file: source, kind: 'schema', holder: schemas, key: name, chain: undefined });
    }
  }

  /**
   * `components.schemas: { $ref: ./schemas/_index.yml }` keeps the whole map in another file.
   * Its entries become the document's named schemas, read relative to that file; followed as an
   * ordinary ref, the map would be copied while its entries were hoisted beside it, and
   * `Pet: { $ref: ./Pet.yml }` would end up pointing to its own slot (a false ref-cycle).
   */
  private async externalSchemaMap(): Promise<{ source: SourceFile; segments: string[]; entries: Record<string, unknown> } | undefined> {
    const { root, files, provenance, schemasPath } = this.input;
    let holder: unknown = root.value;
    for (const seg of schemasPath.slice(0, -1)) holder = isPlainObject(holder) ? holder[seg] : undefined;
    const slot = schemasPath[schemasPath.length - 1];
    const ref = isPlainObject(holder) ? holder[slot] : undefined;
    if (!isRefOnly(ref)) return undefined;
    const target = this.refTarget(ref.$ref, root);
    if (!target.ok || target.absPath === root.absPath) return undefined;
    const loaded = await files.load(target.absPath);
    const entries = this.resolveTarget(loaded, target.segments, ref.$ref, () => provenance.locate(ref, '$ref'));
    if (entries === undefined) {
      // Reported; an empty map keeps the walk from reporting the same ref again.
      const empty = {};
      provenance.inherit(empty, ref);
      setOwn(holder as Record<string, unknown>, slot, empty);
      return undefined;
    }
    if (!isPlainObject(entries) || !loaded.ok) return undefined;
    // Slots in the written order, filled as the entries are processed.
    const map: Record<string, unknown> = {};
    provenance.inherit(map, entries);
    for (const name of Object.keys(entries)) setOwn(map, name, undefined);
    setOwn(holder as Record<string, unknown>, slot, map);
    return { source: loaded.source, segments: target.segments, entries };
  }

  /** Where a `$ref` written in `file` points; in the entry document, read against its `$self` when it has one. */
  private refTarget(ref: string, file: SourceFile): RefTarget {
    const { root, rebase } = this.input;
    return parseRef(file === root && rebase ? rebase(ref) : ref, file.absPath);
  }

  /** Processes one item, or returns the absolute path of a file it needs first (having changed nothing). */
  private step(item: Item): string | undefined {
    const { value } = item;
    const copying = item.file !== this.input.root;
    if (value === null || typeof value !== 'object') {
      if (copying) setMember(item.holder, item.key, value);
      return undefined;
    }
    if (item.kind === null) {
      if (copying) setMember(item.holder, item.key, copyWithOrigins(value, this.input.provenance));
      return undefined;
    }
    if (!Array.isArray(value) && typeof (value as Record<string, unknown>).$ref === 'string') {
      return this.stepRef(item, value as Record<string, unknown>);
    }
    if (item.kind === 'discriminator') {
      const need = this.mappingNeeds(item);
      if (need) return need;
    }
    this.descend(item, undefined);
    return undefined;
  }

  private stepRef(item: Item, refObj: Record<string, unknown>): string | undefined {
    const ref = refObj.$ref as string;
    const { root, files, diagnostics, provenance } = this.input;
    const target = this.refTarget(ref, item.file);
    if (!target.ok) {
      // A broken '#...' ref stays in the document as written and the local-refs validation rule
      // reports it; reporting it here too would list it twice (bundling runs only for some specs).
      if (!ref.startsWith('#')) diagnostics.error(target.code, `$ref '${ref}' cannot be used: ${target.problem}`, provenance.locate(refObj, '$ref'));
      this.descend(item, ref);
      return undefined;
    }
    if (target.absPath === root.absPath) {
      this.descend(item, formatPointer(target.segments));
      return undefined;
    }
    const loaded = files.peek(target.absPath);
    if (!loaded) return target.absPath;

    const where = () => provenance.locate(refObj, '$ref');
    if (item.kind !== null && isSchemaKind(item.kind)) {
      this.descend(item, this.hoist(loaded, target.absPath, target.segments, ref, where) ?? ref);
      return undefined;
    }

    const resolved = this.resolveTarget(loaded, target.segments, ref, where);
    if (resolved === undefined) {
      this.descend(item, ref);
      return undefined;
    }
    const key = `${target.absPath}${formatPointer(target.segments)}`;
    const pureRef = isRefOnly(resolved);
    for (let c = item.chain; c; c = c.parent) {
      if (c.key !== key) continue;
      this.reportInlineCycle(item.chain!, c, ref, pureRef, where);
      this.descend(item, ref);
      return undefined;
    }
    const overrides = new Map(item.overrides);
    for (const k of Object.keys(refObj)) if (k !== '$ref' && !overrides.has(k)) overrides.set(k, refObj);
    this.stack.push({
      value: resolved,
      file: (loaded as { source: SourceFile }).source,
      kind: item.kind,
      holder: item.holder,
      key: item.key,
      chain: { key, ref, pureRef, parent: item.chain },
      overrides,
    });
    return undefined;
  }

  /**
   * Continues into the members of `item.value`: in place for the root file, as a copy for others.
   * `ref`, when given, is the (possibly rewritten) `$ref` the object keeps.
   */
  private descend(item: Item, ref: string | undefined): void {
    const { provenance } = this.input;
    const value = item.value as Container;
    const copying = item.file !== this.input.root;
    const out: Container = copying ? (Array.isArray(value) ? new Array(value.length) : {}) : value;
    if (copying) {
      provenance.inherit(out, value);
      setMember(item.holder, item.key, out);
    }
    const kind = item.kind!;
    const isArray = Array.isArray(value);
    const keys = isArray ? value.map((_, i) => i) : Object.keys(value);
    const overrides = isArray ? undefined : item.overrides;
    const children: Item[] = [];
    const skipHoisted = !copying && out === this.schemas;
    for (const key of keys) {
      // Members filled in later still take their place in the written order now.
      if (copying) setMember(out, key, undefined);
      if (overrides?.has(key as string)) continue;
      if (skipHoisted && this.hoistedNames.has(key as string)) continue;
      const child = (value as Record<string, unknown>)[key as string];
      if (key === '$ref' && ref !== undefined) {
        (out as Record<string, unknown>).$ref = ref;
        continue;
      }
      const ck = childKind(kind, key, isArray);
      if (child === null || typeof child !== 'object') {
        if (copying) setMember(out, key, child);
      } else if (ck === null) {
        if (copying) setMember(out, key, copyWithOrigins(child, provenance));
      } else {
        children.push({ value: child, file: item.file, kind: ck, holder: out, key, chain: item.chain });
      }
    }
    if (overrides) {
      for (const [k, from] of overrides) {
        setMember(out, k, copyWithOrigins(from[k], provenance));
        provenance.setMemberOrigin(out, k, provenance.memberOrigin(from, k));
      }
    }
    if (kind === 'discriminator' && !isArray) this.rewriteMapping(item, out as Record<string, unknown>);
    for (let i = children.length - 1; i >= 0; i--) this.stack.push(children[i]);
  }

  /**
   * The local `$ref` for the schema at (absPath, segments), hoisting it on first use; undefined
   * after an error. A target inside an array of a schema that is already hoisted (a discriminator
   * mapping to `#/oneOf/0`) is pointed to where it now is instead of being copied a second time.
   */
  private hoist(loaded: LoadedFile, absPath: string, segments: string[], ref: string, where: Where): string | undefined {
    const known = this.hoisted.get(`${absPath}${formatPointer(segments)}`);
    if (known !== undefined) return formatPointer([...this.input.schemasPath, known]);
    if (isArrayIndex(segments[segments.length - 1])) {
      for (let k = segments.length - 1; k >= 0; k--) {
        const holder = this.hoisted.get(`${absPath}${formatPointer(segments.slice(0, k))}`);
        if (holder !== undefined) return formatPointer([...this.input.schemasPath, holder, ...segments.slice(k)]);
      }
    }
    const value = this.resolveTarget(loaded, segments, ref, where);
    if (value === undefined) return undefined;
    const source = (loaded as { source: SourceFile }).source;
    const schemas = this.schemaMap();
    const name = this.names!.allocate(absPath, segments);
    this.hoisted.set(`${absPath}${formatPointer(segments)}`, name);
    this.hoistedNames.add(name);
    schemas[name] = undefined;
    this.stack.push({ value, file: source, kind: 'schema', holder: schemas, key: name, chain: undefined });
    return formatPointer([...this.input.schemasPath, name]);
  }

  private resolveTarget(loaded: LoadedFile, segments: string[], ref: string, where: Where): unknown {
    const { diagnostics } = this.input;
    if (!loaded.ok) {
      if (!loaded.reported) {
        diagnostics.error('ref-not-found', `$ref '${ref}' points to a file that cannot be read: ${loaded.reason}`, where());
      }
      return undefined;
    }
    const at = getAtPointer(loaded.source.value, segments);
    if (at.found && at.value !== undefined) return at.value;
    const detail = describeMiss(loaded.source.value, segments);
    // The file as the ref names it reads better than a path relative to somewhere else.
    const file = ref.split('#')[0] || loaded.source.path;
    diagnostics.error('ref-not-found', `$ref '${ref}' points to nothing: expected ${formatPointer(segments)} in ${file}, but ${detail}`, where());
    return undefined;
  }

  private reportInlineCycle(chain: InlineChain, repeated: InlineChain, ref: string, pureRef: boolean, where: Where): void {
    const refs: string[] = [];
    let allPure = pureRef;
    for (let c: InlineChain | undefined = chain; c; c = c.parent) {
      refs.unshift(c.ref);
      allPure &&= c.pureRef;
      if (c === repeated) break;
    }
    refs.push(ref);
    // A chain of nothing but refs names no definition (recoverable: the IR reads it as any type);
    // an object that includes itself cannot be copied in place.
    if (allPure) this.input.diagnostics.warning('ref-cycle', aliasCycleMessage(refs.join(' → ')), where());
    else this.input.diagnostics.error('ref-cycle', `$ref '${ref}' includes itself (${refs.join(' → ')}); only schemas may be recursive, other objects are copied in place`, where());
  }

  /** Files needed to rewrite a discriminator mapping whose values point into other files. */
  private mappingNeeds(item: Item): string | undefined {
    const mapping = (item.value as Record<string, unknown>).mapping;
    if (!isPlainObject(mapping)) return undefined;
    for (const v of Object.values(mapping)) {
      if (typeof v !== 'string' || !looksLikeRef(v)) continue;
      const target = this.refTarget(v, item.file);
      if (target.ok && target.absPath !== this.input.root.absPath && !this.input.files.peek(target.absPath)) return target.absPath;
    }
    return undefined;
  }

  /** Mapping values are references written as strings; they follow the schemas they name. */
  private rewriteMapping(item: Item, out: Record<string, unknown>): void {
    const { provenance, files, root } = this.input;
    const source = (item.value as Record<string, unknown>).mapping;
    const mapping = out.mapping;
    if (!isPlainObject(source) || !isPlainObject(mapping)) return;
    for (const [name, v] of Object.entries(source)) {
      if (typeof v !== 'string' || !looksLikeRef(v)) continue;
      const target = this.refTarget(v, item.file);
      if (!target.ok) continue; // reported by validation as a mapping to a missing schema
      if (target.absPath === root.absPath) {
        mapping[name] = formatPointer(target.segments);
        continue;
      }
      const loaded = files.peek(target.absPath)!;
      const local = this.hoist(loaded, target.absPath, target.segments, v, () => provenance.locate(source, name));
      if (local !== undefined) mapping[name] = local;
    }
  }

  private schemaMap(): Record<string, unknown> {
    if (this.schemas) return this.schemas;
    const { provenance, root, schemasPath } = this.input;
    let node = root.value as Record<string, unknown>;
    let origin = rootOrigin(root);
    for (const seg of schemasPath) {
      origin = childOrigin(origin, seg);
      if (!isPlainObject(node[seg])) {
        node[seg] = {};
        provenance.setOrigin(node[seg] as object, origin);
      }
      node = node[seg] as Record<string, unknown>;
    }
    this.schemas = node;
    this.names = new SchemaNames(Object.keys(node));
    return node;
  }
}

function setMember(holder: Container, key: string | number, value: unknown): void {
  setOwn(holder as Record<string, unknown>, String(key), value);
}

/** Discriminator mapping values are schema names unless they look like a reference. */
function looksLikeRef(value: string): boolean {
  return value.includes('#') || value.includes('/') || /\.(ya?ml|json)$/i.test(value);
}

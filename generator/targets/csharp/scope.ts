/**
 * Type references from one generated file. Framework and runtime types are brought in by
 * `using` aliases, one name at a time, so that no namespace import can make a model name
 * ambiguous; a name that some class of the SDK also uses is written `global::`-qualified.
 * Models are written bare when C# lookup can only find them, else qualified.
 */
import type { ModelNamespace, TypeRef } from '../../ir/model.js';
import type { CsContext } from './context.js';
import { arrayElement } from '../../ir/array-element.js';

export class CsScope {
  private readonly aliases = new Map<string, string>();
  private readonly imports = new Set<string>();

  constructor(
    readonly ctx: CsContext,
    /** Namespace of the file; undefined for files in the root namespace. */
    readonly namespace: ModelNamespace | undefined,
  ) {}

  /** A framework type by full name (`System.DateTime`); attributes without their suffix. */
  sys(fullName: string): string {
    let short = fullName.slice(fullName.lastIndexOf('.') + 1);
    if (short.endsWith('Attribute') && short !== 'Attribute') short = short.slice(0, -'Attribute'.length);
    if (this.ctx.clashing.has(short) || (this.aliases.has(short) && this.aliases.get(short) !== fullName)) return `global::${fullName}`;
    this.aliases.set(short, fullName);
    return short;
  }

  /**
   * A runtime type in `<Root>.Utils`, generic ones included (which an alias cannot name): the
   * namespace is imported, and no model takes a Utils name bare (see CsContext.notBare).
   */
  util(name: string): string {
    const short = name.endsWith('Attribute') ? name.slice(0, -'Attribute'.length) : name;
    if (this.ctx.clashing.has(short) || this.ctx.clashing.has(name)) return `global::${this.ctx.rootNamespace}.Utils.${name}`;
    this.imports.add(`${this.ctx.rootNamespace}.Utils`);
    return short;
  }

  /** A runtime class that lives in a model namespace (`HTTPMetadata`, `SDKError`). */
  runtimeModel(token: string, ns: ModelNamespace): string {
    return this.named(this.ctx.runtimeName(token), ns);
  }

  model(id: string): string {
    const model = this.ctx.model(id);
    return this.named(this.ctx.className(id), model.namespace);
  }

  private named(name: string, ns: ModelNamespace): string {
    if (ns === this.namespace) return name;
    if (this.ctx.uniqueAcrossNamespaces(name) && !this.aliases.has(name)) {
      this.imports.add(this.ctx.modelNamespace(ns));
      return name;
    }
    return `global::${this.ctx.modelNamespace(ns)}.${name}`;
  }

  /** C# type of a type reference; `nullable` adds `?` (also for value types). */
  type(type: TypeRef, nullable = type.nullable === true): string {
    const text = this.bareType(type);
    return nullable && !text.endsWith('?') ? `${text}?` : text;
  }

  private bareType(type: TypeRef): string {
    switch (type.kind) {
      case 'string':
        return stringType(type.format, this);
      case 'integer':
        return type.format === 'int32' ? 'int' : 'long';
      case 'number':
        return type.format === 'float' || type.format === 'float32' ? 'float' : type.format === 'decimal' ? 'decimal' : 'double';
      case 'boolean':
        return 'bool';
      case 'any':
      case 'null':
        return 'object';
      case 'literal':
        return typeof type.value === 'string' ? 'string' : typeof type.value === 'boolean' ? 'bool' : Number.isSafeInteger(type.value) ? 'long' : 'double';
      case 'array':
        return `List<${this.type(arrayElement(type))}>`;
      case 'map':
        return `Dictionary<string, ${this.type(type.values)}>`;
      case 'model':
        return this.model(type.id);
    }
  }

  /**
   * `using` lines for the top of the file, sorted. System.Collections.Generic is imported whole
   * for `List<T>` and `Dictionary<K, V>`: generic names cannot clash with (non-generic) models.
   */
  usings(): string[] {
    const lines = ['using System.Collections.Generic;', ...[...this.imports].map((ns) => `using ${ns};`)];
    for (const [short, full] of this.aliases) lines.push(`using ${short} = global::${full};`);
    return lines.sort();
  }
}

function stringType(format: string | undefined, scope: CsScope): string {
  switch (format) {
    case 'date-time':
      return scope.sys('System.DateTime');
    case 'date':
      return scope.sys('System.DateOnly');
    case 'binary':
      return 'byte[]';
    case 'decimal':
      return 'decimal';
    case 'bigint':
      return scope.sys('System.Numerics.BigInteger');
    default:
      return 'string';
  }
}

/**
 * The names one generated module refers to, and the imports that bring them in.
 *
 * Every symbol of a model derives from its type name (`User`, `User$Wire`, `User$fromWire`,
 * `User$toWire`); `$` cannot occur in a PascalCase model name, so these never collide with
 * another model. A model whose type name exists in several namespaces is imported under a
 * namespaced alias (`components$Status`) from any other namespace, so two `Status` types can
 * meet in one module.
 */
import type { ImportLine, ImportName } from './module-text.js';

import type { EmitContext, ModelInfo } from './context.js';

/** Runtime helpers of the generated package (src/lib/wire.ts). */
export type Helper = 'compact' | 'extraKeys' | 'field' | 'formatDate' | 'formatDay' | 'isRecord' | 'mapArray' | 'mapRecord' | 'mapTuple' | 'own' | 'parseDate';

interface NamedImport {
  alias?: string;
  /** Stays true while the name is only used in type positions. */
  typeOnly: boolean;
}

export class ModuleScope {
  private readonly named = new Map<string, Map<string, NamedImport>>();
  private readonly namespaces = new Map<string, { name: string; typeOnly: boolean }>();

  constructor(
    private readonly ctx: EmitContext,
    readonly self: ModelInfo,
  ) {}

  /** Local name of a model's type (`User`). */
  type(id: string): string {
    return this.symbol(this.ctx.info(id), '', true);
  }

  /** Local name of a model's wire type (`User$Wire`). */
  wireType(id: string): string {
    return this.symbol(this.ctx.info(id), '$Wire', true);
  }

  fromWire(id: string): string {
    return this.symbol(this.ctx.info(id), '$fromWire', false);
  }

  toWire(id: string): string {
    return this.symbol(this.ctx.info(id), '$toWire', false);
  }

  helper(name: Helper): string {
    this.addNamed('../../lib/wire.js', name, undefined, false);
    return name;
  }

  helperType(name: 'KnownKeys'): string {
    this.addNamed('../../lib/wire.js', name, undefined, true);
    return name;
  }

  /** A model's validation schema (`User$schema`, src/schemas/<ns>/<file>.ts). */
  modelSchema(id: string): string {
    const info = this.ctx.info(id);
    const name = `${info.typeName}$schema`;
    this.addNamed(`../../schemas/${info.model.namespace}/${info.fileName}.js`, name, undefined, false);
    return name;
  }

  /**
   * A name exported by a runtime module of src/lib (`runtime('errors', 'SDKValidationError', true)`),
   * imported as `lib$<name>` when a model has that name (it may be this one, or imported).
   */
  runtime(module: 'errors' | 'from-json' | 'result', name: string, typeOnly: boolean): string {
    const alias = this.ctx.typeNames.has(name) ? `lib$${name}` : undefined;
    this.addNamed(`../../lib/${module}.js`, name, alias, typeOnly);
    return alias ?? name;
  }

  /** Namespace of src/types: `types.ClosedEnum<...>`. */
  types(): string {
    return this.addNamespace('../../types/index.js', 'types', true);
  }

  info(id: string): ModelInfo {
    return this.ctx.info(id);
  }

  imports(): ImportLine[] {
    const result: ImportLine[] = [];
    for (const [specifier, ns] of this.namespaces) {
      result.push({ moduleSpecifier: specifier, namespaceImport: ns.name, isTypeOnly: ns.typeOnly });
    }
    for (const [specifier, names] of this.named) {
      const entries = [...names].sort(([a], [b]) => compare(a, b));
      // `import type { A, B }` rather than `import { type A, type B }` when nothing is a value.
      const allTypes = entries.every(([, { typeOnly }]) => typeOnly);
      const namedImports: ImportName[] = entries.map(([name, { alias, typeOnly }]) => ({
        name,
        alias,
        isTypeOnly: typeOnly && !allTypes,
      }));
      result.push({ moduleSpecifier: specifier, namedImports, isTypeOnly: allTypes });
    }
    return result.sort((a, b) => compare(a.moduleSpecifier, b.moduleSpecifier));
  }

  private symbol(info: ModelInfo, suffix: string, typeOnly: boolean): string {
    const name = `${info.typeName}${suffix}`;
    if (info === this.self) return name;
    const ns = info.model.namespace;
    const sameNamespace = ns === this.self.model.namespace;
    const specifier = sameNamespace ? `./${info.fileName}.js` : `../${ns}/${info.fileName}.js`;
    const alias = !sameNamespace && this.ctx.ambiguousNames.has(info.typeName) ? `${ns}$${name}` : undefined;
    this.addNamed(specifier, name, alias, typeOnly);
    return alias ?? name;
  }

  private addNamed(specifier: string, name: string, alias: string | undefined, typeOnly: boolean): void {
    const names = this.named.get(specifier) ?? this.named.set(specifier, new Map()).get(specifier)!;
    const existing = names.get(name);
    if (existing) existing.typeOnly &&= typeOnly;
    else names.set(name, { alias, typeOnly });
  }

  private addNamespace(specifier: string, name: string, typeOnly: boolean): string {
    const existing = this.namespaces.get(specifier);
    if (existing) existing.typeOnly &&= typeOnly;
    else this.namespaces.set(specifier, { name, typeOnly });
    return name;
  }
}

/** Code-point order: locale-independent, so output is the same on every machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

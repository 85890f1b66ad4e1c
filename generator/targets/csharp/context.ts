/**
 * What every C# emitter needs about the whole API: class names, namespaces, which models are
 * thrown as exceptions, and the names that generated code must never write bare because some
 * class of this SDK could shadow or clash with them.
 */
import { csNamespace } from '../../surface/csharp/namespace.js';
import type { ApiModel, Model, ModelNamespace } from '../../ir/model.js';
import type { TargetOptions } from '../target.js';
import { enumExtensionNames, nullableUnionIds, unionTypeNames } from '../../surface/csharp/class-names.js';
import { csharpNames, type CsharpNames } from '../../surface/csharp/index.js';
import { csIdentifier } from '../../surface/csharp/names.js';
import { runtimeUtilTypeNames } from './runtime-files.js';
import { RUNTIME_MODEL_CLASSES } from '../../surface/csharp/runtime-names.js';
import type { CsharpMethodInput, CsharpSurface } from '../../surface/csharp/sdk-surface.js';

export const NAMESPACE_FOLDERS: Record<ModelNamespace, string> = {
  components: 'Components',
  operations: 'Operations',
  errors: 'Errors',
};

/** Non-generic types of System.Collections.Generic, which every generated file imports. */
const IMPORTED_TYPE_NAMES = ['CollectionExtensions', 'KeyNotFoundException', 'KeyValuePair', 'ReferenceEqualityComparer'];

export class CsContext {
  readonly rootNamespace: string;
  readonly sdkClassName: string;
  readonly classNames: ReadonlyMap<string, string>;
  readonly runtimeNames: ReadonlyMap<string, string>;
  /** `<Enum>Extension` (Value, ToEnum) by model id, for the models that are C# enums. */
  readonly enumExtensionNames: Map<string, string>;
  /** `<Union>Type` (the class of `Type`) by model id, for the union models. */
  readonly unionTypeNames: Map<string, string>;
  /** Unions that admit null: they have `CreateNull()` and a `Null` type. */
  readonly nullableUnions: Set<string>;
  readonly surface: CsharpSurface;
  /** Models thrown as exceptions: error-namespace objects that are the body of an error response. */
  readonly errorModelIds: Set<string>;
  /** Simple names generated code must qualify (`global::…`) rather than write bare. */
  readonly clashing: Set<string>;
  /** Names that, in another namespace's file, may mean something else than the model. */
  private readonly notBare: Set<string>;
  private readonly byId: Map<string, Model>;
  private readonly namespacesByName = new Map<string, Set<ModelNamespace>>();

  constructor(
    readonly api: ApiModel,
    options: TargetOptions,
    readonly names: CsharpNames = csharpNames(api, options.sdkClassName),
  ) {
    this.rootNamespace = csNamespace(options.packageName);
    this.sdkClassName = csIdentifier(options.sdkClassName, 'SDK');
    this.byId = new Map(api.models.map((m) => [m.id, m]));
    this.classNames = names.classNames;
    this.runtimeNames = names.runtimeClassNames;
    this.enumExtensionNames = enumExtensionNames(api.models, this.classNames, this.takenClassNames());
    const takenWithExtensions = this.takenClassNames();
    for (const [id, name] of this.enumExtensionNames) takenWithExtensions.get(this.model(id).namespace)!.push(name);
    this.unionTypeNames = unionTypeNames(api.models, this.classNames, takenWithExtensions);
    this.nullableUnions = nullableUnionIds(api);
    this.surface = names.sdk;
    this.errorModelIds = errorModels(api, this.byId);
    for (const model of api.models) this.noteName(this.className(model.id), model.namespace);
    for (const cls of RUNTIME_MODEL_CLASSES) this.noteName(this.runtimeNames.get(cls.token)!, cls.namespace);
    for (const [id, name] of this.enumExtensionNames) this.noteName(name, this.model(id).namespace);
    for (const [id, name] of this.unionTypeNames) this.noteName(name, this.model(id).namespace);
    this.notBare = new Set([
      ...this.surface.groups.flatMap((g) => [g.className, g.interfaceName]),
      this.sdkClassName,
      this.surface.sdkInterfaceName,
      'Models',
      'Utils',
      'Hooks',
      ...Object.values(NAMESPACE_FOLDERS),
      ...this.rootNamespace.split('.').map((s) => s.replace(/^@/, '')),
      ...IMPORTED_TYPE_NAMES,
    ]);
    this.clashing = new Set([...this.namespacesByName.keys(), ...this.notBare]);
    // Utils is imported whole, so a model of another namespace with a Utils name would be ambiguous.
    for (const name of runtimeUtilTypeNames()) this.notBare.add(name);
  }

  /** Class names per model namespace: the models' and the runtime's. */
  private takenClassNames(): Map<string, string[]> {
    const taken = new Map<string, string[]>();
    const add = (ns: string, name: string) => (taken.get(ns) ?? taken.set(ns, []).get(ns)!).push(name);
    for (const model of this.api.models) add(model.namespace, this.className(model.id));
    for (const cls of RUNTIME_MODEL_CLASSES) add(cls.namespace, this.runtimeNames.get(cls.token)!);
    return taken;
  }

  private noteName(name: string, ns: ModelNamespace): void {
    const set = this.namespacesByName.get(name) ?? this.namespacesByName.set(name, new Set()).get(name)!;
    set.add(ns);
  }

  model(id: string): Model {
    const model = this.byId.get(id);
    if (!model) throw new Error(`csharp: unknown model id ${id}`);
    return model;
  }

  className(id: string): string {
    return this.classNames.get(id)!;
  }

  modelNamespace(ns: ModelNamespace): string {
    return `${this.rootNamespace}.Models.${NAMESPACE_FOLDERS[ns]}`;
  }

  /** Whether a bare `name` in a file of another namespace can only mean the class in `ns`. */
  uniqueAcrossNamespaces(name: string): boolean {
    return (this.namespacesByName.get(name)?.size ?? 0) <= 1 && !this.notBare.has(name);
  }

  /** What an operation's method takes (flattened arguments, a request object or nothing). */
  methodInput(operationId: string): CsharpMethodInput {
    return this.names.methodInputs.get(operationId)!;
  }

  runtimeName(token: string): string {
    return this.runtimeNames.get(token) ?? token;
  }
}

function errorModels(api: ApiModel, byId: Map<string, Model>): Set<string> {
  const ids = new Set<string>();
  for (const op of api.operations) {
    for (const response of op.responses) {
      if (!response.isError) continue;
      for (const content of response.contents) {
        if (content.type.kind !== 'model') continue;
        const model = byId.get(content.type.id);
        if (model && model.namespace === 'errors' && model.shape.kind === 'object') ids.add(model.id);
      }
    }
  }
  return ids;
}

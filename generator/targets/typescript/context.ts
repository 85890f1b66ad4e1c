/**
 * Facts about every model that more than one emitter needs: its TypeScript names and where its
 * module lives. Computed once per run.
 */
import type { ApiModel, Model, ModelNamespace, ObjectShape } from '../../ir/model.js';
import { fileNameOf, tsAdditionalPropertiesName, tsPropertyNames } from '../../surface/typescript/names.js';
import { propertyNameSource } from '../../ir/naming/parameter-names.js';
import { typescriptNames, type TypescriptNames } from '../../surface/typescript/index.js';

export interface ModelInfo {
  model: Model;
  typeName: string;
  /** Module file name without extension. */
  fileName: string;
  /** Request and response wrappers are not JSON values: they get a type, but no wire side. */
  hasWire: boolean;
  /** Property identifiers of an object model, index-aligned with `shape.properties`. */
  propertyNames: string[];
  /** Field holding extra keys, for objects with additionalProperties. */
  extrasName?: string;
  /** A component whose own schema admits null: every reference to it does too. */
  nullable: boolean;
}

export const NAMESPACES: readonly ModelNamespace[] = ['components', 'operations', 'errors'];

export class EmitContext {
  readonly infos: ModelInfo[];
  private readonly byId = new Map<string, ModelInfo>();
  /** Every model's type name. */
  readonly typeNames: ReadonlySet<string>;
  /** Type names used in more than one namespace: imported under a namespaced alias. */
  readonly ambiguousNames: ReadonlySet<string>;

  constructor(
    readonly api: ApiModel,
    readonly names: TypescriptNames = typescriptNames(api),
  ) {
    this.infos = api.models.map((model) => {
      const typeName = names.typeNames.get(model.id)!;
      const info: ModelInfo = {
        model,
        typeName,
        fileName: fileNameOf(typeName),
        // A file part goes to the multipart encoder as it is (a Blob or a stream has no JSON form).
        hasWire: model.origin !== 'request' && model.origin !== 'response' && model.filePart !== true,
        propertyNames: [],
        nullable: model.nullable === true,
      };
      if (model.shape.kind === 'object') {
        info.propertyNames = tsPropertyNames(model.shape.properties.map(propertyNameSource));
        if (model.shape.additionalProperties) info.extrasName = tsAdditionalPropertiesName(info.propertyNames);
      }
      return info;
    });
    for (const info of this.infos) this.byId.set(info.model.id, info);
    this.typeNames = new Set(this.infos.map((i) => i.typeName));
    const seen = new Map<string, Set<ModelNamespace>>();
    for (const info of this.infos) {
      const spaces = seen.get(info.typeName) ?? seen.set(info.typeName, new Set()).get(info.typeName)!;
      spaces.add(info.model.namespace);
    }
    this.ambiguousNames = new Set([...seen].filter(([, spaces]) => spaces.size > 1).map(([name]) => name));
  }

  info(id: string): ModelInfo {
    const info = this.byId.get(id);
    if (!info) throw new Error(`typescript target: unknown model id ${id}`);
    return info;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Path of a model's module relative to the package root. */
  modulePath(info: ModelInfo): string {
    return `src/models/${info.model.namespace}/${info.fileName}.ts`;
  }
}

export function objectShape(info: ModelInfo): ObjectShape {
  if (info.model.shape.kind !== 'object') throw new Error(`typescript target: ${info.model.id} is not an object`);
  return info.model.shape;
}

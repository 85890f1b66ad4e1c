/**
 * Facts about every model that more than one emitter needs: its TypeScript names, where its
 * module lives, and how its wire type is spelled. Computed once per run.
 */
import type { ApiModel, Model, ModelNamespace, ObjectShape, Operation } from '../../ir/model.js';
import { fileNameOf, tsAdditionalPropertiesName, tsPropertyNames, tsTypeNames } from './names.js';
import { addNarrowedDiscriminators } from './wire-discriminators.js';
import { componentIsNullable, wireTypePath, type JsonObject } from './wire-path.js';

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
  /**
   * Indexed access into the openapi-typescript output (`wire.components["schemas"]["User"]`),
   * or undefined when the model's place cannot be indexed (oneOf members and the like): the
   * wire type is then written structurally from the IR.
   */
  wirePath?: string;
}

export const NAMESPACES: readonly ModelNamespace[] = ['components', 'operations', 'errors'];

export class EmitContext {
  readonly infos: ModelInfo[];
  private readonly byId = new Map<string, ModelInfo>();
  /** Type names used in more than one namespace: imported under a namespaced alias. */
  readonly ambiguousNames: ReadonlySet<string>;
  /**
   * Discriminator properties by model id (wire names). openapi-typescript narrows them to the
   * mapping values in the member's wire type, while the IR keeps the declared `string`.
   */
  readonly discriminatorKeys = new Map<string, Set<string>>();

  constructor(
    readonly api: ApiModel,
    source: JsonObject,
  ) {
    const names = tsTypeNames(api.models);
    const operations = new Map<string, Operation>(api.operations.map((op) => [`${op.method} ${op.path}`, op]));
    this.infos = api.models.map((model) => {
      const typeName = names.get(model.id)!;
      const info: ModelInfo = {
        model,
        typeName,
        fileName: fileNameOf(typeName),
        hasWire: model.origin !== 'request' && model.origin !== 'response',
        propertyNames: [],
        nullable: componentIsNullable(model, source),
      };
      if (model.shape.kind === 'object') {
        info.propertyNames = tsPropertyNames(model.shape.properties.map((p) => p.wireName));
        if (model.shape.additionalProperties) info.extrasName = tsAdditionalPropertiesName(info.propertyNames);
      }
      if (info.hasWire) info.wirePath = wireTypePath(model, source, (path, method) => operations.get(`${method} ${path}`));
      return info;
    });
    for (const info of this.infos) this.byId.set(info.model.id, info);
    const seen = new Map<string, Set<ModelNamespace>>();
    for (const info of this.infos) {
      const spaces = seen.get(info.typeName) ?? seen.set(info.typeName, new Set()).get(info.typeName)!;
      spaces.add(info.model.namespace);
    }
    for (const { model } of this.infos) {
      if (model.shape.kind !== 'union' || !model.shape.discriminator) continue;
      const { propertyName, mapping } = model.shape.discriminator;
      for (const { modelId } of mapping) {
        const keys = this.discriminatorKeys.get(modelId) ?? this.discriminatorKeys.set(modelId, new Set()).get(modelId)!;
        keys.add(propertyName);
      }
    }
    addNarrowedDiscriminators(api.models, source, this.discriminatorKeys);
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

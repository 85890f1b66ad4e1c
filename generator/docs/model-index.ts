/**
 * Lookups the page renderers need about the whole API: a model by id, and which model names are
 * shared between folders (C# qualifies those links with their namespace).
 */
import type { ApiModel, Model, TypeRef } from '../ir/model.js';

export class ModelIndex {
  private readonly byId = new Map<string, Model>();
  private readonly namespacesByName = new Map<string, Set<string>>();
  private readonly useDescriptions = new Map<string, string>();

  constructor(readonly api: ApiModel) {
    for (const model of api.models) {
      this.byId.set(model.id, model);
      const spaces = this.namespacesByName.get(model.name) ?? new Set<string>();
      spaces.add(model.namespace);
      this.namespacesByName.set(model.name, spaces);
    }
    for (const op of api.operations) {
      for (const parameter of op.parameters) this.noteUse(parameter.type, parameter.description);
      for (const body of [op.requestBody, ...op.responses]) {
        for (const content of body?.contents ?? []) this.noteUse(content.type, body?.description);
      }
    }
  }

  private noteUse(type: TypeRef, description: string | undefined): void {
    if (type.kind !== 'model' || description === undefined || this.useDescriptions.has(type.id)) return;
    this.useDescriptions.set(type.id, description);
  }

  /**
   * Description of the parameter, request body or response whose schema is this model, first
   * use wins. Inline schemas there rarely describe themselves; the reference shows that text.
   */
  useSiteDescription(modelId: string): string | undefined {
    return this.useDescriptions.get(modelId);
  }

  get(id: string): Model | undefined {
    return this.byId.get(id);
  }

  /** Throws on a dangling id: the IR guarantees every `model` reference resolves. */
  require(id: string): Model {
    const model = this.byId.get(id);
    if (!model) throw new Error(`docs: type refers to unknown model id ${id}`);
    return model;
  }

  /** True when another folder has a class with exactly this name. */
  nameInSeveralFolders(name: string): boolean {
    return (this.namespacesByName.get(name)?.size ?? 0) > 1;
  }

  /** The model a type reference names, if it names one. */
  modelOf(type: TypeRef): Model | undefined {
    return type.kind === 'model' ? this.get(type.id) : undefined;
  }
}

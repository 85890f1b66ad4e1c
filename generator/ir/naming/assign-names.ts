/**
 * Gives every model its class name. Models are visited breadth-first from the operations in
 * spec order (each operation: request wrapper, its bodies, responses), then from the component
 * schemas nobody reached; each takes the first of its candidates that is still free,
 * compared case-insensitively. This is the order in which the reference generator hands out
 * short names: a query enum `status` of an early operation keeps `Status`, later ones become
 * `QueryParamStatus`, then `<Op>QueryParamStatus`.
 */
import type { ApiModel, Model, NamePart, TypeRef } from '../model.js';

export function assignNames(api: ApiModel): void {
  const byId = new Map(api.models.map((m) => [m.id, m]));
  const taken = new Set<string>();
  const queue: Model[] = [];
  const seen = new Set<string>();

  const discover = (model: Model | undefined): void => {
    if (!model || seen.has(model.id)) return;
    seen.add(model.id);
    model.name = pickName(model, byId, taken);
    taken.add(model.name.toLowerCase());
    queue.push(model);
  };
  const drain = (): void => {
    while (queue.length > 0) {
      const model = queue.shift()!;
      for (const child of childModels(model)) discover(byId.get(child));
    }
  };

  for (const op of api.operations) {
    for (const root of operationRoots(op)) discover(byId.get(root));
  }
  drain();
  for (const model of api.models) {
    discover(model);
    drain();
  }
}

function operationRoots(op: ApiModel['operations'][number]): string[] {
  const roots: string[] = [];
  if (op.requestModelId) roots.push(op.requestModelId);
  for (const c of op.requestBody?.contents ?? []) roots.push(...modelIds(c.type));
  for (const r of op.responses) for (const c of r.contents) roots.push(...modelIds(c.type));
  roots.push(op.responseModelId);
  return roots;
}

function childModels(model: Model): string[] {
  const shape = model.shape;
  if (shape.kind === 'object') {
    const ids = shape.properties.flatMap((p) => modelIds(p.type));
    if (shape.additionalProperties) ids.push(...modelIds(shape.additionalProperties));
    return ids;
  }
  if (shape.kind === 'union') return shape.members.flatMap(modelIds);
  return [];
}

export function modelIds(type: TypeRef): string[] {
  switch (type.kind) {
    case 'model':
      return [type.id];
    case 'array':
      return modelIds(type.items);
    case 'map':
      return modelIds(type.values);
    default:
      return [];
  }
}

function pickName(model: Model, byId: Map<string, Model>, taken: Set<string>): string {
  const render = (parts: NamePart[]) => parts.map((p) => (typeof p === 'string' ? p : byId.get(p.nameOf)?.name ?? '')).join('');
  const candidates = model.nameCandidates.map(render).filter((c) => c !== '');
  if (candidates.length === 0) candidates.push('Model');
  for (const candidate of candidates) {
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
  const last = candidates[candidates.length - 1];
  for (let n = 2; ; n++) {
    if (!taken.has(`${last}${n}`.toLowerCase())) return `${last}${n}`;
  }
}

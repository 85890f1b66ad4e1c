/**
 * The order in which models are first reached from the operations, and how.
 *
 * First every operation's parameters (spec order), then every operation's request body and
 * responses, depth-first, each model taken the first time it is seen; then components marked
 * `x-speakeasy-include`. A request wrapper reached with the parameters does not lead into its body
 * yet: bodies are reached in operation order, so of two operations whose inline bodies hold a
 * same-named schema the first in the document keeps the short name. Naming and use-site descriptions both follow this order, because the
 * reference generator hands out short names and borrowed descriptions first come, first served.
 */
import type { ApiModel, Model, Operation, Parameter, RequestBody, Response, TypeRef } from './model.js';
import { elementTypes } from './array-element.js';

export type FirstUse =
  | { kind: 'wrapper'; operation: Operation }
  | { kind: 'parameter'; operation: Operation; parameter: Parameter }
  | { kind: 'requestBody'; operation: Operation; body: RequestBody; direct: boolean }
  /** `direct`: the body is this model; `items`: the body is an array of it. */
  | { kind: 'response'; operation: Operation; response: Response; direct: boolean; items: boolean }
  | { kind: 'nested'; parent: Model }
  | { kind: 'included' };

export function modelIds(type: TypeRef): string[] {
  switch (type.kind) {
    case 'model':
      return [type.id];
    case 'array':
      return elementTypes(type).flatMap(modelIds);
    case 'map':
      return modelIds(type.values);
    default:
      return [];
  }
}

/** Model ids a body type reaches without passing through another model (itself, or array items). */
function directIds(type: TypeRef): string[] {
  if (type.kind === 'model') return [type.id];
  if (type.kind === 'array') return elementTypes(type).flatMap(directIds);
  return [];
}

export function childModelIds(model: Model): string[] {
  const shape = model.shape;
  if (shape.kind === 'object') {
    const ids = shape.properties.flatMap((p) => modelIds(p.type));
    if (shape.additionalProperties) ids.push(...modelIds(shape.additionalProperties));
    return ids;
  }
  if (shape.kind === 'union') return shape.members.flatMap(modelIds);
  return [];
}

/** Calls `visit` once per reachable model, in first-use order. */
export function walkModelsInUseOrder(api: ApiModel, visit: (model: Model, use: FirstUse) => void): void {
  const byId = new Map(api.models.map((m) => [m.id, m]));
  const seen = new Set<string>();

  /** `later`: ids not descended into from the roots now (reached again later, in their own turn). */
  const reach = (rootIds: string[], use: (id: string) => FirstUse, later: ReadonlySet<string> = new Set()): void => {
    // Pre-order depth-first with an explicit stack, so deep schemas cannot overflow the call stack.
    const stack: { id: string; use: FirstUse }[] = rootIds.map((id) => ({ id, use: use(id) })).reverse();
    while (stack.length > 0) {
      const { id, use: how } = stack.pop()!;
      const model = byId.get(id);
      if (!model || seen.has(id)) continue;
      seen.add(id);
      visit(model, how);
      const children = childModelIds(model).filter((child) => !later.has(child));
      for (let i = children.length - 1; i >= 0; i--) stack.push({ id: children[i], use: { kind: 'nested', parent: model } });
    }
  };

  for (const operation of api.operations) {
    const bodyIds = new Set((operation.requestBody?.contents ?? []).flatMap((content) => modelIds(content.type)));
    if (operation.requestModelId) reach([operation.requestModelId], () => ({ kind: 'wrapper', operation }), bodyIds);
    for (const parameter of operation.parameters) reach(modelIds(parameter.type), () => ({ kind: 'parameter', operation, parameter }));
  }
  for (const operation of api.operations) {
    const body = operation.requestBody;
    for (const content of body?.contents ?? []) {
      const direct = new Set(directIds(content.type));
      reach(modelIds(content.type), (id) => ({ kind: 'requestBody', operation, body: body!, direct: direct.has(id) }));
    }
    for (const response of operation.responses) {
      for (const content of response.contents) {
        const direct = content.type.kind === 'model' ? content.type.id : undefined;
        const items = new Set(directIds(content.type));
        reach(modelIds(content.type), (id) => ({ kind: 'response', operation, response, direct: id === direct, items: id !== direct && items.has(id) }));
      }
    }
    reach([operation.responseModelId], () => ({ kind: 'wrapper', operation }));
  }
  for (const model of api.models) {
    if (model.explicitlyIncluded) reach([model.id], () => ({ kind: 'included' }));
  }
}

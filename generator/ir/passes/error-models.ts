import type { ApiModel } from '../model.js';
import { modelIds } from '../walk.js';

/** A schema answered only as an error body lives with the errors, and so do its inline parts. */
export function placeErrorModels(api: ApiModel): void {
  const byId = new Map(api.models.map((m) => [m.id, m]));
  const errorRoots = new Set<string>();
  const successRoots = new Set<string>();
  for (const op of api.operations) {
    for (const response of op.responses) {
      for (const content of response.contents) {
        for (const id of modelIds(content.type)) (response.isError ? errorRoots : successRoots).add(id);
      }
    }
  }
  for (const id of errorRoots) {
    const root = byId.get(id);
    if (!root || successRoots.has(id) || root.shape.kind !== 'object') continue;
    for (const model of api.models) {
      if (model.id === id || (model.id.startsWith(`${id}/`) && model.origin === 'inline')) model.namespace = 'errors';
    }
  }
}

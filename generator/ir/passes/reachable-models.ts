import type { ApiModel, Model } from '../model.js';
import { walkModelsInUseOrder } from '../walk.js';
import { borrowUseSiteDescription } from './use-site-descriptions.js';

/**
 * One walk in first-use order: each model borrows its use site's description, and the models no
 * operation reaches are dropped (x-speakeasy-include opts one in). Returns them in that order,
 * the order names are handed out in.
 */
export function keepReachableModels(api: ApiModel): Model[] {
  const reachable: Model[] = [];
  walkModelsInUseOrder(api, (model, use) => {
    reachable.push(model);
    borrowUseSiteDescription(model, use);
  });
  const kept = new Set(reachable);
  api.models = api.models.filter((m) => kept.has(m));
  return reachable;
}

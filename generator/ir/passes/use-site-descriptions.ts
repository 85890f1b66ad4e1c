/**
 * Models without a description of their own borrow one from the place that first uses them,
 * as the reference generator does: an inline request body takes the requestBody description,
 * an inline parameter enum the parameter's, an inline response body the response's (not the
 * items of an inline array body), and a component first reached as a response body or as its
 * array items the response's, unless it is an allOf composition.
 */
import type { Model } from '../model.js';
import type { FirstUse } from '../walk.js';

export function borrowUseSiteDescription(model: Model, use: FirstUse): void {
  if (model.description !== undefined) return;
  const description = useSiteDescription(model, use);
  if (description !== undefined) model.description = description;
}

function useSiteDescription(model: Model, use: FirstUse): string | undefined {
  switch (use.kind) {
    case 'parameter':
      return model.origin === 'inline' ? use.parameter.description : undefined;
    case 'requestBody':
      return use.direct && model.origin === 'inline' ? use.body.description : undefined;
    case 'response':
      if (model.origin === 'component') return (use.direct || use.items) && !model.composed ? use.response.description : undefined;
      return use.direct ? use.response.description : undefined;
    default:
      return undefined;
  }
}

/**
 * Facts about one operation that both flavours of the operation docs need: its request and
 * response classes, how its SDK method takes arguments, and its declared errors.
 */
import type { Model, Operation, Property } from '../../ir/model.js';
import type { ModelIndex } from '../model-index.js';

/** How the SDK method receives its input. */
export type CallShape =
  /** No parameters and no body. */
  | { kind: 'none' }
  /** One argument per parameter (and `requestBody`), in this order. */
  | { kind: 'flattened'; properties: Property[] }
  /** One `request` argument of this class (the request wrapper, or the body for body-only operations). */
  | { kind: 'request'; model: Model; required: boolean };

/**
 * Up to `maxParams` arguments are passed one by one (path parameters first); more, or a body
 * alone, go in as one request object — the reference generator's `maxMethodParams` rule.
 */
export function callShape(op: Operation, index: ModelIndex, maxParams: number): CallShape {
  const wrapper = op.requestModelId ? index.get(op.requestModelId) : undefined;
  if (wrapper && wrapper.shape.kind === 'object') {
    const properties = wrapper.shape.properties;
    if (properties.length > maxParams) return { kind: 'request', model: wrapper, required: true };
    const pathFirst = [...properties.filter((p) => p.location === 'path'), ...properties.filter((p) => p.location !== 'path')];
    return { kind: 'flattened', properties: pathFirst };
  }
  const body = op.requestBody?.contents[0];
  if (body) {
    const model = index.modelOf(body.type);
    if (model) return { kind: 'request', model, required: op.requestBody!.required };
  }
  return { kind: 'none' };
}

export interface ErrorRow {
  model: Model;
  statusCodes: string[];
  contentType: string;
}

/** Declared error bodies, one row per class, status codes in the order the spec lists them. */
export function declaredErrors(op: Operation, index: ModelIndex): ErrorRow[] {
  const rows: ErrorRow[] = [];
  for (const response of op.responses) {
    if (!response.isError) continue;
    for (const content of response.contents) {
      const model = index.modelOf(content.type);
      if (!model || model.namespace !== 'errors') continue;
      const row = rows.find((r) => r.model === model);
      if (row) {
        if (!row.statusCodes.includes(response.statusCode)) row.statusCodes.push(response.statusCode);
      } else rows.push({ model, statusCodes: [response.statusCode], contentType: content.mediaType });
    }
  }
  return rows;
}

/** Operations of a group (or of the root class when `group` is undefined), in spec order. */
export function operationsOf(ops: readonly Operation[], group: string | undefined): Operation[] {
  return ops.filter((op) => op.group === group);
}

import type { ApiModel, Model } from '../../ir/model.js';

/**
 * Whether a response wrapper's body is a stream of items (3.2 itemSchema). The C# client has no
 * reader for item streams: the body is handed over as a Stream (see the target's README).
 */
export function streamsItems(api: ApiModel, model: Model): boolean {
  if (model.origin !== 'response') return false;
  const operation = api.operations.find((o) => o.id === model.operationId);
  const success = operation?.responses.find((r) => !r.isError && r.contents.length > 0);
  return success?.contents[0].sequence !== undefined;
}

import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import { isPlainObject } from '../../load/describe.js';
import { isOpenApi32, pathItemOperations } from '../../load/path-item-operations.js';
import { sequenceFormat } from '../../load/sequential-media.js';
import type { LoadedSpec } from '../../load/types.js';
import { at, OVERLAY_HINT, resolveLocal, type Json } from '../helpers.js';

/**
 * 3.2 `itemSchema` types the items of a sequential body. The SDKs read it on responses of
 * application/jsonl (x-ndjson), application/json-seq and text/event-stream (ir/build/operation.ts);
 * anywhere else it is ignored and the body is read by its `schema`, which this says.
 */
export function checkItemSchemas(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  const { document } = loaded;
  if (!isOpenApi32(loaded.sourceVersion) || !isPlainObject(document.paths)) return;
  const seen = new Set<Json>();
  const report = (media: Json, message: string) => {
    if (seen.has(media)) return;
    seen.add(media);
    diagnostics.warning('item-schema-ignored', `${message}. To fix: describe the body with 'schema', ${OVERLAY_HINT}`, at(loaded, media, 'itemSchema'));
  };
  for (const [path, value] of Object.entries(document.paths)) {
    const item = resolveLocal(document, value);
    if (!item) continue;
    for (const { requestMethod, operation } of pathItemOperations(item, loaded.sourceVersion)) {
      const where = `${requestMethod} ${path}`;
      for (const [mediaType, media] of contents(document, resolveLocal(document, operation.requestBody))) {
        report(media, `the request body of ${where} (${mediaType}) has an itemSchema; the SDK does not send bodies item by item, so it is ignored and the body is sent as one value of its 'schema'`);
      }
      const responses = isPlainObject(operation.responses) ? operation.responses : {};
      for (const [status, raw] of Object.entries(responses)) {
        for (const [mediaType, media] of contents(document, resolveLocal(document, raw))) {
          if (sequenceFormat(mediaType) !== undefined) continue;
          report(
            media,
            `the ${status} response of ${where} has an itemSchema on ${mediaType}, which the SDK does not read as a stream of items (it does for application/jsonl, application/x-ndjson, application/json-seq and text/event-stream); it is ignored, and the body is read by its 'schema'`,
          );
        }
      }
    }
  }
}

/** The media types of a request body or response that have an itemSchema (refs followed). */
function contents(document: Json, holder: Json | undefined): [string, Json][] {
  if (!holder || !isPlainObject(holder.content)) return [];
  const found: [string, Json][] = [];
  for (const [mediaType, raw] of Object.entries(holder.content)) {
    const media = resolveLocal(document, raw);
    if (media && media.itemSchema !== undefined) found.push([mediaType, media]);
  }
  return found;
}

/**
 * What the C# client cannot do that the IR describes, as warnings (pipeline.ts reports them):
 * a response that is a stream of items (3.2 itemSchema) has no item reader here, so its body
 * is handed over as a Stream. The TypeScript client reads such streams item by item.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ApiModel } from '../../ir/model.js';

export function csharpLimitations(api: ApiModel): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const op of api.operations) {
    const success = op.responses.find((r) => !r.isError && r.contents.length > 0);
    const content = success?.contents[0];
    if (!content?.sequence) continue;
    found.push({
      ...(op.source ?? {}),
      code: 'stream-raw-body',
      severity: 'warning',
      message:
        `${op.requestMethod} ${op.path} answers with a stream of items (${content.mediaType} with itemSchema); the C# SDK does not read item streams, ` +
        `so its response's body is the raw System.IO.Stream (read whole before the call returns). To use it: split and parse that stream in the calling code (${framing(content.sequence)}), or use the TypeScript SDK, which returns the parsed items`,
    });
  }
  return found;
}

function framing(sequence: 'jsonl' | 'json-seq' | 'sse'): string {
  if (sequence === 'jsonl') return 'one JSON value per line';
  if (sequence === 'json-seq') return 'one JSON value after each record separator, RFC 7464';
  return 'server-sent events';
}

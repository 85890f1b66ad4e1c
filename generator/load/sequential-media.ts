/**
 * Media types whose body is a sequence of items (OpenAPI 3.2 "sequential media types"), which
 * `itemSchema` describes item by item. Shared by the validation rule and the IR builder.
 */
export type SequenceFormat = 'jsonl' | 'json-seq' | 'sse';

const FORMATS: Record<string, SequenceFormat> = {
  'application/jsonl': 'jsonl',
  'application/x-jsonl': 'jsonl',
  'application/jsonlines': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/x-ndjson': 'jsonl',
  'application/ndjson': 'jsonl',
  'application/json-seq': 'json-seq',
  'text/event-stream': 'sse',
};

/** The sequence format of a media type (parameters and case ignored), or undefined for any other. */
export function sequenceFormat(mediaType: string): SequenceFormat | undefined {
  return FORMATS[mediaType.split(';')[0].trim().toLowerCase()];
}

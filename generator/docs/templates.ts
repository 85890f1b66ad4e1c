/**
 * Fixed prose of the docs (warnings, sentences, the C# HTTPMetadata page) lives in
 * `templates/docs/` so wording changes do not touch code. Read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// generator/docs/ (sources) and dist/docs/ (build) are both two levels below the package root.
const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/docs/', import.meta.url));

export interface Fragments {
  notAvailable: string;
  deprecatedModel: string;
  deprecatedField: string;
  /** `{type}` stands for the branded type's parameter (`string`, `number`). */
  openEnum: string;
  csharpUnionValues: string;
  /** Section titles of a model page. */
  headings: { fields: string; values: string; supportedTypes: string; exampleUsage: string };
}

export interface FixedModelDoc {
  name: string;
  fields: { field: string; type: string; required: boolean; description: string }[];
}

const cache = new Map<string, unknown>();

function readJson<T>(file: string): T {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(TEMPLATE_DIR + file, 'utf8')));
  return cache.get(file) as T;
}

export function fragments(): Fragments {
  return readJson<Fragments>('fragments.json');
}

export function csharpHttpMetadata(): FixedModelDoc {
  return readJson<FixedModelDoc>('csharp-http-metadata.json');
}

export interface RetryConfigText {
  intro: string;
  backoffIntro: string;
  defaultColumn: string;
  whenOmitted: string;
  /** Description of each field of RetryConfig and BackoffStrategy, by name. */
  fields: Record<string, string>;
  /** What leaving a field out of a policy means, for fields whose runtime fallback is not a value. */
  omitted: Record<string, string>;
}

export function retryConfigText(): RetryConfigText {
  return readJson<RetryConfigText>('retry-config.json');
}

/**
 * `docs/lib/utils/retryconfig.md` of the TypeScript package: the `RetryConfig` and
 * `BackoffStrategy` types the client exports. Field names, types and default values are read
 * from the runtime source (templates/runtime/typescript/retries.ts) at generation time, so the
 * page cannot drift from the code; the wording is in templates/docs/retry-config.json.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as TS from 'typescript';
import { heading, italic, link, renderTable } from './markdown.js';
import { retryConfigText } from './templates.js';

/** Path of the page, relative to the package root. */
export const RETRY_CONFIG_PAGE = 'docs/lib/utils/retryconfig.md';

// generator/docs/ (sources) and dist/docs/ (build) are both two levels below the package root.
const RETRIES_SOURCE = fileURLToPath(new URL('../../templates/runtime/typescript/retries.ts', import.meta.url));

export interface RuntimeField {
  name: string;
  optional: boolean;
  /** Type as written in the source (`readonly string[]`, `"none" | "backoff"`). */
  type: string;
}

/** What the page shows, as found in the runtime source. */
export interface RetryTypes {
  retryConfig: RuntimeField[];
  backoff: RuntimeField[];
  /** `DEFAULT_RETRIES`, values as source text (`500`, `["408", "429"]`). */
  defaultPolicy: Record<string, string>;
  /** `DEFAULT_BACKOFF`: what a policy of one's own gets for a timing it leaves out. */
  defaultBackoff: Record<string, string>;
}

let cached: RetryTypes | undefined;

/**
 * The TypeScript compiler that ts-morph bundles, required only when the page is rendered: a C#
 * run imports this module too and should not pay for loading the compiler.
 */
function typescriptApi(): typeof TS {
  const require = createRequire(import.meta.url);
  return (require('ts-morph') as typeof import('ts-morph')).ts as unknown as typeof TS;
}

export function runtimeRetryTypes(): RetryTypes {
  cached ??= readRetryTypes(readFileSync(RETRIES_SOURCE, 'utf8'));
  return cached;
}

/** Reads the two types and the two default constants out of retries.ts. */
export function readRetryTypes(text: string): RetryTypes {
  const ts = typescriptApi();
  const file = ts.createSourceFile('retries.ts', text, ts.ScriptTarget.Latest, true);
  const result: RetryTypes = { retryConfig: [], backoff: [], defaultPolicy: {}, defaultBackoff: {} };
  const fieldsOf = (members: readonly TS.TypeElement[]): RuntimeField[] =>
    members.filter(ts.isPropertySignature).map((m) => ({ name: m.name.getText(file), optional: m.questionToken !== undefined, type: m.type?.getText(file) ?? 'unknown' }));
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === 'BackoffStrategy') result.backoff = fieldsOf(statement.members);
    if (ts.isTypeAliasDeclaration(statement) && statement.name.text === 'RetryConfig') {
      const variants: readonly TS.TypeNode[] = ts.isUnionTypeNode(statement.type) ? statement.type.types : [statement.type];
      result.retryConfig = mergeVariants(variants.filter((v): v is TS.TypeLiteralNode => ts.isTypeLiteralNode(v)).map((v) => fieldsOf(v.members)));
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText(file);
        const init = declaration.initializer;
        if (!init || !ts.isObjectLiteralExpression(init)) continue;
        if (name === 'DEFAULT_RETRIES') result.defaultPolicy = objectValues(ts, file, init);
        if (name === 'DEFAULT_BACKOFF') result.defaultBackoff = objectValues(ts, file, init);
      }
    }
  }
  return result;
}

/** One row per field over all variants of the union; literal types of a shared field are joined. */
function mergeVariants(variants: RuntimeField[][]): RuntimeField[] {
  const merged: RuntimeField[] = [];
  for (const fields of variants) {
    for (const field of fields) {
      const earlier = merged.find((f) => f.name === field.name);
      if (!earlier) merged.push({ ...field, optional: field.optional || variants.some((v) => !v.some((f) => f.name === field.name)) });
      else if (earlier.type !== field.type) earlier.type = `${earlier.type} | ${field.type}`;
    }
  }
  return merged;
}

/** Property values of an object literal; nested objects are flattened as `backoff.initialInterval`. */
function objectValues(ts: typeof TS, file: TS.SourceFile, object: TS.ObjectLiteralExpression, prefix = ''): Record<string, string> {
  const values: Record<string, string> = {};
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) continue;
    const key = prefix + property.name.getText(file);
    if (ts.isObjectLiteralExpression(property.initializer)) Object.assign(values, objectValues(ts, file, property.initializer, `${key}.`));
    else values[key] = property.initializer.getText(file).replace(/(\d)_(\d)/g, '$1$2');
  }
  return values;
}

/** The page, from the runtime's types and the fixed wording. */
export function retryConfigPage(types: RetryTypes = runtimeRetryTypes()): string {
  const words = retryConfigText();
  const required = (f: RuntimeField) => (f.optional ? ':heavy_minus_sign:' : ':heavy_check_mark:');
  const header = ['Field', 'Type', 'Required', 'Description', words.defaultColumn];
  const configRows = types.retryConfig.map((f) => [
    `\`${f.name}\``,
    typeCell(f.type),
    required(f),
    describe(words, f.name, words.omitted[f.name]),
    code(types.defaultPolicy[f.name] ?? (f.name === 'backoff' ? 'see below' : '')),
  ]);
  const backoffRows = types.backoff.map((f) => [
    `\`${f.name}\``,
    typeCell(f.type),
    required(f),
    describe(words, f.name, types.defaultBackoff[f.name] !== undefined ? `\`${types.defaultBackoff[f.name]}\`` : undefined),
    code(types.defaultPolicy[`backoff.${f.name}`] ?? ''),
  ]);
  return (
    [
      heading(1, 'RetryConfig'),
      words.intro,
      heading(2, 'Fields'),
      renderTable(header, configRows),
      heading(2, 'BackoffStrategy'),
      words.backoffIntro,
      heading(3, 'Fields'),
      renderTable(header, backoffRows),
    ].join('\n\n') + '\n'
  );
}

function describe(words: ReturnType<typeof retryConfigText>, name: string, omitted: string | undefined): string {
  const text = words.fields[name] ?? 'N/A';
  return omitted === undefined ? text : `${text} ${words.whenOmitted} ${omitted}.`;
}

/** `number` → `*number*`, `readonly string[]` → `*string*[]`, the strategy union as code. */
function typeCell(type: string): string {
  if (type === 'BackoffStrategy') return link('BackoffStrategy', '#backoffstrategy');
  const array = /^(?:readonly )?(\w+)\[\]$/.exec(type);
  if (array) return `${italic(array[1])}[]`;
  if (/^\w+$/.test(type)) return italic(type);
  return `\`${type}\``;
}

function code(value: string): string {
  return value === '' || value === 'see below' ? value : `\`${value}\``;
}

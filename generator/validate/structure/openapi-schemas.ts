import { createRequire } from 'node:module';
import type { AnySchema, ErrorObject, ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

export type Family = '2.0' | '3.0' | '3.1' | '3.2';
export type SchemaNode = Record<string, unknown>;

/**
 * The official JSON Schema of one OpenAPI version (as published in
 * `@seriousme/openapi-schema-validator`, which tracks spec.openapis.org), compiled with ajv.
 * 2.0 and 3.0 are written in draft-04, 3.1 and 3.2 in draft 2020-12. The 3.1/3.2 schemas do not
 * describe Schema Objects (any object or boolean passes); the 2.0/3.0 ones do.
 */
export interface OpenApiSchema {
  family: Family;
  /** Validates a whole document; every error (ajv `allErrors`, `verbose`). */
  validate(document: unknown): ErrorObject[];
  /** Validates `data` against the subschema at `pointer` (a JSON pointer into the schema, `#/...`). */
  validateAt(pointer: string, data: unknown): ErrorObject[];
  /** Where `node` (an object of the schema) is, as a JSON pointer; undefined if it is not one. */
  pointerOf(node: unknown): string | undefined;
  /** The definition (`definitions/X`, `$defs/x`) that `node` is, or is inside of. */
  definitionOf(node: unknown): string | undefined;
  /** The subschema a local `$ref` of the schema points to. */
  resolve(ref: string): SchemaNode | undefined;
}

const compiled = new Map<Family, OpenApiSchema>();

/**
 * The compiled schema of a version. Compiled on first use and kept for the process: compiling
 * costs a hundred milliseconds or more, validating a large document a few tens.
 */
export function openApiSchema(family: Family): OpenApiSchema {
  let schema = compiled.get(family);
  if (!schema) compiled.set(family, (schema = compile(family)));
  return schema;
}

type AjvInstance = import('ajv').default;
type AjvConstructor = new (options: import('ajv').Options) => AjvInstance;

function compile(family: Family): OpenApiSchema {
  const json = require(`@seriousme/openapi-schema-validator/schemas/v${family}/schema.json`) as SchemaNode;
  const draft04 = String(json.$schema).includes('draft-04');
  const Ajv = (draft04 ? require('ajv-draft-04') : require('ajv/dist/2020.js')) as { default: AjvConstructor };
  const ajv = new Ajv.default({
    // The published schemas are not written for ajv's strict mode, and formats (uri, email) are
    // not structure: the generator reads such a value as the string it is.
    strict: false,
    validateFormats: false,
    validateSchema: false,
    allErrors: true,
    // The failing value and its schema on every error: what the messages are made from.
    verbose: true,
    // Each definition compiled once as a function of its own, and the code not optimised: a
    // third of the compile time (about 100 ms instead of 300), for validation as fast.
    inlineRefs: false,
    code: { optimize: false },
  });
  ajv.addSchema(json as AnySchema, 'oas');
  const root = ajv.getSchema('oas') as ValidateFunction;
  const branches = new Map<string, ValidateFunction | undefined>();
  let index: SchemaIndex | undefined;
  const indexOf = () => (index ??= indexSchema(json));
  return {
    family,
    validate(document) {
      return root(document) ? [] : [...(root.errors ?? [])];
    },
    validateAt(pointer, data) {
      // ajv takes the fragment as a URI fragment: each pointer segment %-encoded.
      if (!branches.has(pointer)) branches.set(pointer, ajv.getSchema(`oas#${pointer.slice(1).split('/').map(encodeURIComponent).join('/')}`));
      const fn = branches.get(pointer);
      if (!fn || fn(data)) return [];
      return [...(fn.errors ?? [])];
    },
    pointerOf: (node) => (typeof node === 'object' && node !== null ? indexOf().pointers.get(node) : undefined),
    definitionOf: (node) => (typeof node === 'object' && node !== null ? indexOf().definitions.get(node) : undefined),
    resolve(ref) {
      if (!ref.startsWith('#/')) return undefined;
      let node: unknown = json;
      for (const part of ref.slice(2).split('/')) {
        const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
        node = typeof node === 'object' && node !== null ? (node as SchemaNode)[key] : undefined;
      }
      return typeof node === 'object' && node !== null ? (node as SchemaNode) : undefined;
    },
  };
}

interface SchemaIndex {
  pointers: WeakMap<object, string>;
  definitions: WeakMap<object, string>;
}

/** Every object of the schema: its pointer, and the definition it belongs to. */
function indexSchema(json: SchemaNode): SchemaIndex {
  const pointers = new WeakMap<object, string>();
  const definitions = new WeakMap<object, string>();
  const visit = (node: unknown, pointer: string, definition: string | undefined) => {
    if (typeof node !== 'object' || node === null || pointers.has(node)) return;
    pointers.set(node, pointer);
    if (definition) definitions.set(node, definition);
    for (const [key, child] of Object.entries(node)) {
      const inDefinitions = !Array.isArray(node) && (pointer === '#/definitions' || pointer === '#/$defs');
      visit(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, inDefinitions ? key : definition);
    }
  };
  visit(json, '#', undefined);
  return { pointers, definitions };
}

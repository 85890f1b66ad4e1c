import type { ErrorObject } from 'ajv';
import type { Diagnostic, Severity } from '../../diagnostics/diagnostic.js';
import type { LoadedSpec } from '../../load/types.js';
import { childKind, type ChildKind } from '../../resolve/kinds.js';
import { OVERLAY_HINT } from '../helpers.js';
import { instanceAt, locateInstance, valueAt, valuesAlong, type Instance } from './instance.js';
import type { OpenApiSchema, SchemaNode } from './openapi-schemas.js';
import { closestName } from './suggest.js';
import { article, definitionWords, foundWords, placeName, quotedList, typeWords } from './words.js';

export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  where: Partial<Diagnostic>;
}

export interface ReportContext {
  loaded: LoadedSpec;
  /** The document validated: what the author wrote (for Swagger 2.0, before the upgrade). */
  document: object;
  schema: OpenApiSchema;
}

/** Fields that only document the API: a value of the wrong type there is ignored, not fatal. */
const DOCUMENTATION_FIELDS = new Set(['info', 'contact', 'license', 'externalDocs', 'tags', 'xml', 'example', 'examples', 'links', 'callbacks', 'webhooks', 'encoding', 'scopes', 'discriminator']);
/** Maps whose entries are named by the author: an entry's field is the map's. */
const MAPS = new Set([
  'paths',
  'responses',
  'content',
  'schemas',
  'definitions',
  'headers',
  'examples',
  'links',
  'callbacks',
  'securitySchemes',
  'securityDefinitions',
  'requestBodies',
  'variables',
  'properties',
  'webhooks',
  'encoding',
  'pathItems',
  'scopes',
  'mapping',
]);
export const SCHEMA_KEYWORDS = new Set([
  'type',
  'format',
  'items',
  'enum',
  'default',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'multipleOf',
  'collectionFormat',
]);
const INFO_FIELDS = new Set(['title', 'description', 'version', 'termsOfService', 'contact', 'license', 'summary']);

/** What the SDK does without a required field, where it is known to do something in particular. */
const MISSING_FALLBACK: Record<string, string> = {
  paths: 'the SDK has no operations',
  info: "the SDK takes the API's title to be 'API'",
  title: "the SDK takes the API's title to be 'API'",
  version: "the SDK takes the API's version to be empty",
  name: 'the SDK leaves the parameter out',
  in: 'the SDK leaves the parameter out',
  description: 'the SDK documents it without a description',
  responses: 'the SDK generates the operation with no documented response',
};

/**
 * One located diagnostic for a (collapsed) ajv error, or undefined where another rule already
 * reports the problem (a schema's `type`, a 2.0 `in: body` in a 3.x parameter, a `$ref` that is
 * not a string) or the loader did (the version field).
 */
export function findingFor(error: ErrorObject, ctx: ReportContext): Finding | undefined {
  const instance = instanceAt(ctx.document, error.instancePath);
  if (coveredElsewhere(error, instance, ctx)) return undefined;
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return unknownField(error, instance, memberName(error), ctx);
    case 'type':
      return wrongType(error, instance, ctx);
    case 'required':
      return missingField(error, instance, (error.params as { missingProperty: string }).missingProperty, ctx);
    case 'enum':
    case 'const':
      return notAllowed(error, instance, ctx);
    case 'propertyNames':
      return badName(error, instance, String((error.params as { propertyName: unknown }).propertyName), ctx);
    default:
      return otherConstraint(error, instance, ctx);
  }
}

function coveredElsewhere(error: ErrorObject, instance: Instance, ctx: ReportContext): boolean {
  const s = instance.segments;
  if (s.length === 1 && (s[0] === 'openapi' || s[0] === 'swagger')) return true;
  if (instance.key === '$ref') return true;
  // A name's own pattern error; the `propertyNames` error after it says it better.
  if (error.keyword === 'pattern' && (error as { propertyName?: string }).propertyName !== undefined) return true;
  const kinds = kindsOf(instance);
  // schema-types reports a schema's `type`; schema-values a non-schema where a schema belongs.
  if (kinds[kinds.length - 2] === 'schema' && instance.key === 'type') return true;
  if (kinds[kinds.length - 1] === 'schema' && error.keyword === 'type') return true;
  // A 2.0 parameter's or header's `type` becomes its schema's in the upgrade, which schema-types reads.
  if (ctx.schema.family === '2.0' && instance.key === 'type' && (kinds[kinds.length - 2] === 'parameter' || kinds[kinds.length - 2] === 'header')) return true;
  if (ctx.schema.family === '3.2') {
    // additional-operations reports an `additionalOperations` key that is no method of its own;
    // query-string a `querystring` parameter beside `in: query` ones or another `querystring`.
    if (kinds[kinds.length - 1] === 'operationMap' && !isMember(error)) return true;
    if (kinds[kinds.length - 1] === 'parameterList' && ['not', 'contains', 'minContains', 'maxContains'].includes(error.keyword)) return true;
  }
  if (ctx.schema.family !== '2.0') {
    // swagger2-constructs reports `in: body` parameters and 2.0 fields in an OpenAPI 3 document.
    const values = valuesAlong(ctx.document, instance);
    if (kinds.some((k, i) => k === 'parameter' && isSwagger2Parameter(values[i]))) return true;
    if (isMember(error)) {
      const field = memberName(error);
      if (s.length === 0 && SWAGGER2_ROOT_FIELDS.has(field)) return true;
      if (kinds[kinds.length - 1] === 'operation' && (field === 'consumes' || field === 'produces')) return true;
    }
  }
  return false;
}

const SWAGGER2_ROOT_FIELDS = new Set(['definitions', 'securityDefinitions', 'host', 'basePath', 'schemes', 'consumes', 'produces']);

function isSwagger2Parameter(value: unknown): boolean {
  const where = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).in : undefined;
  return where === 'body' || where === 'formData';
}

function isMember(error: ErrorObject): boolean {
  return error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties';
}

function memberName(error: ErrorObject): string {
  const params = error.params as { additionalProperty?: string; unevaluatedProperty?: string };
  return String(params.additionalProperty ?? params.unevaluatedProperty);
}

/** The kind (resolve/kinds.ts) of the root and of each value down to the instance. */
function kindsOf(instance: Instance): ChildKind[] {
  const kinds: ChildKind[] = ['root'];
  let kind: ChildKind = 'root';
  for (const key of instance.segments) {
    kind = kind === null ? null : childKind(kind, key, typeof key === 'number');
    kinds.push(kind);
  }
  return kinds;
}

function inSchema(instance: Instance): boolean {
  return kindsOf(instance).includes('schema');
}

function unknownField(error: ErrorObject, instance: Instance, field: string, ctx: ReportContext): Finding {
  const where = locateInstance(ctx.loaded, ctx.document, instance, field);
  const place = placeName(instance);
  const parent = error.parentSchema as SchemaNode | undefined;
  const patterns = Object.keys((parent?.patternProperties as SchemaNode | undefined) ?? {});
  if (patterns.some((p) => p.startsWith('^\\/') || p === '^/')) {
    return warning(
      'structure-unknown-field',
      `path '${field}' does not start with '/'; the SDK still generates its operations, with the path as written. To fix: write it as '/${field}', ${OVERLAY_HINT}`,
      where,
    );
  }
  if (patterns.some((p) => p.includes('[1-5]') || p.includes('[0-9]{3}'))) {
    const upper = /^[1-5]xx$/i.test(field) ? ` as '${field.toUpperCase()}'` : " as a status code such as '200' or a range such as '2XX', or as 'default'";
    return warning(
      'structure-unknown-field',
      `'${field}' in ${subjectOf(instance)} is not a status code (100 to 599, 1XX to 5XX) or 'default'; the SDK still reads it as a response. To fix: write it${upper}, ${OVERLAY_HINT}`,
      where,
    );
  }
  const names = allowedNames(parent, ctx.schema);
  const suggestion = closestName(field, names);
  const what = definitionWords(ctx.schema.definitionOf(parent));
  if (!suggestion && what !== undefined && /parameter|header/.test(what) && SCHEMA_KEYWORDS.has(field) && names.includes('schema')) {
    return warning(
      'structure-unknown-field',
      `'${field}' in the ${what} at ${place} is a schema keyword, which OpenAPI 3 reads only inside 'schema' (Swagger 2.0 had it on the ${what} itself); it is ignored, so the ${what} has no type of its own. To fix: move it into 'schema' ('schema: { ${field}: … }'), ${OVERLAY_HINT}`,
      where,
    );
  }
  if (!suggestion && instance.segments.length === 0 && INFO_FIELDS.has(field)) {
    return warning('structure-unknown-field', `unknown field '${field}' at the document root; it belongs in 'info' and is ignored here. To fix: move it into 'info', ${OVERLAY_HINT}`, where);
  }
  const inWhat = instance.segments.length === 0 ? 'at the document root' : `in ${what ? `the ${what} at ` : ''}${place}`;
  const hint = suggestion ? ` did you mean '${suggestion}'?` : '';
  const fix = suggestion
    ? `rename it to '${suggestion}'`
    : `remove it, or name it with an 'x-' prefix to keep it as an extension${names.length > 0 ? ` (the fields here are ${quotedList(names)})` : ''}`;
  return warning('structure-unknown-field', `unknown field '${field}' ${inWhat};${hint} ${hint ? 'It' : 'it'} is ignored. To fix: ${fix}, ${OVERLAY_HINT}`, where);
}

function wrongType(error: ErrorObject, instance: Instance, ctx: ReportContext): Finding {
  const expectedTypes = String((error.params as { type: unknown }).type).split(',');
  const value = error.data;
  const where = locateInstance(ctx.loaded, ctx.document, instance);
  const field = fieldOf(instance);
  const subject = subjectOf(instance);
  const expectedDefinition = definitionWords(definitionIfWhole(error.parentSchema, ctx.schema));
  const expected =
    expectedDefinition && expectedTypes.includes('object')
      ? expectedDefinition.endsWith('s')
        ? `a mapping of ${expectedDefinition}`
        : `${article(expectedDefinition)} (a mapping)`
      : expectedTypes.map(typeWords).join(' or ');
  const found = foundWords(value);
  const container = expectedTypes.some((t) => t === 'object' || t === 'array');
  const empty = value === null || (container && typeof value === 'object' && Object.keys(value as object).length === 0);
  if (empty) {
    // Nothing is lost: `paths: []`, `parameters: {}` or a bare `servers:` say "none".
    return warning(
      'structure-wrong-type',
      `${subject} is ${value === null ? 'empty (null)' : found}; expected ${expected}. The SDK reads it as not given. To fix: give its value or remove the field, ${OVERLAY_HINT}`,
      where,
    );
  }
  if (container && !inSchema(instance) && !DOCUMENTATION_FIELDS.has(field)) {
    return error_(
      'structure-wrong-type',
      `${subject} is ${found}; expected ${expected}, and the SDK cannot read ${field === '' ? 'it' : `'${field}'`} from anything else. To fix: ${containerFix(expectedTypes, value, expectedDefinition)}, ${OVERLAY_HINT}`,
      where,
    );
  }
  return warning('structure-wrong-type', `${subject} is ${found}; expected ${expected}. The SDK ignores the value. To fix: write it as ${expected}, ${OVERLAY_HINT}`, where);
}

function containerFix(expected: string[], value: unknown, definition: string | undefined): string {
  if (expected.includes('object') && Array.isArray(value)) {
    return value.length === 1 && typeof value[0] === 'object' && value[0] !== null && !Array.isArray(value[0])
      ? "remove the list around it: the one mapping in it ('- ' dropped) is what belongs here"
      : `write it as ${definition && !definition.endsWith('s') ? `one ${definition}` : 'a mapping'}, not a list`;
  }
  if (expected.includes('array') && value !== null && typeof value === 'object') {
    return "make it a list: put each entry on its own line starting with '- ' (a single mapping becomes a list of one)";
  }
  return `replace the value by ${expected.includes('array') ? 'a list' : definition && !definition.endsWith('s') ? article(definition) : 'a mapping'}`;
}

function missingField(error: ErrorObject, instance: Instance, field: string, ctx: ReportContext): Finding {
  const definition = ctx.schema.definitionOf(error.parentSchema);
  const alternatives = (error.params as { alternatives?: string[] }).alternatives;
  const kinds = kindsOf(instance);
  const kind = kinds[kinds.length - 1];
  const what = kind === 'parameter' ? 'parameter' : definition === 'SchemaXORContent' ? undefined : definitionWords(definition);
  const place = instance.segments.length === 0 ? 'the document' : `${what ? `the ${what} at ` : ''}${placeName(instance)}`;
  const where = locateInstance(ctx.loaded, ctx.document, instance);
  if (kind === 'responses' || /^responses$/i.test(definition ?? '')) {
    return warning(
      'structure-missing-field',
      `${subjectOf(instance)} has no response; expected at least one status code (such as '200') or 'default'; the SDK generates the operation with no documented response. To fix: add the responses the operation gives, ${OVERLAY_HINT}`,
      where,
    );
  }
  if (alternatives && alternatives.length > 1) {
    const fallback = alternatives.includes('schema') ? 'the SDK takes its value to be of any type' : `the SDK reads the ${what ?? 'object'} without them`;
    return warning(
      'structure-missing-field',
      `${place} has ${alternatives.length === 2 ? `neither '${alternatives[0]}' nor '${alternatives[1]}'` : `none of ${quotedList(alternatives)}`}; expected one of them; ${fallback}. To fix: add ${alternatives.includes('schema') ? "'schema' (for example 'schema: { type: string }')" : 'one of them'}, ${OVERLAY_HINT}`,
      where,
    );
  }
  if (field === 'required' && kind === 'parameter') {
    return warning(
      'structure-missing-field',
      `${place} is a path parameter without 'required: true', which path parameters must have; the SDK takes it as required. To fix: add 'required: true', ${OVERLAY_HINT}`,
      where,
    );
  }
  const fallback = MISSING_FALLBACK[field] ?? `the SDK reads ${instance.segments.length === 0 ? 'it' : `the ${what ?? 'object'}`} without it`;
  return warning('structure-missing-field', `${place} has no '${field}', which is required; ${fallback}. To fix: add '${field}', ${OVERLAY_HINT}`, where);
}

function notAllowed(error: ErrorObject, instance: Instance, ctx: ReportContext): Finding {
  const params = error.params as { allowedValues?: unknown[]; allowedValue?: unknown };
  const allowed = params.allowedValues ?? [params.allowedValue];
  const field = String(instance.key ?? '');
  const consequence = field === 'in' ? 'the SDK leaves the parameter out' : field === 'style' ? 'the SDK uses the default style for its location' : 'the SDK ignores the value';
  const suggestion =
    typeof error.data === 'string'
      ? closestName(
          error.data,
          allowed.filter((v): v is string => typeof v === 'string'),
        )
      : undefined;
  return warning(
    'structure-invalid-value',
    `${subjectOf(instance)} is ${foundWords(error.data)}; expected ${allowed.length === 1 ? JSON.stringify(allowed[0]) : `one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; ${consequence}. To fix: ${suggestion ? `write '${suggestion}'` : 'write one of those'}, ${OVERLAY_HINT}`,
    locateInstance(ctx.loaded, ctx.document, instance),
  );
}

function badName(error: ErrorObject, instance: Instance, name: string, ctx: ReportContext): Finding {
  return warning(
    'structure-invalid-value',
    `the name '${name}' in ${placeName(instance)} has characters other than letters, digits, '.', '-' and '_', which component names are limited to; the SDK still uses it (class names keep only letters and digits). To fix: rename it and every $ref to it, ${OVERLAY_HINT}`,
    locateInstance(ctx.loaded, ctx.document, instance, name),
  );
}

function otherConstraint(error: ErrorObject, instance: Instance, ctx: ReportContext): Finding {
  const subject = subjectOf(instance);
  const where = locateInstance(ctx.loaded, ctx.document, instance);
  const value = valueAt(ctx.document, instance);
  const p = error.params as Record<string, unknown>;
  const kinds = kindsOf(instance);
  let problem: string;
  let fix: string;
  let fallback = 'the SDK reads it as written';
  if (kinds[kinds.length - 1] === 'responses' && (error.keyword === 'minProperties' || error.keyword === 'not')) {
    return missingField({ ...error, keyword: 'required', params: { missingProperty: 'default' } }, instance, 'default', ctx);
  }
  switch (error.keyword) {
    case 'minProperties':
    case 'minItems':
      problem = `is empty; expected at least ${String(p.limit)} ${error.keyword === 'minItems' ? 'entry' : 'member'}${p.limit === 1 ? '' : 's'}`;
      fix = 'add an entry, or remove the field';
      break;
    case 'uniqueItems':
      problem = `repeats an entry (entries ${String(p.j)} and ${String(p.i)} are equal); expected each entry once`;
      fix = 'remove the repeated entry';
      break;
    case 'pattern':
      problem = `is ${foundWords(value)}, which does not have the form required there (${String(p.pattern)})`;
      fix = 'write a value of that form';
      break;
    case 'not': {
      const excluded = ((error.schema as SchemaNode | undefined)?.required as string[] | undefined) ?? [];
      problem = excluded.length > 1 ? `has both ${quotedList(excluded, 8, ' and ')}; expected only one of them` : 'has a form the specification rules out here';
      fix = excluded.length > 1 ? 'keep one of them' : 'change it to what the specification allows';
      break;
    }
    case 'oneOf':
      problem = 'matches more than one of the forms allowed here; expected exactly one';
      fix = 'remove the members that belong to the other form';
      break;
    default:
      problem = `does not meet '${error.keyword}' of the specification (${error.message ?? 'invalid'})`;
      fix = 'change it to what the specification allows';
      fallback = 'the SDK reads it as written';
  }
  return warning('structure-invalid-value', `${subject} ${problem}; ${fallback}. To fix: ${fix}, ${OVERLAY_HINT}`, where);
}

/** `'requestBody' of GET /users`, `the responses of GET /users`, `the document root`. */
function subjectOf(instance: Instance): string {
  const s = instance.segments;
  if (s.length === 0) return 'the document root';
  const key = s[s.length - 1];
  const parent: Instance = { segments: s.slice(0, -1), parent: undefined, key: undefined };
  if (typeof key === 'number') return `entry ${key} of ${subjectOf(parent)}`;
  if (s.length === 1) return `'${key}'`;
  return `'${key}' of ${placeName(parent)}`;
}

/** The field a value is for: a list entry's or a map entry's is that of the list or map. */
function fieldOf(instance: Instance): string {
  const s = instance.segments;
  let i = s.length - 1;
  while (i >= 0 && typeof s[i] === 'number') i--;
  if (i >= 1 && MAPS.has(String(s[i - 1])) && i === s.length - 1) return String(s[i - 1]);
  return i >= 0 ? String(s[i]) : '';
}

/** The definition `node` is as a whole (not a part of it), for "expected a request body". */
function definitionIfWhole(node: unknown, schema: OpenApiSchema): string | undefined {
  const definition = schema.definitionOf(node);
  if (definition === undefined) return undefined;
  const pointer = schema.pointerOf(node);
  return pointer === `#/definitions/${definition}` || pointer === `#/$defs/${definition}` ? definition : undefined;
}

/** The fixed field names an object schema declares (through `$ref` and `allOf`). */
export function allowedNames(node: unknown, schema: OpenApiSchema): string[] {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (n: unknown, depth: number) => {
    if (typeof n !== 'object' || n === null || seen.has(n) || depth > 4) return;
    seen.add(n);
    const record = n as SchemaNode;
    if (typeof record.properties === 'object' && record.properties !== null) for (const k of Object.keys(record.properties)) names.add(k);
    if (typeof record.$ref === 'string') visit(schema.resolve(record.$ref), depth + 1);
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
      const list = record[key];
      if (Array.isArray(list)) for (const item of list) visit(item, depth + 1);
    }
    for (const key of ['then', 'else']) visit(record[key], depth + 1);
    if (typeof record.dependentSchemas === 'object' && record.dependentSchemas !== null) {
      for (const item of Object.values(record.dependentSchemas)) visit(item, depth + 1);
    }
  };
  visit(node, 0);
  return [...names];
}

function warning(code: string, message: string, where: Partial<Diagnostic>): Finding {
  return { severity: 'warning', code, message, where };
}

function error_(code: string, message: string, where: Partial<Diagnostic>): Finding {
  return { severity: 'error', code, message, where };
}

import type { ErrorObject } from 'ajv';
import type { OpenApiSchema } from './openapi-schemas.js';

/** Keywords whose error only says that one of the alternatives around it failed. */
const ALTERNATIVES = new Set(['oneOf', 'anyOf']);
const SUMMARIES = new Set(['if', 'then', 'else']);

interface Item {
  /** How many raw errors of ajv's list this item stands for. */
  raw: number;
  errors: ErrorObject[];
}

/**
 * ajv's raw errors, with every failed `oneOf`/`anyOf` replaced by the errors of its most
 * specific alternative: a `{ requestBody: [...] }` fails both "a Request Body Object" and "a
 * Reference Object", and only the first is what the author meant. Summaries (`if`, and the
 * `oneOf` error itself) are dropped. Errors are kept in ajv's (document) order, without repeats.
 */
export function collapseErrors(errors: readonly ErrorObject[], schema: OpenApiSchema): ErrorObject[] {
  const items: Item[] = [];
  for (const error of errors) {
    if (SUMMARIES.has(error.keyword)) {
      items.push({ raw: 1, errors: [] });
    } else if (ALTERNATIVES.has(error.keyword)) {
      items.push(collapseAlternatives(error, items, schema));
    } else {
      items.push({ raw: 1, errors: [error] });
    }
  }
  // A value of the wrong JSON type fails everything else its schema says too (a string is not
  // "both example and examples"): the type is the error.
  const mistyped = new Set(items.flatMap((i) => i.errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath)));
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const item of items) {
    for (const error of item.errors) {
      if (error.keyword !== 'type' && mistyped.has(error.instancePath)) continue;
      const key = `${error.instancePath}\u0000${error.keyword}\u0000${JSON.stringify(error.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(error);
    }
  }
  return out;
}

/**
 * The errors of a failed `oneOf`/`anyOf` are the block just before it in ajv's list (ajv records
 * each alternative's errors, then the summary). Each alternative is validated again on its own
 * to know which errors are its, the best one is kept, and the block is taken off `items`.
 */
function collapseAlternatives(error: ErrorObject, items: Item[], schema: OpenApiSchema): Item {
  const pointer = schema.pointerOf(error.schema);
  const alternatives = Array.isArray(error.schema) ? error.schema : [];
  // Alternatives outside the OpenAPI schema (draft-04's own `type`, in a 2.0 schema): the
  // errors before the summary say it.
  if (pointer === undefined || alternatives.length === 0) return { raw: 1, errors: [] };
  const branches = alternatives.map((branch, i) => {
    const raw = schema.validateAt(`${pointer}/${i}`, error.data).map((e) => ({ ...e, instancePath: error.instancePath + e.instancePath }));
    return { branch: branch as unknown, raw: raw.length, errors: collapseErrors(raw, schema) };
  });
  const blockSize = branches.reduce((n, b) => n + b.raw, 0);
  let taken = 0;
  while (taken < blockSize && items.length > 0) taken += items.pop()!.raw;
  const failed = branches.filter((b) => b.raw > 0);
  // More than one alternative matched (or the block did not add up): the summary is the error.
  if (failed.length === branches.length && taken === blockSize) {
    const selector = commonSelector(failed, error) ?? oneOfRequired(failed, error);
    if (selector) return { raw: blockSize + 1, errors: [selector] };
    const best = bestBranch(failed, error, schema);
    return { raw: blockSize + 1, errors: best.errors };
  }
  return { raw: taken + 1, errors: [error] };
}

/**
 * When every alternative fails on one member's value (`in` of a 3.0 parameter, `type` of a
 * security scheme), the error is that member: one `enum` error listing every value it may take.
 */
function commonSelector(branches: Branch[], error: ErrorObject): ErrorObject | undefined {
  let path: string | undefined;
  const allowed: unknown[] = [];
  for (const b of branches) {
    const found = b.errors.find((e) => (e.keyword === 'enum' || e.keyword === 'const') && isChildOf(e.instancePath, error.instancePath));
    if (!found || (path !== undefined && found.instancePath !== path)) return undefined;
    path = found.instancePath;
    const values = found.keyword === 'enum' ? (found.params as { allowedValues: unknown[] }).allowedValues : [(found.params as { allowedValue: unknown }).allowedValue];
    for (const v of values) if (!allowed.includes(v)) allowed.push(v);
  }
  const first = branches[0].errors.find((e) => e.instancePath === path)!;
  return { ...first, keyword: 'enum', params: { allowedValues: allowed } };
}

/**
 * When each alternative only requires a different member (`schema` or `content` of a
 * parameter), the error is that none is there: one `required` error naming them all.
 */
function oneOfRequired(branches: Branch[], error: ErrorObject): ErrorObject | undefined {
  const names: string[] = [];
  for (const b of branches) {
    if (b.errors.length !== 1 || b.errors[0].keyword !== 'required' || b.errors[0].instancePath !== error.instancePath) return undefined;
    names.push((b.errors[0].params as { missingProperty: string }).missingProperty);
  }
  return { ...branches[0].errors[0], params: { missingProperty: names[0], alternatives: names } };
}

function isChildOf(path: string, parent: string): boolean {
  return path.startsWith(parent + '/') && !path.slice(parent.length + 1).includes('/');
}

interface Branch {
  branch: unknown;
  errors: ErrorObject[];
}

function bestBranch(branches: Branch[], error: ErrorObject, schema: OpenApiSchema): Branch {
  const hasRef = typeof error.data === 'object' && error.data !== null && '$ref' in error.data;
  const base = depthOf(error.instancePath);
  const score = (b: Branch): number[] => {
    const isReference = isReferenceBranch(b.branch, schema);
    const relative = b.errors.map((e) => ({ e, depth: depthOf(e.instancePath) - base }));
    return [
      // A Reference Object is what was meant only where a `$ref` was written.
      isReference === hasRef ? 0 : 1,
      // The value is not even of the alternative's JSON type.
      relative.some(({ e, depth }) => depth === 0 && e.keyword === 'type') ? 1 : 0,
      // A member that tells the alternatives apart (`in: query`, `type: apiKey`) has another value.
      relative.some(({ e, depth }) => depth === 1 && (e.keyword === 'enum' || e.keyword === 'const')) ? 1 : 0,
      // The alternative that got furthest into the value.
      -Math.max(...relative.map(({ e, depth }) => depth + (MEMBER_KEYWORDS.has(e.keyword) ? 1 : 0))),
      b.errors.length,
    ];
  };
  let best = branches[0];
  let bestScore = score(best);
  for (const b of branches.slice(1)) {
    const s = score(b);
    if (compare(s, bestScore) < 0) {
      best = b;
      bestScore = s;
    }
  }
  return best;
}

/** Errors about a member of the object they are reported on (its instancePath). */
const MEMBER_KEYWORDS = new Set(['required', 'additionalProperties', 'unevaluatedProperties', 'dependencies', 'dependentRequired']);

function isReferenceBranch(branch: unknown, schema: OpenApiSchema): boolean {
  if (typeof branch !== 'object' || branch === null) return false;
  const ref = (branch as Record<string, unknown>).$ref;
  const target = typeof ref === 'string' ? schema.resolve(ref) : branch;
  const name = schema.definitionOf(target);
  return name !== undefined && /reference$/i.test(name);
}

function depthOf(instancePath: string): number {
  return instancePath === '' ? 0 : instancePath.split('/').length - 1;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

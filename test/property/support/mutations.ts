/**
 * Mutations of a parsed OpenAPI document, for the mutation fuzzer: each picks a node by an
 * index into the document's nodes (so that fast-check shrinks towards the first nodes and
 * fewer mutations) and breaks it in one way a real spec gets broken: a key deleted, renamed
 * by a typo or duplicated, a value of another type, a value wrapped in more nesting, a `$ref`
 * that points nowhere or at itself, or the text cut short.
 */
import fc from 'fast-check';
import yaml from 'js-yaml';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'swap'; at: number; to: 'string' | 'number' | 'object' | 'array' | 'null' | 'boolean' }
  | { op: 'deepen'; at: number; asArray: boolean }
  | { op: 'rename'; at: number; typo: 'drop' | 'double' | 'case' | 'space' }
  | { op: 'duplicate'; at: number }
  | { op: 'refNowhere'; at: number }
  | { op: 'refSelf'; at: number; parent: boolean };

export interface Mutant {
  seed: number;
  mutations: Mutation[];
  /** Cut the text to this fraction of its length (0 < f < 1), or keep it whole. */
  truncate?: number;
  format: 'yaml' | 'json';
}

const at = fc.nat({ max: 10_000 });
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at }),
  fc.record({ op: fc.constant('swap' as const), at, to: fc.constantFrom('string', 'number', 'object', 'array', 'null', 'boolean') }),
  fc.record({ op: fc.constant('deepen' as const), at, asArray: fc.boolean() }),
  fc.record({ op: fc.constant('rename' as const), at, typo: fc.constantFrom('drop', 'double', 'case', 'space') }),
  fc.record({ op: fc.constant('duplicate' as const), at }),
  fc.record({ op: fc.constant('refNowhere' as const), at }),
  fc.record({ op: fc.constant('refSelf' as const), at, parent: fc.boolean() }),
);

export function mutantArb(seeds: number): fc.Arbitrary<Mutant> {
  return fc.record(
    {
      seed: fc.nat({ max: seeds - 1 }),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
      // Cut short one time in eight: most cut texts stop at the parser, the other mutations go deeper.
      truncate: fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.double({ min: 0.05, max: 0.95, noNaN: true }) }),
      format: fc.constantFrom('yaml' as const, 'json' as const),
    },
    { requiredKeys: ['seed', 'mutations', 'format'] },
  );
}

/** Every node below the root, as a path of keys, in document order. */
function nodes(value: Json, prefix: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((v, i) => (found.push([...prefix, i]), nodes(v, [...prefix, i], found)));
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) (found.push([...prefix, k]), nodes(value[k], [...prefix, k], found));
  return found;
}

const pointer = (p: (string | number)[]) => `#/${p.map((s) => String(s).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;

function parentOf(doc: Json, p: (string | number)[]): Json {
  let v = doc;
  for (const k of p.slice(0, -1)) v = (v as Record<string, Json>)[k as string];
  return v;
}

function swapped(value: Json, to: string): Json {
  switch (to) {
    case 'string':
      return typeof value === 'string' ? '' : (JSON.stringify(value) ?? 'x');
    case 'number':
      return typeof value === 'number' ? -1.5 : typeof value === 'string' ? value.length : 0;
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? {} : { value };
    case 'array':
      return Array.isArray(value) ? [] : [value];
    case 'boolean':
      return typeof value !== 'boolean';
    default:
      return null;
  }
}

function typo(key: string, kind: string): string {
  if (key.length === 0) return 'x';
  if (kind === 'drop') return key.length > 1 ? key.slice(0, -1) : `${key}_`;
  if (kind === 'double') return `${key}${key.at(-1)}`;
  if (kind === 'space') return ` ${key}`;
  const flipped = key[0] === key[0].toUpperCase() ? key[0].toLowerCase() : key[0].toUpperCase();
  return flipped === key[0] ? `${key}X` : flipped + key.slice(1);
}

/** Applies one mutation in place; the root itself is never replaced. */
export function mutate(doc: Json, m: Mutation): void {
  const all = nodes(doc);
  if (all.length === 0) return;
  const p = all[m.at % all.length];
  const parent = parentOf(doc, p) as Record<string, Json> & Json[];
  const key = p[p.length - 1];
  const value = parent[key as string];
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      return;
    case 'swap':
      parent[key as string] = swapped(value, m.to);
      return;
    case 'deepen':
      parent[key as string] = m.asArray ? [value] : { nested: value };
      return;
    case 'rename': {
      if (Array.isArray(parent)) return;
      const renamed: Record<string, Json> = {};
      for (const k of Object.keys(parent)) renamed[k === key ? typo(k, m.typo) : k] = parent[k];
      for (const k of Object.keys(parent)) delete parent[k];
      Object.assign(parent, renamed);
      return;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(value));
      else (parent as Record<string, Json>)[`${String(key)}_copy`] = structuredClone(value);
      return;
    case 'refNowhere':
      parent[key as string] = { $ref: '#/components/schemas/DoesNotExist' };
      return;
    case 'refSelf':
      parent[key as string] = { $ref: pointer(m.parent && p.length > 1 ? p.slice(0, -1) : p) };
      return;
  }
}

/** The mutant's text: the seed document, mutated, written as YAML or JSON, maybe cut short. */
export function mutantText(seed: Json, mutant: Mutant): string {
  const doc = structuredClone(seed);
  for (const m of mutant.mutations) mutate(doc, m);
  const text = mutant.format === 'json' ? JSON.stringify(doc, null, 2) : yaml.dump(doc, { noRefs: true, lineWidth: -1 });
  return mutant.truncate === undefined ? text : text.slice(0, Math.max(1, Math.floor(text.length * mutant.truncate)));
}

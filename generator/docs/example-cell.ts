/**
 * The `Example` column: the spec's example printed the way the reference generator (written in
 * Go) prints values — scalars bare, `null` as `<nil>`, objects and arrays as JSON with one member
 * per line and no indentation, keys in the order the spec wrote them.
 */
import type { Literal } from '../ir/model.js';

export function exampleCell(example: Literal): string {
  const value = example.value;
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 1)
    .split('\n')
    .map((line) => line.trimStart())
    .join('\n');
}

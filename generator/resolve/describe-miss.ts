import { describeValue } from '../load/describe.js';
import { formatPointer, getAtPointer } from '../load/pointer.js';

/** Why `segments` resolves to nothing in `root`: which member is missing, or what is in the way. */
export function describeMiss(root: unknown, segments: readonly string[]): string {
  const at = getAtPointer(root, segments);
  const depth = at.found ? segments.length - 1 : at.depth;
  const parentPointer = formatPointer(segments.slice(0, depth));
  const parent = getAtPointer(root, segments.slice(0, depth));
  const parentValue = parent.found ? parent.value : undefined;
  return parentValue !== null && typeof parentValue === 'object' ? `'${segments[depth]}' is not a member of ${parentPointer}` : `${parentPointer} is ${describeValue(parentValue)}`;
}

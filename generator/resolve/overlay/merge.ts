import { isPlainObject } from '../../load/describe.js';
import type { Origin, Provenance } from '../../load/provenance.js';
import { copyWithOrigins } from '../copy.js';
import { setOwn } from '../set-member.js';

/**
 * Overlay 1.0 `update`: into an object, members of the update replace members of the same name
 * and new ones are added, with objects merged recursively (arrays and scalars are replaced: the
 * spec lets only a whole array be replaced); into an array, the update is appended (the items of
 * an array update each appended). Everything added is a copy that keeps the overlay as its
 * origin. Returns false when the kinds do not fit (the target is neither object nor array, or an
 * object target gets a non-object update).
 */
export function mergeUpdate(target: unknown, update: unknown, updateOrigin: Origin | undefined, provenance: Provenance): boolean {
  if (Array.isArray(target)) {
    const items = Array.isArray(update) ? update : [update];
    items.forEach((item, i) => {
      const index = target.length;
      target.push(copyWithOrigins(item, provenance));
      const origin = Array.isArray(update) ? provenance.memberOrigin(update, i) : updateOrigin;
      provenance.setMemberOrigin(target, index, origin);
    });
    return true;
  }
  if (!isPlainObject(target) || !isPlainObject(update)) return false;
  mergeObjects(target, update, provenance);
  return true;
}

function mergeObjects(target: Record<string, unknown>, update: Record<string, unknown>, provenance: Provenance): void {
  for (const key of Object.keys(update)) {
    const value = update[key];
    const existing = target[key];
    if (isPlainObject(existing) && isPlainObject(value) && Object.prototype.hasOwnProperty.call(target, key)) {
      mergeObjects(existing, value, provenance);
      continue;
    }
    setOwn(target, key, copyWithOrigins(value, provenance));
    provenance.setMemberOrigin(target, key, provenance.memberOrigin(update, key));
  }
}

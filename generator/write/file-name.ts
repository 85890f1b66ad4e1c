/**
 * Docs file names are class names, and class names can be longer than a file system allows
 * (255 bytes on most). Overlong names are cut and made unique again with a hash of the full
 * name, so that the page can still be written and every link to it agrees.
 */
import { fnv1a } from './hash.js';

const MAX_BASE_LENGTH = 200;

export function docFileBase(className: string): string {
  if (Buffer.byteLength(className, 'utf8') <= MAX_BASE_LENGTH) return className;
  let cut = '';
  for (const ch of className) {
    if (Buffer.byteLength(cut + ch, 'utf8') > MAX_BASE_LENGTH - 9) break;
    cut += ch;
  }
  return cut + '_' + fnv1a(className).toString(16).padStart(8, '0');
}

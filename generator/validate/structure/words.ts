import { describeValue } from '../../load/describe.js';
import type { Instance } from './instance.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

/** Readable words for where an instance is: `GET /users`, `path /users`, `components/schemas/Pet`. */
export function placeName(instance: Instance): string {
  const s = instance.segments;
  if (s.length === 0) return 'the document root';
  if (s[0] === 'paths' && s.length >= 2) {
    const method = s.length >= 3 && typeof s[2] === 'string' && METHODS.has(s[2]) ? s[2].toUpperCase() : undefined;
    const head = method ? `${method} ${String(s[1])}` : `path ${String(s[1])}`;
    const rest = s.slice(method ? 3 : 2);
    return rest.length > 0 ? `${head}, ${rest.join('/')}` : head;
  }
  return s.join('/');
}

/** A definition name of the published schemas as words: `path-item`, `PathItem` → `path item`. */
export function definitionWords(definition: string | undefined): string | undefined {
  if (definition === undefined) return undefined;
  const special: Record<string, string> = {
    queryParameterSubSchema: 'query parameter',
    headerParameterSubSchema: 'header parameter',
    pathParameterSubSchema: 'path parameter',
    formDataParameterSubSchema: 'form data parameter',
    nonBodyParameter: 'parameter',
    jsonReference: 'reference',
    XML: 'XML object',
    APIKeySecurityScheme: 'API key security scheme',
    HTTPSecurityScheme: 'HTTP security scheme',
    OAuth2SecurityScheme: 'OAuth2 security scheme',
  };
  if (special[definition]) return special[definition];
  return definition
    .replace(/-or-reference$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .toLowerCase();
}

export function article(words: string): string {
  return /^[aeiou]/i.test(words) ? `an ${words}` : `a ${words}`;
}

/** A JSON type name of a schema (`object`, `array`) as the thing it means. */
export function typeWords(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'integer':
      return 'an integer';
    default:
      return `a ${type}`;
  }
}

/** The value as a "found ..." phrase; lists and mappings said as such. */
export function foundWords(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length} ${value.length === 1 ? 'entry' : 'entries'}`;
  if (value !== null && typeof value === 'object') return 'a mapping';
  return describeValue(value);
}

export function quotedList(names: readonly string[], max = 8, last = ', '): string {
  const shown = names.slice(0, max).map((n) => `'${n}'`);
  if (names.length > max) return `${shown.join(', ')}, … (${names.length - max} more)`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')}${last}${shown[shown.length - 1]}` : shown.join('');
}

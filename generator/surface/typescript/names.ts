import { spellSymbols } from '../../ir/naming/case.js';
/**
 * TypeScript identifiers derived from the IR. Shared with the docs renderer, so a name shown in
 * the docs is the name in the code.
 */
import type { Model } from '../../ir/model.js';
import { deconflict } from '../common/deconflict.js';
import { uniqueModelNames } from '../common/model-names.js';
import { CLASHING_TYPE_NAMES, RESERVED_WORDS } from './reserved.js';

const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;
/** The common case of IDENTIFIER, tested first: the Unicode property classes are slow to match. */
const ASCII_IDENTIFIER = /^[A-Za-z$_][A-Za-z0-9$_]*$/;

/** Whether `text` can be written as a bare identifier or property name. */
export function isIdentifier(text: string): boolean {
  return ASCII_IDENTIFIER.test(text) || IDENTIFIER.test(text);
}
/** `_` and `$` are identifier characters but act as word separators in wire names. */
const WORD_CHARS = /[^\p{ID_Continue}]|_/u;

/** TypeScript name of a model's type: `Model.name`, with globals and reserved words suffixed `T`. */
export function tsTypeName(model: Pick<Model, 'name'>): string {
  let name = model.name;
  // An ASCII identifier has nothing to remove or prefix.
  if (!ASCII_IDENTIFIER.test(name)) {
    name = name.replace(/[^\p{ID_Continue}$]/gu, '');
    if (name === '') name = 'Model';
    if (!IDENTIFIER.test(name)) name = `_${name}`;
  }
  return CLASHING_TYPE_NAMES.has(name) || RESERVED_WORDS.has(name) ? `${name}T` : name;
}

/**
 * Type names of all models by model id, unique case-insensitively within a namespace (so file
 * names are too). Only a `T` suffix can create a clash (`Object` → `ObjectT` next to a model
 * already named `ObjectT`); the renamed model then takes a number, and the untouched one keeps
 * its name. Use this instead of `tsTypeName` when the whole model list is at hand. The map
 * lists the models in the given order.
 */
export function tsTypeNames(models: readonly Model[]): Map<string, string> {
  return uniqueModelNames(models, tsTypeName);
}

/** File name (without extension) of a model's module: the type name, lower-cased. */
export function tsFileName(model: Pick<Model, 'name'>): string {
  return fileNameOf(tsTypeName(model));
}

/** Longest file name kept whole; file systems stop at 255 bytes, and `.d.ts.map` etc. follow. */
const MAX_FILE_NAME = 128;

/**
 * File name for a type name: lower-cased; a name too long for a file system keeps its start
 * and ends with a hash of the whole, so it stays unique and the same on every run.
 */
export function fileNameOf(typeName: string): string {
  const lower = typeName.toLowerCase();
  if (Buffer.byteLength(lower) <= MAX_FILE_NAME) return lower;
  const hash = fnv1a(lower).toString(36);
  let start = '';
  for (const char of lower) {
    if (Buffer.byteLength(start + char) > MAX_FILE_NAME - hash.length - 1) break;
    start += char;
  }
  return `${start}_${hash}`;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Remembered per text: Stripe repeats the same property names and enum values thousands of
 * times, and the Unicode regexes below were 0.3–0.7 s of its run (bench/FINDINGS.md, fix 6).
 */
const wordsCache = new Map<string, readonly string[]>();

/** Splits a wire name into words at separators and case changes (`x5tS256` → x5t, S256). */
export function words(text: string): readonly string[] {
  let found = wordsCache.get(text);
  if (found === undefined) {
    found = Object.freeze(splitWords(text));
    wordsCache.set(text, found);
  }
  return found;
}

function splitWords(text: string): string[] {
  return text
    .split(WORD_CHARS)
    .flatMap((chunk) =>
      chunk
        .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
        .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
        .split(' '),
    )
    .filter((w) => w !== '');
}

function capitalize(word: string): string {
  const [first = '', ...rest] = Array.from(word);
  return first.toUpperCase() + rest.join('').toLowerCase();
}

/**
 * camelCase property name of a wire name, like the reference generator:
 * `request_originating_ip` → `requestOriginatingIp`, `x-api-key` → `xApiKey`.
 * Reserved words stay (`class` is a valid property name). A name that cannot start an
 * identifier gets a `_` prefix (`123abc` → `_123abc`); a name with no word characters becomes
 * `field`. `__proto__` loses its underscores, so it never reaches an object literal.
 */
export function tsPropertyName(wireName: string): string {
  let name = propertyNameCache.get(wireName);
  if (name === undefined) {
    name = spellPropertyName(wireName);
    propertyNameCache.set(wireName, name);
  }
  return name;
}

/**
 * Remembered per wire name, like `words`: the same property names recur across models, and
 * the target, the client and the docs each ask for every object's names.
 */
const propertyNameCache = new Map<string, string>();

function spellPropertyName(wireName: string): string {
  const parts = words(spellSymbols(wireName));
  if (parts.length === 0) return 'field';
  const name = parts[0].toLowerCase() + parts.slice(1).map(capitalize).join('');
  return isIdentifier(name) ? name : `_${name}`;
}

/** Property names of one object, in order, unique: later duplicates take the first free `<name>N`. */
export function tsPropertyNames(wireNames: readonly string[]): string[] {
  return dedupe(wireNames.map(tsPropertyName));
}

/** Field that holds extra keys of an object with additionalProperties (as the reference names it). */
export function tsAdditionalPropertiesName(propertyNames: readonly string[]): string {
  return dedupe([...propertyNames, 'additionalProperties'])[propertyNames.length];
}

/**
 * The reference SDK's `<model>ToJSON` / `<model>FromJSON` of a type name: its leading capitals
 * lower-cased as in camelCase, but for the last one before a lower-case letter
 * (`User` → `userToJSON`, `SAMLAccount` → `samlAccountFromJSON`, `URL` → `urlToJSON`).
 */
export function tsJsonFunctionNames(typeName: string): { toJSON: string; fromJSON: string } {
  const caps = /^\p{Lu}+/u.exec(typeName)?.[0] ?? '';
  const keep = caps.length > 1 && caps.length < typeName.length && /\p{Ll}/u.test(typeName.charAt(caps.length)) ? caps.length - 1 : caps.length;
  const base = typeName.slice(0, keep).toLowerCase() + typeName.slice(keep);
  return { toJSON: `${base}ToJSON`, fromJSON: `${base}FromJSON` };
}

/** Member names of an enum's constant object: `email_address` → `EmailAddress`, 1 → `Value1`. */
export function tsEnumMemberNames(values: readonly (string | number | boolean)[]): string[] {
  return dedupe(values.map(enumMemberName));
}

function enumMemberName(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number')
    return `Value${String(value)
      .replace('-', 'Minus')
      .replace(/[^\p{ID_Continue}]/gu, '_')}`;
  const name = words(value).map(capitalize).join('');
  if (name === '') return 'Unknown';
  return isIdentifier(name) ? name : `Value${name}`;
}

/** Names within one object or enum: case counts, and a renamed entry never takes another's own name. */
function dedupe(names: readonly string[]): string[] {
  return deconflict(names, { keepNatural: true });
}

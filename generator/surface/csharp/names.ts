/**
 * C# identifiers derived from the IR. The docs renderer spells the same names (PascalCase
 * properties, `Create<Member>` factories, number words for numeric enum members), so a name in
 * the docs is a name in the code; the sanitising here only changes names no doc could show as
 * valid C# (leading digits, empty names, characters C# does not allow).
 */
import type { TypeRef } from '../../ir/model.js';
import { pascalCase } from '../../ir/naming/case.js';
import { numberWords } from '../../ir/naming/number-words.js';
import { deconflict } from '../common/deconflict.js';
import { CSHARP_KEYWORDS } from './keywords.js';
import { arrayElement } from '../../ir/array-element.js';

const START = /[\p{L}\p{Nl}_]/u;
const NOT_PART = /[^\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Pc}\p{Cf}]/gu;

/**
 * A valid C# identifier for `text`: characters C# rejects are dropped, a name that would start
 * with a digit (or a mark) gets a `_` in front, and nothing at all becomes `fallback`.
 */
export function csIdentifier(text: string, fallback: string): string {
  const kept = text.normalize('NFC').replace(NOT_PART, '');
  if (kept === '') return fallback;
  return START.test(kept[0]) ? kept : `_${kept}`;
}

/** `@name` for keywords; every other identifier unchanged. */
export function escapeKeyword(identifier: string): string {
  return CSHARP_KEYWORDS.has(identifier) ? `@${identifier}` : identifier;
}

// The reference spells `#` as a word (`x5t#S256` → `X5tNumberS256`) instead of dropping it.
function spellSymbols(wireName: string): string {
  return wireName.replace(/#/g, ' Number ');
}

/** PascalCase property name of a wire name (`email_address` → `EmailAddress`). */
export function csPropertyName(wireName: string): string {
  return csIdentifier(pascalCase(spellSymbols(wireName)), 'Field');
}

/**
 * camelCase parameter or local name of a PascalCase identifier, the way the reference writes
 * flattened arguments (`IdentifierId` → `identifierId`, `SAMLConnectionId` → `samlConnectionId`),
 * with keywords escaped (`Class` → `@class`).
 */
export function csParameterName(pascal: string): string {
  const run = /^[\p{Lu}\p{Nd}]+/u.exec(pascal)?.[0] ?? '';
  const keep = run.length > 1 && run.length < pascal.length && /\p{Ll}/u.test(pascal[run.length]) ? run.length - 1 : run.length;
  const camel = pascal.slice(0, keep).toLowerCase() + pascal.slice(keep);
  return escapeKeyword(csIdentifier(camel, 'value'));
}

/** Enum member of a value: PascalCase for strings (`''` → `Unknown`), number words for numbers. */
export function csEnumMemberName(value: string | number | boolean): string {
  if (typeof value === 'number') return csIdentifier(numberWords(value), 'Value');
  if (value === '') return 'Unknown';
  return csIdentifier(pascalCase(String(value)), 'Value');
}

/**
 * Name of a union member as in `<Union>.Create<Member>(…)`: the member's class name, the
 * OpenAPI type name for scalars (`Str` for strings), `ArrayOf…` / `MapOf…` for containers.
 */
export function csUnionMemberName(type: TypeRef, className: (modelId: string) => string): string {
  switch (type.kind) {
    case 'string':
      return 'Str';
    case 'integer':
      return 'Integer';
    case 'number':
      return 'Number';
    case 'boolean':
      return 'Boolean';
    case 'any':
    case 'null':
      return 'Any';
    case 'literal':
      return typeof type.value === 'string' ? 'Str' : typeof type.value === 'boolean' ? 'Boolean' : 'Number';
    case 'array':
      return 'ArrayOf' + csUnionMemberName(arrayElement(type), className);
    case 'map':
      return 'MapOf' + csUnionMemberName(type.values, className);
    case 'model':
      return className(type.id);
  }
}

/**
 * C#'s rule for unique names: case counts, a clash takes `suffix` and then a number, and a renamed
 * entry never takes a name another entry has as given (see deconflict).
 */
export function uniqueNames(names: readonly string[], taken: Iterable<string>, suffix = 'Value'): string[] {
  return deconflict(names, { taken, suffix, keepNatural: true });
}

/**
 * C# property identifiers for the docs, until a C# target exports its own spelling. Built on
 * the shared IR casing so that docs and code split words the same way.
 */
import { pascalCase } from '../../ir/naming/case.js';

// The reference spells `#` as a word (`x5t#S256` → `x5tNumberS256`) instead of dropping it.
function spellSymbols(wireName: string): string {
  return wireName.replace(/#/g, ' Number ');
}

export function propertyPascalCase(wireName: string): string {
  return pascalCase(spellSymbols(wireName));
}

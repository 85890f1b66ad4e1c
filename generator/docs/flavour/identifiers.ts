/**
 * C# property identifiers for the docs, built on the shared IR casing so that docs and code
 * split words the same way.
 */
import { pascalCase, spellSymbols } from '../../ir/naming/case.js';

export function propertyPascalCase(wireName: string): string {
  return pascalCase(spellSymbols(wireName));
}

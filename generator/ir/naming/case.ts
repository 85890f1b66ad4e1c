/**
 * Casing shared by every target. The reference generator splits names only at characters that
 * are not letters or digits, title-cases a name that is one word in capitals (`JWKS` → `Jwks`,
 * but `JWKS.rsa.PrivateKey` → `JWKSRsaPrivateKey`) and keeps the inner capitals of mixed-case
 * words (`SAMLConnection` stays `SAMLConnection`).
 */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

function capitalizeWord(word: string, alone: boolean): string {
  const isAllCaps = alone && word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
  const body = isAllCaps ? word.slice(1).toLowerCase() : word.slice(1);
  return word[0].toUpperCase() + body;
}

export function pascalCase(text: string): string {
  const words = splitWords(text);
  return words.map((w) => capitalizeWord(w, words.length === 1)).join('');
}

/** Lower-cases the leading capital run the way a camelCase identifier starts (`URLPath` → `urlPath`). */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  if (pascal === '') return '';
  const leadingCaps = /^[\p{Lu}\p{N}]+/u.exec(pascal)?.[0] ?? pascal[0];
  const keep = leadingCaps.length > 1 && leadingCaps.length < pascal.length ? leadingCaps.length - 1 : leadingCaps.length;
  return pascal.slice(0, keep).toLowerCase() + pascal.slice(keep);
}

/** The reference spells `#` as a word (`x5t#S256` → `x5tNumberS256`) instead of dropping it. */
export function spellSymbols(wireName: string): string {
  return wireName.replace(/#/g, ' Number ');
}

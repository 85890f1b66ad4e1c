/** Folder of a group's page: the name lower-cased with separators dropped (`signInTokens` → `signintokens`). */
export function groupDocFolder(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Path of a group's page (or the SDK class's, for operations without a group). */
export function groupDocPath(name: string): string {
  return `docs/sdks/${groupDocFolder(name)}/README.md`;
}

/** Folder of a group's page: the name lower-cased with separators dropped (`signInTokens` → `signintokens`). */
export function groupDocFolder(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface GroupPages {
  /** Page path by group name (as the caller names groups). */
  groups: Map<string, string>;
  /** Page of the SDK class: the operations without a group. */
  root: string;
}

/**
 * The page of every group and of the SDK class, each in a folder of its own. Folder names fold
 * case and drop separators, so `signIn` and `sign-in`, or a group named like the SDK class, would
 * share one: a later name then takes a number (`things2`), groups in order first, the SDK class last.
 */
export function groupPages(groupNames: readonly string[], sdkClassName: string): GroupPages {
  const taken = new Set<string>();
  const place = (name: string) => {
    const base = groupDocFolder(name) || 'group';
    let folder = base;
    for (let n = 2; taken.has(folder); n++) folder = `${base}${n}`;
    taken.add(folder);
    return `docs/sdks/${folder}/README.md`;
  };
  const groups = new Map<string, string>();
  for (const name of groupNames) if (!groups.has(name)) groups.set(name, place(name));
  return { groups, root: place(sdkClassName) };
}

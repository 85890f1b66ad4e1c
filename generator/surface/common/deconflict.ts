/**
 * The one way names are made unique, for every target and every kind of name (types, properties,
 * groups, methods, functions, arguments, enum members): the first of equal names keeps it, a later
 * one takes `<name><suffix>`, then `<name><suffix>2`, `3`, …. What differs per kind is a setting:
 * the suffix, whether case counts (names that become file names ignore it) and whether a renamed
 * entry may take a name another entry has as given.
 */
export interface NameRules {
  /** Between the name and the number (`Value`: `KeyValue`, `KeyValue2`); '' starts at `<name>2`. */
  suffix?: string;
  /** Compare without case: `list` and `List` clash (file names on case-insensitive file systems). */
  ignoreCase?: boolean;
}

/** Names claimed so far in one scope (a class's members, a module's functions). */
export class NameScope {
  private readonly used = new Set<string>();

  constructor(
    private readonly rules: NameRules = {},
    taken: Iterable<string> = [],
  ) {
    for (const name of taken) this.used.add(this.key(name));
  }

  has(name: string): boolean {
    return this.used.has(this.key(name));
  }

  /** `name`, or the first free variant of it; `avoid`: names to skip too (another entry's own name). */
  claim(name: string, avoid?: ReadonlySet<string>): string {
    let chosen = name;
    if (this.has(chosen)) {
      const base = `${name}${this.rules.suffix ?? ''}`;
      chosen = base;
      for (let n = 2; this.has(chosen) || (avoid?.has(chosen) ?? false); n++) chosen = `${base}${n}`;
    }
    this.used.add(this.key(chosen));
    return chosen;
  }

  private key(name: string): string {
    return this.rules.ignoreCase ? name.toLowerCase() : name;
  }
}

/**
 * `names` made unique against each other and `taken`, in order. With `keepNatural`, a renamed
 * entry never takes a name that another entry has as given, so renaming one never renames a
 * later one.
 */
export function deconflict(names: readonly string[], options: NameRules & { taken?: Iterable<string>; keepNatural?: boolean } = {}): string[] {
  const scope = new NameScope(options, options.taken);
  const natural = options.keepNatural ? new Set(names) : undefined;
  return names.map((name) => scope.claim(name, natural));
}

/** The first candidate not in `taken`, else the first one numbered. */
export function firstFree(candidates: readonly string[], taken: ReadonlySet<string>): string {
  const free = candidates.find((c) => !taken.has(c));
  if (free !== undefined) return free;
  for (let n = 2; ; n++) if (!taken.has(`${candidates[0]}${n}`)) return `${candidates[0]}${n}`;
}

/**
 * The YAML values of a file, read with js-yaml: 4-5 times faster than the `yaml` package's
 * positional parse (Clerk 0.06 s against 0.28 s, Stripe 0.24 s against 1.39 s), which is then
 * only run when a position is asked for, i.e. when there is something to report.
 *
 * Used only where both parsers give the same value (test/unit/load/fast-yaml.test.ts compares
 * them on every YAML file of the repository and of ../shared): a single document whose root is a
 * mapping or sequence, without aliases (the `yaml` path enforces the alias-expansion limit) and
 * not nested deeper than js-yaml's limit. Anything else, including every syntax error, returns
 * undefined and the caller parses with `yaml`, which reports problems with their positions.
 */
import { CORE_SCHEMA, load, mergeTag } from 'js-yaml';

// YAML 1.2 core schema with `<<` merge keys: what the `yaml` path reads with `merge: true`.
const SCHEMA = CORE_SCHEMA.withTags(mergeTag);

/**
 * Text the two parsers read differently, or that only `yaml` rejects: explicit tags (`!!float 1`
 * is the string "1" and a warning in `yaml`), null or empty mapping keys ("" in `yaml`, "null" in
 * js-yaml), numbers beyond the double range, directives (`%YAML 1.1` changes the schema), and
 * implicit keys over 1024 characters (an error in `yaml`). The patterns are loose: text that only
 * looks like these (a "!" after a space in a description) costs the fast path, nothing else.
 */
const READ_DIFFERENTLY = [
  /(?:^|[\s[{,])!/m,
  /(?:^[ \t]*(?:-[ \t]+)*|[{,?][ \t]*)(?:~|null|Null|NULL)?[ \t]*:(?=[ \t]|$)/m,
  /(?:^|[\s[{,:])[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d{3}/m,
  /^%/m,
  /^[ \t]*(?:-[ \t]+)*[^\s#][^\n]{1023,}?:(?=[ \t]|$)/m,
];

export function fastYamlValue(text: string): object | undefined {
  if (READ_DIFFERENTLY.some((pattern) => pattern.test(text))) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  return value !== null && typeof value === 'object' ? value : undefined;
}

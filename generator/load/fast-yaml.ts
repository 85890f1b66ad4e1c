/**
 * The YAML values of a file, read with js-yaml: 5-8 times faster than the `yaml` package's
 * positional parse (all 643 YAML files of the repository and ../shared: 0.48 s against 4.2 s),
 * which is then only run when a position is asked for, i.e. when there is something to report.
 *
 * Used only where both parsers give the same value (test/unit/load/fast-yaml.test.ts compares
 * them on every YAML file of the repository and of ../shared): a single document whose root is
 * a mapping or sequence, without anchors (aliases go to the `yaml` path, which enforces the
 * alias-expansion limit), not nested deeper than js-yaml's limit. Anything else, including
 * every syntax error, returns undefined and the caller parses with `yaml`, which reports
 * problems with their positions. js-yaml is pinned to 4.3 in package.json: the anchor check
 * reads a field of its parser state.
 */
import * as jsYaml from 'js-yaml';
import type { State, Type } from 'js-yaml';
import { MAX_NESTING_DEPTH } from './limits.js';

// YAML 1.2 core schema with `<<` merge keys: what the `yaml` path reads with `merge: true`.
// (js-yaml exports its built-in types; @types/js-yaml does not declare them.)
const { merge } = (jsYaml as unknown as { types: { merge: Type } }).types;
const SCHEMA = jsYaml.CORE_SCHEMA.extend({ implicit: [merge] });

/**
 * Text the two parsers read differently, or that only `yaml` rejects: explicit tags (`!!float 1`
 * is the string "1" and a warning in `yaml`); null or empty mapping keys ("" in `yaml`, "null"
 * in js-yaml); numbers beyond the double range, without a digit before the point (js-yaml reads
 * `-.5` as a string), in binary or signed hex or octal (`0b101`, `-0x1F`: strings in YAML 1.2),
 * or negative zero (0 in `yaml`); directives (`%YAML 1.1` changes the schema); implicit keys over
 * 1024 characters (an error in `yaml`). The patterns are loose: text that only looks like these
 * (a "!" after a space in a description) costs the fast path, nothing else.
 */
const READ_DIFFERENTLY = [
  /(?:^|[\s[{,])!/m,
  /(?:^[ \t]*(?:-[ \t]+)*|[{,?][ \t]*)(?:~|null|Null|NULL)?[ \t]*:(?=[ \t]|$)/m,
  /(?:^|[\s[{,:])[-+]?(?:\d+\.?\d*|\.\d+)[eE][-+]?\d{3}/m,
  /(?:^|[\s[{,:])[-+]?\.\d/m,
  /(?:^|[\s[{,:])[-+]?0b[01]/m,
  /(?:^|[\s[{,:])[-+]0[xXoO]/m,
  /(?:^|[\s[{,:])-0+(?:\.0*)?(?=[\s,\]}]|$)/m,
  /^%/m,
  /^[ \t]*(?:-[ \t]+)*[^\s#][^\n]{1023,}?:(?=[ \t]|$)/m,
];

export function fastYamlValue(text: string): object | undefined {
  const read = readFastYaml(text);
  return read !== undefined && 'value' in read ? read.value : undefined;
}

/**
 * The value, or where the nesting first goes deeper than the loader accepts (js-yaml's own
 * check, so the `yaml` path, which would overflow its stack there, is not tried); undefined
 * when the `yaml` path must read the file.
 */
export function readFastYaml(text: string): { value: object } | { tooDeep: { line: number; column: number } } | undefined {
  if (READ_DIFFERENTLY.some((pattern) => pattern.test(text))) return undefined;
  let value: unknown;
  let anchored = false;
  try {
    const options: jsYaml.LoadOptions & { maxDepth: number } = {
      schema: SCHEMA,
      // js-yaml stops at 100 levels unless told (an option @types/js-yaml does not declare); its
      // count starts one level below the loader's.
      maxDepth: MAX_NESTING_DEPTH + 1,
      // An anchor is where aliases can point; the node is closed with its anchor still set.
      listener: (event: string, state: State) => {
        if (event === 'close' && (state as State & { anchor: string | null }).anchor !== null) anchored = true;
      },
    };
    value = jsYaml.load(text, options);
  } catch (e) {
    const mark = e instanceof jsYaml.YAMLException ? (e as jsYaml.YAMLException & { mark?: { line: number; column: number } }).mark : undefined;
    if (mark && /nesting exceeded maxDepth/.test((e as Error).message)) return { tooDeep: { line: mark.line + 1, column: mark.column + 1 } };
    return undefined;
  }
  return !anchored && value !== null && typeof value === 'object' ? { value } : undefined;
}

/**
 * Bounds that keep hostile or broken input from exhausting memory or the call stack, here and in
 * the later stages (which may walk schemas recursively).
 */

/**
 * Deepest object/array nesting accepted in any input file. Real API descriptions stay below 60,
 * but generated ones nest schemas a few hundred deep (250 nested properties are 500 levels), so
 * the bound only has to stop absurd input. Also checked on the raw text for `[`/`{` before
 * parsing. js-yaml, which reads the values, copes with about 1900 levels; the `yaml` package
 * (positions, and files js-yaml does not read alike) overflows its stack near 800, which is
 * reported as nesting-too-deep rather than as a syntax error.
 */
export const MAX_NESTING_DEPTH = 1000;

/** yaml's `maxAliasCount`: how many times aliases may be expanded (against "billion laughs" files). */
export const MAX_ALIAS_COUNT = 1000;

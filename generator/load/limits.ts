/**
 * Bounds that keep hostile or broken input from exhausting memory or the call stack, here and in
 * the later stages (which may walk schemas recursively).
 */

/**
 * Deepest object/array nesting accepted in any input file; real API descriptions stay below 60.
 * Also checked on the raw text for `[`/`{` before parsing: the yaml parser overflows its stack
 * around a thousand levels and exhausts memory a few thousand levels further.
 */
export const MAX_NESTING_DEPTH = 500;

/** yaml's `maxAliasCount`: how many times aliases may be expanded (against "billion laughs" files). */
export const MAX_ALIAS_COUNT = 1000;

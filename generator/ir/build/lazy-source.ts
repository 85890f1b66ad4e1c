import type { SourceLocation } from '../../load/types.js';

/**
 * Makes `target.source` a location worked out on first read. Finding a line and column means a
 * positional parse of the file, which the loader skips while nothing needs one (load/fast-yaml.ts);
 * most runs never read an operation's or a model's source. The property keeps its place among
 * the keys, and after the first read it is a plain value.
 */
export function defineLazySource(target: { source?: SourceLocation }, locate: () => SourceLocation | undefined): void {
  const settle = (value: SourceLocation | undefined) => Object.defineProperty(target, 'source', { value, enumerable: true, configurable: true, writable: true });
  Object.defineProperty(target, 'source', {
    enumerable: true,
    configurable: true,
    get() {
      const value = locate();
      settle(value);
      return value;
    },
    set: settle,
  });
}

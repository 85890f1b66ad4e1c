/**
 * The check module written into a package: for every pair, a value of our wire type assigned
 * to openapi-typescript's type and back, one statement per line, so that each compiler error
 * names its pair and direction by its line.
 */
import type { Pair } from './pairs.js';

export const CHECK_PATH = 'src/differential-check.ts';

/** `oursToTheirs`: is every value of our wire type one of theirs (fails when ours is wider). */
export type Direction = 'oursToTheirs' | 'theirsToOurs';

export interface CheckLine {
  pair: number;
  /** The assignment, or the declaration naming openapi-typescript's type (fails when it has no such key). */
  role: Direction | 'theirs' | 'oursAny' | 'theirsAny';
}

export interface CheckFile {
  text: string;
  /** 0-based line → what it checks. */
  lines: Map<number, CheckLine>;
}

export function checkFile(pairs: readonly Pair[]): CheckFile {
  const out: string[] = [
    'import type { components } from "./openapi-types.js";',
    'type Theirs = components["schemas"];',
    '/** `never` when T is `any`: an `any` side agrees with everything, so it is counted apart. */',
    'type NotAny<T> = 0 extends 1 & T ? never : 0;',
  ];
  const lines = new Map<number, CheckLine>();
  const line = (text: string, check?: CheckLine) => {
    if (check) lines.set(out.length, check);
    out.push(text);
  };
  pairs.forEach((pair, i) => {
    const from = `./${pair.modulePath.slice('src/'.length).replace(/\.ts$/, '.js')}`;
    line(`import type { ${pair.wireType} as Ours${i} } from ${JSON.stringify(from)};`);
  });
  pairs.forEach((pair, i) => {
    line(`type Theirs${i} = Theirs[${JSON.stringify(pair.key)}];`, { pair: i, role: 'theirs' });
    line(`declare const ours${i}: Ours${i};`);
    line(`declare const theirs${i}: Theirs${i};`);
    line(`export const oursToTheirs${i}: Theirs${i} = ours${i};`, { pair: i, role: 'oursToTheirs' });
    line(`export const theirsToOurs${i}: Ours${i} = theirs${i};`, { pair: i, role: 'theirsToOurs' });
    line(`export const oursNotAny${i}: NotAny<Ours${i}> = 0;`, { pair: i, role: 'oursAny' });
    line(`export const theirsNotAny${i}: NotAny<Theirs${i}> = 0;`, { pair: i, role: 'theirsAny' });
  });
  return { text: `${out.join('\n')}\n`, lines };
}

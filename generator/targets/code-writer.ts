/**
 * The one writer of code text for every target: ts-morph's code writer, the class ts-morph exports
 * as `CodeBlockWriter` (it indents blocks and knows when a line is inside a string or a
 * comment), loaded from ts-morph's own dependency: loading ts-morph itself would also load the TypeScript compiler it bundles
 * (9 MB), which writing text never needs (bench/FINDINGS.md, fix 2). Loaded through `require`:
 * imported from ESM, Node 20 would first scan the CommonJS file for its exports.
 */
import { createRequire } from 'node:module';
import type { CodeBlockWriter as Writer } from 'ts-morph';

const require = createRequire(import.meta.url);
const fromTsMorph = createRequire(require.resolve('ts-morph'));

export const CodeBlockWriter = (fromTsMorph('code-block-writer') as { default: typeof Writer }).default;
export type CodeBlockWriter = Writer;

#!/usr/bin/env node
// The floor: what any generator must at least do, as one whole process. It parses the spec and
// every file it references (YAML with js-yaml, the fastest parser sdkwright uses; JSON with
// JSON.parse) and writes the given number of files and bytes. Anything a generator spends beyond this
// is its own work.
//
//   node bench/floor.mjs <spec> <outDir> <files> <bytes>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

const [specPath, outDir, fileCountArg, byteCountArg] = process.argv.slice(2);
const fileCount = Number(fileCountArg);
const byteCount = Number(byteCountArg);

function parseFile(path) {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.json') ? JSON.parse(text) : load(text, { schema: CORE_SCHEMA });
}

/** Parses the spec and the files its $refs name, each once. */
function parseAll(entry) {
  const seen = new Set();
  const pending = [resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const stack = [parseFile(file)];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== 'object') continue;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && !value.startsWith('#') && !/^[a-z]+:/i.test(value)) {
          pending.push(resolve(dirname(file), value.split('#')[0]));
        } else if (typeof value === 'object') stack.push(value);
      }
    }
  }
  return seen.size;
}

parseAll(specPath);

// Files go into folders of up to 100, like a generated tree, so the folder creation is paid too.
const perFile = Math.floor(byteCount / Math.max(fileCount, 1));
const filler = Buffer.alloc(perFile + (byteCount % Math.max(fileCount, 1)), 'a');
for (let i = 0; i < fileCount; i++) {
  const dir = join(outDir, `d${Math.floor(i / 100)}`);
  if (i % 100 === 0) mkdirSync(dir, { recursive: true });
  const size = i === 0 ? perFile + (byteCount % fileCount) : perFile;
  writeFileSync(join(dir, `f${i}.ts`), filler.subarray(0, size));
}

/** The runtime is copied into every package as it is: it may import only itself, and only web APIs. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve('templates/runtime/typescript');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

test.each(files)('%s imports nothing outside the runtime and no Node API', (file) => {
  const text = readFileSync(resolve(dir, file), 'utf8');
  const specifiers = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
  for (const s of specifiers) {
    expect(s).toMatch(/^\.\/[\w-]+\.js$/);
    expect(files).toContain(s.slice(2).replace(/\.js$/, '.ts'));
  }
  expect(text).not.toMatch(/\bBuffer\b|\brequire\(|\bprocess\.|node:/);
});

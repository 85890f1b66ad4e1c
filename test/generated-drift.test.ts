/**
 * generated/ is the SDK of the embedded default spec and is committed; it must be exactly what
 * the generator produces now. On failure, run `npm run generate` and review the diff.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../generator/cli/main.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

test('generated/ matches the generator output for sdkwright.config.yaml', async () => {
  const out: string[] = [];
  const code = await main(['generate', '--check'], {
    cwd: repoRoot,
    stdout: (text) => out.push(text),
    stderr: (text) => out.push(text),
  });
  expect({ code, output: out.join('') }).toEqual({ code: 0, output: expect.stringContaining('up to date') });
});

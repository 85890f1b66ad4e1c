#!/usr/bin/env node
/**
 * `npm run generate` builds the generator first, but only when dist/ is older than a source it
 * is built from: with nothing changed, generating costs no tsc run (issue 15). The build writes
 * dist/.build-stamp; any generator/*.ts or tsconfig newer than the stamp means build again.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stamp = join(root, 'dist', '.build-stamp');

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestSource() {
  let newest = Math.max(mtime(join(root, 'tsconfig.json')) ?? 0, mtime(join(root, 'tsconfig.build.json')) ?? 0, mtime(join(root, 'package-lock.json')) ?? 0);
  for (const file of readdirSync(join(root, 'generator'), { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.ts')) newest = Math.max(newest, mtime(join(root, 'generator', file)) ?? 0);
  }
  return newest;
}

const built = mtime(stamp);
if (built === undefined || newestSource() >= built) {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}

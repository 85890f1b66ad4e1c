#!/usr/bin/env node
import module from 'node:module';

const { userCacheDir } = await import('../dist/cache/cache-dir.js');
const cacheDir = userCacheDir();
// Compiled code of the TypeScript compilers is kept between runs: by Node itself from 22.1 on,
// by our own hook before (loaded only then).
if (cacheDir !== undefined) {
  if (module.enableCompileCache) module.enableCompileCache(`${cacheDir}/compile`);
  else (await import('../dist/cache/v8-code-cache.js')).installV8CodeCache(`${cacheDir}/v8`);
}

// Imported after the caches are set up, so that the generator's own modules use them too.
const { main } = await import('../dist/cli/main.js');
const progress = { isTTY: process.stderr.isTTY === true, write: (text) => void process.stderr.write(text) };
process.exitCode = await main(process.argv.slice(2), cacheDir === undefined ? { progress } : { cacheDir, progress });

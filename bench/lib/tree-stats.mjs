// Files and bytes a tool wrote: every regular file under its output folder, hidden ones included
// (sdkwright's .sdkwright/manifest.json is written output like any other).
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function treeStats(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) {
        files += 1;
        bytes += lstatSync(p).size;
      }
    }
  };
  try {
    walk(dir);
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  return { files, bytes };
}

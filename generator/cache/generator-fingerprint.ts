import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the generator itself is, as far as its output can depend on it: the bytes of its code
 * (dist/ when built, generator/ when run from source), of templates/, of package.json, of the
 * manifests of the libraries that take part in the output (their versions), and the Node
 * version. Content rather than times, so a rebuild that changes nothing still hits the cache
 * and a changed file never does. About 1.3 MB to hash: a few ms.
 */
export function generatorFingerprint(packageRoot: string = defaultPackageRoot()): string {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\0`);
  hashFile(hash, packageRoot, 'package.json');
  // The folder this module was loaded from (dist/ or generator/) holds all of the generator's code.
  const codeDir = dirname(dirname(fileURLToPath(import.meta.url)));
  hashTree(hash, codeDir, '');
  hashTree(hash, join(packageRoot, 'templates'), '');
  for (const [name, manifest] of libraryManifests(packageRoot)) hashFile(hash, dirname(manifest), basename(manifest), name);
  return hash.digest('hex');
}

function defaultPackageRoot(): string {
  // This file is dist/cache/*.js or generator/cache/*.ts; package.json is two folders up.
  return dirname(dirname(dirname(fileURLToPath(import.meta.url))));
}

function hashFile(hash: Hash, dir: string, name: string, label = name): void {
  hash.update(`${label}\0`);
  try {
    hash.update(readFileSync(join(dir, name)));
  } catch {
    hash.update('(unreadable)');
  }
  hash.update('\0');
}

/** Every file under `dir`, in a fixed order, by relative path and bytes. */
function hashTree(hash: Hash, dir: string, relative: string): void {
  const absolute = relative === '' ? dir : join(dir, relative);
  let entries;
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch {
    hash.update(`(no folder ${relative})\0`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) hashTree(hash, dir, path);
    else hashFile(hash, dir, path);
  }
}

/**
 * The libraries whose code shapes the output, direct ones and the few that print or bundle for
 * them. npm's hidden lockfile (node_modules/.package-lock.json) covers every installed version
 * at once; it is added when there is one.
 */
const LIBRARIES: [from: string | undefined, name: string][] = [
  [undefined, 'ts-morph'],
  [undefined, 'openapi-typescript'],
  [undefined, 'yaml'],
  [undefined, 'js-yaml'],
  [undefined, 'jsonpath-rfc9535'],
  ['ts-morph', '@ts-morph/common'],
  ['ts-morph', 'code-block-writer'],
  ['openapi-typescript', 'typescript'],
  ['openapi-typescript', '@redocly/openapi-core'],
];

/** [library, path of the file to hash] pairs. */
function libraryManifests(packageRoot: string): [string, string][] {
  const found = new Map<string, string>();
  const manifestOf = (fromDir: string, name: string): string | undefined => {
    const paths = createRequire(join(fromDir, 'package.json')).resolve.paths(name) ?? [];
    return paths.map((modules) => join(modules, name, 'package.json')).find((candidate) => existsSync(candidate));
  };
  for (const [from, name] of LIBRARIES) {
    const fromDir = from === undefined ? packageRoot : found.get(from);
    const manifest = fromDir === undefined ? undefined : manifestOf(fromDir, name);
    if (manifest !== undefined) found.set(name, dirname(manifest));
  }
  const manifests: [string, string][] = [...found].map(([name, dir]) => [name, join(dir, 'package.json')]);
  const tsMorph = found.get('ts-morph');
  const hiddenLockfile = tsMorph === undefined ? undefined : join(dirname(tsMorph), '.package-lock.json');
  if (hiddenLockfile !== undefined && existsSync(hiddenLockfile)) manifests.push(['installed packages', hiddenLockfile]);
  return manifests;
}

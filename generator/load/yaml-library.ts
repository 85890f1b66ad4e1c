import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');

const require = createRequire(import.meta.url);
let library: YamlLibrary | undefined;

/**
 * The `yaml` package, loaded on first use (~35 ms): values are read with js-yaml
 * (load/fast-yaml.ts), so most runs never need its positional parse.
 */
export function yamlLibrary(): YamlLibrary {
  library ??= require('yaml') as YamlLibrary;
  return library;
}

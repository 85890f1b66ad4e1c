import type { Diagnostics } from '../diagnostics/diagnostic.js';
import { describeValue, isPlainObject } from './describe.js';
import type { Provenance } from './provenance.js';
import type { SourceFile } from './source-file.js';

export type SpecVersion = { version: string; family: '2.0' | '3.0' | '3.1' | '3.2' };

/** 3.2 is a superset of 3.1 and is read like it. */
const SUPPORTED_TEXT = 'OpenAPI 3.0.x, 3.1.x and 3.2.x (or Swagger "2.0")';

/** Checks that the entry file is an OpenAPI 3.0/3.1/3.2 or Swagger 2.0 document and says which. */
export function checkVersion(source: SourceFile, provenance: Provenance, diagnostics: Diagnostics): SpecVersion | undefined {
  const root = source.value;
  if (!isPlainObject(root)) {
    diagnostics.error('root-not-mapping', `expected the document root to be a mapping with an 'openapi' or 'swagger' field, found ${describeValue(root)}`, {
      file: source.path,
      line: 1,
      column: 1,
      pointer: '#',
    });
    return undefined;
  }
  const field = 'openapi' in root ? 'openapi' : 'swagger' in root ? 'swagger' : undefined;
  if (!field) {
    diagnostics.error('version-missing', "expected an 'openapi: 3.x.y' (or 'swagger: \"2.0\"') field at the document root, found neither", { file: source.path, line: 1, column: 1, pointer: '#' });
    return undefined;
  }
  const value = root[field];
  // Only when reporting: locating a JSON file's node costs a positional parse.
  const where = () => provenance.locateValue(root, field);
  if (field === 'openapi') {
    if (typeof value === 'string') {
      const m = /^(3\.[012])\.\d+(-[\w.]+)?$/.exec(value);
      if (m) return { version: value, family: m[1] as SpecVersion['family'] };
    }
    diagnostics.error(
      'version-unsupported',
      `expected 'openapi' to be a version string 3.0.x, 3.1.x or 3.2.x, found ${describeQuoted(value)}; sdkwright reads ${SUPPORTED_TEXT}: write one of those in the spec (an overlay cannot change it, the version is read before overlays apply)`,
      where(),
    );
    return undefined;
  }
  if (value === '2.0') return { version: value, family: '2.0' };
  // YAML reads an unquoted `swagger: 2.0` as the number 2; the author meant "2.0", and many wrote it so.
  if (value === 2) {
    diagnostics.warning('version-unquoted', `expected 'swagger' to be the string "2.0", found the number 2; read as "2.0" (write it in quotes)`, where());
    return { version: '2.0', family: '2.0' };
  }
  diagnostics.error(
    'version-unsupported',
    `expected 'swagger' to be the string "2.0", found ${describeQuoted(value)}; sdkwright reads ${SUPPORTED_TEXT}: convert the document to one of those`,
    where(),
  );
  return undefined;
}

function describeQuoted(value: unknown): string {
  const described = describeValue(value);
  // `openapi: 3.0` is a number in YAML; say how to write it.
  return typeof value === 'number' ? `${described} (write the version in quotes)` : described;
}

/**
 * Runs generated mappers for real: the package is transpiled (ts.transpileModule, one file at a
 * time, as a bundler would) into a temp folder, and a child Node process imports it, reads each
 * wire sample into a model and writes it back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { EmittedFile } from '../../../../../generator/write/emitted-file.js';

export interface MapperCase {
  /** Model module, e.g. `components/user`. */
  module: string;
  /** Model type name, e.g. `User`. */
  type: string;
  /** Wire sample as JSON text (parsed in the child, so a `__proto__` key is an own property). */
  wire: string;
}

export interface MapperResult {
  /** The model with Dates as `{ $date: iso }`, so they can be told from strings. */
  model: unknown;
  /** Whether any object in the model lost the plain Object prototype. */
  prototypeChanged: boolean;
  /** toWire(fromWire(wire)), as JSON. */
  back: unknown;
}

export function transpilePackage(files: EmittedFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sdkwright-ts-run-'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const file of files) {
    if (!file.path.endsWith('.ts')) continue;
    const { outputText } = ts.transpileModule(file.contents, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      fileName: file.path,
    });
    const out = join(dir, file.path.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  return dir;
}

const DRIVER = `
const [dir, casesJson] = process.argv.slice(2);
const cases = JSON.parse(casesJson);
function describe(value, seen) {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map((v) => describe(v, seen));
  if (value && typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) seen.changed = true;
    const out = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: describe(v, seen), enumerable: true });
    return out;
  }
  return value;
}
const results = [];
for (const c of cases) {
  const mod = await import(new URL('src/models/' + c.module + '.js', 'file://' + dir + '/').href);
  const model = mod[c.type + '$fromWire'](JSON.parse(c.wire));
  const seen = { changed: false };
  const described = describe(model, seen);
  const back = mod[c.type + '$toWire'](model);
  results.push({ model: described, prototypeChanged: seen.changed, back });
}
process.stdout.write(JSON.stringify(results));
`;

export function runMappers(dir: string, cases: MapperCase[]): MapperResult[] {
  const driver = join(dir, 'driver.mjs');
  writeFileSync(driver, DRIVER);
  const output = execFileSync(process.execPath, [driver, dir, JSON.stringify(cases)], { encoding: 'utf8' });
  return JSON.parse(output) as MapperResult[];
}

/** Type-checks a generated package with the TypeScript compiler API, under its own tsconfig. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { EmittedFile } from '../../../../../generator/write/emitted-file.js';

export function writePackage(files: EmittedFile[], prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sdkwright-ts-${prefix}-`));
  try {
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
  } catch (error) {
    removePackage(dir);
    throw error;
  }
  return dir;
}

export function removePackage(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Diagnostics of `tsc --noEmit -p <dir>/tsconfig.build.json`, formatted one per line: the build
 * settings (tsconfig.json plus declarations), so declaration-emit errors are caught too.
 */
export function typeCheck(dir: string): string[] {
  const configPath = join(dir, 'tsconfig.build.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) return [ts.flattenDiagnosticMessageText(config.error.messageText, '\n')];
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)];
  return diagnostics.map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.slice(dir.length + 1)}(${line + 1},${character + 1}): ${message}`;
  });
}

/** `tsc -p <dir>/tsconfig.build.json` (`npm run build`): writes dist/ next to src/. Returns the diagnostics, formatted. */
export function build(dir: string): string[] {
  const config = ts.readConfigFile(join(dir, 'tsconfig.build.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const result = program.emit();
  return [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

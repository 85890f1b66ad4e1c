/**
 * Type-checks a generated TypeScript package under its own tsconfig (strict), in-process with
 * the TypeScript compiler API. Two things shared between packages keep it fast without
 * checking less: the standard library declarations are parsed once (so are runtime files seen
 * again at the same path with the same text), and the runtime files (src/lib, src/types), the
 * same in every package, are checked again only when they differ from a set already checked
 * clean, and only if they import nothing outside themselves.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const sourceFiles = new Map<string, ts.SourceFile>();
const LIB_DIR = path.dirname(ts.getDefaultLibFilePath({}));
const RUNTIME = /^src\/(lib|types)\//;
const cleanRuntimes = new Set<string>();

export interface TypeCheckResult {
  /** `file(line,col): TS1234: message`, relative to the package. */
  errors: string[];
  ms: number;
}

export function typeCheckPackage(dir: string): TypeCheckResult {
  const started = performance.now();
  const config = ts.readConfigFile(path.join(dir, 'tsconfig.json'), (p) => readFileSync(p, 'utf8'));
  if (config.error) return { errors: [ts.flattenDiagnosticMessageText(config.error.messageText, '\n')], ms: 0 };
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options, host: cachingHost(options) });

  // Declaration files are only checked when the package's tsconfig asks for it.
  const own = program.getSourceFiles().filter((f) => !f.isDeclarationFile || (!options.skipLibCheck && !f.fileName.startsWith(LIB_DIR)));
  const relative = (f: ts.SourceFile) => path.relative(dir, f.fileName).split(path.sep).join('/');
  const runtime = own.filter((f) => RUNTIME.test(relative(f)));
  const fingerprint = runtimeFingerprint(runtime, relative);
  const skipRuntime = fingerprint !== undefined && cleanRuntimes.has(fingerprint);

  const diagnostics: ts.Diagnostic[] = [...parsed.errors, ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  let runtimeClean = true;
  for (const file of own) {
    const isRuntime = runtime.includes(file);
    if (isRuntime && skipRuntime) continue;
    const found = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    if (isRuntime && found.length > 0) runtimeClean = false;
    diagnostics.push(...found);
  }
  if (fingerprint !== undefined && runtimeClean) cleanRuntimes.add(fingerprint);
  return { errors: diagnostics.map((d) => format(d, dir)), ms: performance.now() - started };
}

/**
 * Lib declarations, and runtime files met again at the same path with the same text (a test
 * that regenerates into one folder), come from a process-wide cache; the rest is read as usual.
 */
function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const isLib = fileName.startsWith(LIB_DIR);
    if (!isLib && !/\/src\/(lib|types)\//.test(fileName)) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const text = isLib ? '' : ts.sys.readFile(fileName);
    if (text === undefined) return undefined;
    const key = `${fileName}|${JSON.stringify(languageVersion)}|${isLib ? '' : createHash('sha256').update(text).digest('hex')}`;
    let file = sourceFiles.get(key);
    if (!file) {
      file = isLib ? getSourceFile(fileName, languageVersion, onError, shouldCreate) : ts.createSourceFile(fileName, text, languageVersion);
      if (file) sourceFiles.set(key, file);
    }
    return file;
  };
  return host;
}

/**
 * A hash of every runtime file's path and text; undefined when one of them imports a module
 * outside the runtime folders, since its check would then depend on spec-specific files.
 */
function runtimeFingerprint(files: ts.SourceFile[], relative: (f: ts.SourceFile) => string): string | undefined {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.fileName < b.fileName ? -1 : 1))) {
    const folder = path.posix.dirname(relative(file));
    for (const statement of file.statements) {
      const specifier = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      const target = path.posix.normalize(path.posix.join(folder, specifier.text));
      if (!RUNTIME.test(`${target}/`) && !RUNTIME.test(target)) return undefined;
    }
    hash.update(relative(file)).update('\0').update(file.text).update('\0');
  }
  return files.length > 0 ? hash.digest('hex') : undefined;
}

function format(d: ts.Diagnostic, dir: string): string {
  const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return `TS${d.code}: ${message}`;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `${path.relative(dir, d.file.fileName)}(${line + 1},${character + 1}): TS${d.code}: ${message}`;
}

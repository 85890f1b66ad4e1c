/**
 * One ts.Program per package, over the package's files in memory (plus the check module),
 * under the package's own tsconfig with skipLibCheck. Only the check module is checked: the
 * rest is read for the types it declares. The standard library is parsed once per process.
 */
import path from 'node:path';
import ts from 'typescript';

const ROOT = '/differential-package';
const LIB_DIR = path.dirname(ts.getDefaultLibFilePath({}));
const libFiles = new Map<string, ts.SourceFile | undefined>();

export interface CompiledCheck {
  /** Errors in the check module: 0-based line and the message chain, outermost first. */
  errors: { line: number; chain: string[] }[];
  ms: number;
}

export function compileCheck(files: ReadonlyMap<string, string>, checkPath: string): CompiledCheck {
  const started = performance.now();
  const byPath = new Map<string, string>();
  for (const [p, text] of files) byPath.set(path.posix.join(ROOT, p), text);
  const options = packageOptions(files.get('tsconfig.json'));
  const host = memoryHost(byPath, options);
  const checkFile = path.posix.join(ROOT, checkPath);
  const program = ts.createProgram({ rootNames: [checkFile], options, host });
  const source = program.getSourceFile(checkFile)!;
  const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
  const errors = diagnostics.map((d) => ({
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1,
    chain: chainOf(d.messageText),
  }));
  return { errors, ms: performance.now() - started };
}

/** The package's compiler options (strict, NodeNext, its libs), without emitting anything. */
function packageOptions(tsconfig: string | undefined): ts.CompilerOptions {
  const config = tsconfig ? ts.parseConfigFileTextToJson('tsconfig.json', tsconfig).config : {};
  const { options } = ts.convertCompilerOptionsFromJson(config?.compilerOptions ?? { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022' }, ROOT);
  return { ...options, noEmit: true, skipLibCheck: true, rootDir: undefined, outDir: undefined, declaration: false, incremental: false };
}

function memoryHost(files: ReadonlyMap<string, string>, options: ts.CompilerOptions): ts.CompilerHost {
  const directories = new Set<string>();
  for (const file of files.keys()) for (let dir = path.posix.dirname(file); dir !== '/'; dir = path.posix.dirname(dir)) directories.add(dir);
  const isLib = (fileName: string) => fileName.startsWith(LIB_DIR);
  return {
    getSourceFile: (fileName, languageVersion) => {
      if (isLib(fileName)) {
        const key = `${fileName}|${JSON.stringify(languageVersion)}`;
        if (!libFiles.has(key)) {
          const text = ts.sys.readFile(fileName);
          libFiles.set(key, text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion));
        }
        return libFiles.get(key);
      }
      const text = files.get(fileName);
      return text === undefined ? undefined : ts.createSourceFile(fileName, text, languageVersion);
    },
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    getDefaultLibLocation: () => LIB_DIR,
    writeFile: () => {},
    getCurrentDirectory: () => ROOT,
    getDirectories: () => [],
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (f) => files.has(f) || (isLib(f) && ts.sys.fileExists(f)),
    readFile: (f) => files.get(f) ?? (isLib(f) ? ts.sys.readFile(f) : undefined),
    directoryExists: (d) => directories.has(d) || d === ROOT || (isLib(d) && ts.sys.directoryExists(d)),
    realpath: (f) => f,
    trace: options.traceResolution ? (s) => console.log(s) : undefined,
  };
}

/** A diagnostic's messages, outermost first, following the first elaboration at each level. */
export function chainOf(message: string | ts.DiagnosticMessageChain): string[] {
  const chain: string[] = [];
  let node: string | ts.DiagnosticMessageChain | undefined = message;
  while (node !== undefined) {
    if (typeof node === 'string') {
      chain.push(node);
      break;
    }
    chain.push(node.messageText);
    node = node.next?.[0];
  }
  return chain;
}

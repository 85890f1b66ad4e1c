/** package.json, tsconfig.json and the index modules that tie the models together. */
import type { ModelNamespace } from '../../ir/model.js';
import type { TargetOptions } from '../target.js';
import { NAMESPACES } from './context.js';

export function packageJson(options: TargetOptions): string {
  const entry = (dir: string) => ({ types: `./dist/${dir}index.d.ts`, import: `./dist/${dir}index.js` });
  const exports: Record<string, unknown> = { '.': entry('') };
  for (const ns of NAMESPACES) exports[`./models/${ns}`] = entry(`models/${ns}/`);
  const pkg = {
    name: options.packageName,
    version: '0.0.1',
    type: 'module',
    sideEffects: false,
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports,
    files: ['dist', 'src'],
    scripts: { build: 'tsc -p tsconfig.json', typecheck: 'tsc -p tsconfig.json --noEmit' },
    devDependencies: { typescript: '~5.9.0' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      declaration: true,
      skipLibCheck: true,
      rootDir: 'src',
      outDir: 'dist',
    },
    include: ['src'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** src/models/<ns>/index.ts: re-exports every model module of the folder, by file name. */
export function namespaceIndexStatements(fileNames: string[]): string[] {
  if (fileNames.length === 0) return ['export {};'];
  return [fileNames.map((f) => `export * from "./${f}.js";`).join('\n')];
}

/** src/models/index.ts: one namespace per folder, so same-named models of two folders coexist. */
export function modelsIndexStatements(): string[] {
  return [NAMESPACES.map((ns: ModelNamespace) => `export * as ${ns} from "./${ns}/index.js";`).join('\n')];
}

export function rootIndexStatements(): string[] {
  return ['export * from "./models/index.js";\nexport * from "./types/index.js";'];
}

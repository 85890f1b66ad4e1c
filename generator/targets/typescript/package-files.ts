/** package.json, the tsconfigs and the index modules that tie the package together. */
import type { ModelNamespace } from '../../ir/model.js';
import type { TargetOptions } from '../target.js';
import { PACKAGE_VERSION } from './client/index.js';
import { NAMESPACES } from './context.js';

/**
 * ESM with type declarations. The subpaths match the reference SDK's imports: `<pkg>/core.js`,
 * `<pkg>/funcs/<name>.js`, `<pkg>/models/<ns>`; `<pkg>/lib/<module>.js` exposes the runtime types.
 * No dependencies: the runtime needs only fetch, URL, AbortController and web streams.
 */
export function packageJson(options: TargetOptions): string {
  const entry = (dir: string) => ({ types: `./dist/${dir}index.d.ts`, import: `./dist/${dir}index.js` });
  const file = (path: string) => ({ types: `./dist/${path}.d.ts`, import: `./dist/${path}.js` });
  const exports: Record<string, unknown> = { '.': entry(''), './core.js': file('core'), './funcs/*.js': file('funcs/*') };
  for (const ns of NAMESPACES) exports[`./models/${ns}`] = entry(`models/${ns}/`);
  exports['./lib/*.js'] = file('lib/*');
  // openapi-typescript's path-level types (generator/companions), which the SDK itself never imports.
  exports['./openapi-types.js'] = file('openapi-types');
  exports['./package.json'] = './package.json';
  const pkg = {
    name: options.packageName,
    version: PACKAGE_VERSION,
    type: 'module',
    sideEffects: false,
    main: './dist/index.js',
    types: './dist/index.d.ts',
    exports,
    files: ['dist', 'src', 'README.md', 'USAGE.md'],
    engines: { node: '>=20' },
    scripts: { build: 'tsc -p tsconfig.build.json', typecheck: 'tsc -p tsconfig.json --noEmit', prepublishOnly: 'npm run build' },
    devDependencies: { typescript: '~5.9.0' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/**
 * tsconfig.json: what editors and `npm run typecheck` read. It leaves out `declaration`: with it
 * on, `tsc --noEmit` also runs the declaration emitter over every file (~15% of tsc's CPU time
 * on Clerk), and editors never report those diagnostics anyway.
 */
export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      // fetch, Request, Response, streams and AbortSignal are typed by the DOM library, in Node too.
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      // The package needs no @types: without this, tsc loads every @types package of the
      // enclosing folders (node, jest…) into the check.
      types: [],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      verbatimModuleSyntax: true,
      isolatedModules: true,
      skipLibCheck: true,
      rootDir: 'src',
      outDir: 'dist',
    },
    include: ['src'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** tsconfig.build.json: `npm run build`, the same settings plus the .d.ts files package.json points to. */
export function tsconfigBuildJson(): string {
  const config = { extends: './tsconfig.json', compilerOptions: { declaration: true } };
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

/** src/index.ts: the SDK class, the model namespaces, and the types callers pass or receive. */
export function rootIndexStatements(): string[] {
  return [
    [
      'export * from "./sdk/sdk.js";',
      'export { ServerList, type SDKOptions } from "./core.js";',
      'export * from "./models/index.js";',
      'export * from "./types/index.js";',
      'export type { RequestOptions } from "./lib/config.js";',
      'export type { EventStream } from "./lib/sse.js";',
      'export type { FileInput } from "./lib/files.js";',
      'export type { HookContext, Hooks } from "./lib/hooks.js";',
      'export type { Logger } from "./lib/logger.js";',
      'export type { Page } from "./lib/pagination.js";',
      'export type { Result } from "./lib/result.js";',
      'export type { BackoffStrategy, RetryConfig } from "./lib/retries.js";',
      'export type { ValidationPolicy } from "./lib/validate.js";',
    ].join('\n'),
  ];
}

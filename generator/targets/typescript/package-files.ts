/** package.json, the tsconfigs and the index modules that tie the package together. */
import type { ModelNamespace } from '../../ir/model.js';
import type { TargetOptions } from '../target.js';
import { PACKAGE_VERSION } from './client/index.js';
import { NAMESPACES } from './context.js';
import { MCP_SDK_VERSION } from './mcp/index.js';

/**
 * The package's module formats (`moduleFormat`): `esm` builds dist/ only; `dual` also builds
 * CommonJS into dist/cjs/ (with its own declarations and a `{"type":"commonjs"}` marker), and
 * every export names both, by the `import` and `require` conditions; `commonjs` exports only the
 * CommonJS build. The sources stay ESM either way. The subpaths match the reference SDK's
 * imports: `<pkg>/core.js`, `<pkg>/funcs/<name>.js`, `<pkg>/models/<ns>`; `<pkg>/lib/<module>.js`
 * exposes the runtime types. No dependencies: the runtime needs only fetch, URL, AbortController
 * and web streams.
 */
export function packageJson(options: TargetOptions): string {
  const format = options.moduleFormat ?? 'dual';
  const esm = (path: string) => ({ types: `./dist/${path}.d.ts`, default: `./dist/${path}.js` });
  const cjs = (path: string) => ({ types: `./dist/cjs/${path}.d.ts`, default: `./dist/cjs/${path}.js` });
  // `types` inside each condition: a TypeScript project resolving `require` must get the
  // CommonJS declarations, or it type-checks against ESM and fails at run time.
  const file = (path: string) =>
    format === 'esm' ? { import: esm(path), default: esm(path) } : format === 'commonjs' ? { require: cjs(path), default: cjs(path) } : { import: esm(path), require: cjs(path), default: esm(path) };
  const exports: Record<string, unknown> = { '.': file('index'), './core.js': file('core'), './funcs/*.js': file('funcs/*') };
  for (const ns of NAMESPACES) exports[`./models/${ns}`] = file(`models/${ns}/index`);
  // One model per module, as the reference SDK's imports name them (`<pkg>/models/components/user.js`).
  for (const ns of NAMESPACES) exports[`./models/${ns}/*.js`] = file(`models/${ns}/*`);
  exports['./types'] = file('types/index');
  // The reference SDK's type modules: `<pkg>/types/fp.js`, `<pkg>/types/rfcdate.js`, `<pkg>/types/enums.js`.
  exports['./types/*.js'] = file('types/*');
  exports['./lib/*.js'] = file('lib/*');
  // The reference SDK's hooks folder: `<pkg>/hooks` and `<pkg>/hooks/types.js`.
  exports['./hooks'] = file('hooks/index');
  exports['./hooks/*.js'] = file('hooks/*');
  // openapi-typescript's path-level types (generator/companions), which the SDK itself never imports.
  exports['./openapi-types.js'] = file('openapi-types');
  if (options.mcp) exports['./mcp-server'] = file('mcp-server/index');
  exports['./package.json'] = './package.json';
  const main = format === 'esm' ? './dist/index.js' : './dist/cjs/index.js';
  const build = format === 'esm' ? ESM_BUILD : format === 'commonjs' ? CJS_BUILD : `${ESM_BUILD} && ${CJS_BUILD}`;
  const pkg = {
    name: options.packageName,
    version: PACKAGE_VERSION,
    type: 'module',
    sideEffects: false,
    main,
    ...(format !== 'commonjs' ? { module: './dist/index.js' } : {}),
    types: main.replace(/\.js$/, '.d.ts'),
    exports,
    // `npx <package> mcp start`: the one bin, whatever the package's name.
    ...(options.mcp ? { bin: { mcp: format === 'commonjs' ? './dist/cjs/mcp-server/bin.js' : './dist/mcp-server/bin.js' } } : {}),
    // docs/: the README links to it, and those links must work on the registry too.
    files: ['dist', 'src', 'docs', 'README.md', 'USAGE.md', ...(options.mcp ? ['MCP.md'] : [])],
    engines: { node: '>=20' },
    // prepack: `npm pack` and `npm publish` (and installs from git) always ship a fresh dist/.
    scripts: { build, typecheck: 'tsc -p tsconfig.json --noEmit', prepack: 'npm run build' },
    // Only src/mcp-server/ imports the MCP SDK: the SDK's own modules stay dependency-free.
    ...(options.mcp ? { dependencies: { '@modelcontextprotocol/sdk': MCP_SDK_VERSION } } : {}),
    devDependencies: options.mcp ? { '@types/node': '^20.19.0', typescript: '~5.9.0' } : { typescript: '~5.9.0' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const ESM_BUILD = 'tsc -p tsconfig.build.json';
// The marker makes Node read dist/cjs/*.js as CommonJS inside a `type: module` package.
const CJS_BUILD = `tsc -p tsconfig.cjs.json && node -e "require('fs').writeFileSync('dist/cjs/package.json', '{\\"type\\":\\"commonjs\\"}\\n')"`;

/** The tsconfigs a package of `format` builds with: the CommonJS one only when it has a CommonJS build. */
export function buildConfigs(format: TargetOptions['moduleFormat']): { path: string; contents: string }[] {
  const configs = [{ path: 'tsconfig.build.json', contents: tsconfigBuildJson() }];
  if ((format ?? 'dual') !== 'esm') configs.push({ path: 'tsconfig.cjs.json', contents: tsconfigCjsJson() });
  return configs;
}

/**
 * jsr.json: the manifest of the JSR registry, which publishes the TypeScript sources as they are
 * (it type-checks them itself), so it points at src/.
 */
export function jsrJson(options: TargetOptions): string {
  const exports: Record<string, string> = { '.': './src/index.ts', './core.js': './src/core.ts' };
  for (const ns of NAMESPACES) exports[`./models/${ns}`] = `./src/models/${ns}/index.ts`;
  const config = { name: jsrName(options.packageName), version: PACKAGE_VERSION, exports, publish: { include: ['src/**/*.ts', 'README.md', 'USAGE.md', 'docs/**'] } };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** JSR names are always scoped: `@scope/name` stays, a bare npm name gets a placeholder scope to replace. */
function jsrName(packageName: string): string {
  return packageName.startsWith('@') ? packageName : `@scope/${packageName}`;
}

/**
 * tsconfig.json: what editors and `npm run typecheck` read. It leaves out `declaration`: with it
 * on, `tsc --noEmit` also runs the declaration emitter over every file (~15% of tsc's CPU time
 * on Clerk), and editors never report those diagnostics anyway.
 */
export function tsconfigJson(mcp = false): string {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      // fetch, Request, Response, streams and AbortSignal are typed by the DOM library, in Node too.
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      // The package needs no @types: without this, tsc loads every @types package of the
      // enclosing folders (node, jest…) into the check. The MCP server's command runs on Node.
      types: mcp ? ['node'] : [],
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

/**
 * tsconfig.cjs.json: the CommonJS build into dist/cjs/. The `.js` specifiers of the sources
 * resolve as they do for ESM; `verbatimModuleSyntax` is off, since its point is to keep
 * `import` as written and here it must become `require`.
 */
export function tsconfigCjsJson(): string {
  const config = {
    extends: './tsconfig.json',
    compilerOptions: { module: 'CommonJS', moduleResolution: 'Node10', verbatimModuleSyntax: false, declaration: true, outDir: 'dist/cjs' },
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
      'export type { JsonStream } from "./lib/json-stream.js";',
      'export type { FileInput } from "./lib/files.js";',
      // `files.readableStreamToArrayBuffer(...)`, as the reference SDK's root exports it.
      'export * as files from "./lib/files.js";',
      'export type { HookContext, Hooks } from "./lib/hooks.js";',
      'export type { Logger } from "./lib/logger.js";',
      'export type { Page } from "./lib/pagination.js";',
      'export type { Result } from "./lib/result.js";',
      'export type { BackoffStrategy, RetryConfig } from "./lib/retries.js";',
      'export type { ValidationPolicy } from "./lib/validate.js";',
    ].join('\n'),
  ];
}

/**
 * The HTTP client part of the TypeScript package: SDK and group classes, `<Sdk>Core`, one
 * standalone function per operation, error classes, response validation schemas, and the
 * runtime copied into src/lib/. Modules are returned as statements; the target prints them.
 */
import type { ApiModel, TypeRef } from '../../../ir/model.js';
import type { TargetOptions } from '../../target.js';
import type { EmitContext } from '../context.js';
import type { ModuleStatements } from '../module-text.js';
import { compare } from '../scope.js';
import { coreModule } from './core-module.js';
import { errorClasses, errorClassModule, errorsIndex, modelsErrorsIndex } from './errors.js';
import { functionModule } from './function-module.js';
import { bodyKind } from './request-parts.js';
import { responseKind } from './response-parts.js';
import { reachableModels, schemaModule } from './schemas.js';
import { groupFileName, groupModule, rootModule } from './sdk-classes.js';
import { coreClassName, defaultErrorClassName } from '../../../surface/typescript/sdk-surface.js';
import { referencePathModules } from '../reference-paths.js';

export interface ClientModule {
  path: string;
  module: ModuleStatements;
}

/** Version written into package.json and the User-Agent. */
export const PACKAGE_VERSION = '0.0.1';

export function clientModules(ctx: EmitContext, api: ApiModel, options: TargetOptions): ClientModule[] {
  const surface = ctx.names.sdk;
  const coreClass = coreClassName(options.sdkClassName);
  const errors = errorClasses(ctx, api, defaultErrorClassName(options.sdkClassName));
  const modules: ClientModule[] = [];
  const add = (path: string, module: ModuleStatements) => modules.push({ path, module });

  const operations = [...surface.rootOperations, ...surface.groups.flatMap((g) => g.operations)];
  for (const s of operations) add(`src/funcs/${s.functionFile}.ts`, functionModule(ctx, s, errors, { coreClass }));
  for (const group of surface.groups) add(`src/sdk/${groupFileName(group)}.ts`, groupModule(ctx, group));
  add('src/sdk/sdk.ts', rootModule(ctx, surface, options.sdkClassName, coreClass));
  add('src/sdk/index.ts', { body: [`export * from "./sdk.js";`] });
  add('src/core.ts', coreModule(ctx, api, options, errors, { coreClass, version: PACKAGE_VERSION }));
  for (const e of errors.all) add(`src/errors/${e.fileName}.ts`, errorClassModule(ctx, e));
  add('src/errors/index.ts', { body: errorsIndex(errors) });
  const errorModelFiles = ctx.infos
    .filter((i) => i.model.namespace === 'errors')
    .map((i) => i.fileName)
    .sort(compare);
  add('src/models/errors/index.ts', { body: modelsErrorsIndex(ctx, errors, errorModelFiles) });
  for (const m of referencePathModules(ctx, errors.defaultClass.className, errors.defaultClass.fileName)) add(m.path, { body: [m.text] });
  for (const info of reachableModels(ctx, [...responseTypes(api), ...jsonRequestTypes(api), ...jsonModelTypes(ctx)]))
    add(`src/schemas/${info.model.namespace}/${info.fileName}.ts`, schemaModule(ctx, info));
  return modules;
}

/** Every model with a `<model>FromJSON` (objects and unions with a wire form): it validates against the schema. */
function jsonModelTypes(ctx: EmitContext): TypeRef[] {
  return ctx.infos.filter((i) => i.hasWire && i.model.shape.kind !== 'enum').map((i) => ({ kind: 'model', id: i.model.id }));
}

/** Every type a parameter or a JSON request body can have: inputs are validated before sending. */
function jsonRequestTypes(api: ApiModel) {
  return api.operations.flatMap((op) => [
    ...op.parameters.map((p) => p.type),
    ...(op.requestBody?.contents ?? [])
      .slice(0, 1)
      .filter((c) => bodyKind(c.mediaType) === 'json')
      .map((c) => c.type),
  ]);
}

/** Every type a response body can have (JSON and event streams; other bodies are not validated). */
function responseTypes(api: ApiModel) {
  return api.operations.flatMap((op) => op.responses.flatMap((r) => r.contents.filter((c) => ['json', 'sse', 'jsonl', 'json-seq'].includes(responseKind(c))).map((c) => c.type)));
}

/**
 * The TypeScript target: an npm package with one module per model (its type, its JSON form and
 * the mappers between them) and the HTTP client (client/). Its docs come from docs/, composed
 * with this code in generator/emit-package.ts.
 */
import type { ApiModel } from '../../ir/model.js';
import type { EmittedFile } from '../../write/emitted-file.js';
import type { Target, TargetOptions } from '../target.js';
import { EmitContext, NAMESPACES } from './context.js';
import { clientModules } from './client/index.js';
import { mcpFiles } from './mcp/index.js';
import { modelModule } from './model-module.js';
import { buildConfigs, jsrJson, modelsIndexStatements, namespaceIndexStatements, packageJson, rootIndexStatements, tsconfigJson } from './package-files.js';
import { GENERATED_HEADER, moduleText, type ModuleStatements } from './module-text.js';
import { ENUMS_MODULE, HOOKS_REGISTRATION, hooksModules, packageRuntimeModules, TYPES_INDEX_MODULE, WIRE_HELPERS_MODULE } from './runtime-files.js';
import { compare } from './scope.js';
import { typescriptLimitations } from './limitations.js';
import type { Surface } from '../../surface/index.js';

export const typescriptTarget: Target = {
  id: 'typescript',
  limitations: typescriptLimitations,
  async emit(model: ApiModel, options: TargetOptions, surface?: Surface): Promise<EmittedFile[]> {
    const ctx = new EmitContext(model, surface?.target === 'typescript' ? surface.typescript : undefined);
    const files: EmittedFile[] = [];
    const add = (path: string, module: ModuleStatements) => files.push({ path, contents: moduleText(module) });

    for (const info of ctx.infos) add(ctx.modulePath(info), modelModule(ctx, info));
    // The errors namespace index also carries the error classes: the client writes it.
    for (const ns of NAMESPACES.filter((n) => n !== 'errors')) {
      const fileNames = ctx.infos
        .filter((i) => i.model.namespace === ns)
        .map((i) => i.fileName)
        .sort(compare);
      add(`src/models/${ns}/index.ts`, { body: namespaceIndexStatements(fileNames) });
    }
    add('src/models/index.ts', { body: modelsIndexStatements() });
    add('src/index.ts', { body: rootIndexStatements() });
    for (const { path, module } of clientModules(ctx, model, options)) add(path, module);
    for (const { name, text } of packageRuntimeModules(options.packageName)) files.push({ path: `src/lib/${name}`, contents: `${GENERATED_HEADER}\n\n${text}` });
    for (const { name, text } of hooksModules()) {
      // registration.ts is the user's: no "DO NOT EDIT", and never overwritten once there.
      files.push(name === HOOKS_REGISTRATION ? { path: `src/hooks/${name}`, contents: text, userOwned: true } : { path: `src/hooks/${name}`, contents: `${GENERATED_HEADER}\n\n${text}` });
    }
    add('src/types/enums.ts', { body: [ENUMS_MODULE] });
    add('src/types/index.ts', { body: [TYPES_INDEX_MODULE] });
    add('src/lib/wire.ts', { body: [WIRE_HELPERS_MODULE] });
    if (options.mcp) files.push(...mcpFiles(ctx, model, options));
    files.push({ path: 'package.json', contents: packageJson(options) });
    files.push({ path: 'tsconfig.json', contents: tsconfigJson(options.mcp === true) });
    files.push(...buildConfigs(options.moduleFormat));
    files.push({ path: 'jsr.json', contents: jsrJson(options) });
    return files.sort((a, b) => compare(a.path, b.path));
  },
};

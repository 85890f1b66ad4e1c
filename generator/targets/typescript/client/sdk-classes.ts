/**
 * The SDK class (`src/sdk/sdk.ts`) and one class per operation group (`src/sdk/<group>.ts`).
 * Methods call the standalone functions and throw their errors; groups are created on first use
 * and share the root client's state (options, OAuth2 token cache).
 */
import type { EmitContext } from '../context.js';
import { fileNameOf } from '../../../surface/typescript/names.js';
import type { ModuleStatements } from '../module-text.js';
import { operationDoc, signature } from './function-module.js';
import { inputTypeName, requestHasFiles } from './file-types.js';
import { resultType } from './response-parts.js';
import { ClientScope } from './scope.js';
import type { GroupSurface, OperationSurface, SdkSurface } from '../../../surface/typescript/sdk-surface.js';

/** File name (without extension) of a group's class module; never `sdk`, the root's. */
export function groupFileName(group: GroupSurface): string {
  const name = fileNameOf(group.className);
  return name === 'sdk' ? 'sdkgroup' : name;
}

/** Names the methods' own parameters take: an imported function must not be shadowed by one. */
function parameterLocals(operations: OperationSurface[]): string[] {
  return ['options', 'request', ...operations.flatMap(parameterNames)];
}

export function groupModule(ctx: EmitContext, group: GroupSurface): ModuleStatements {
  const scope = new ClientScope(ctx, 'sdk', [group.className, ...parameterLocals(group.operations)]);
  const base = scope.lib('sdk', 'ClientSDK');
  const methods = group.operations.map((s) => method(ctx, s, scope));
  return { imports: scope.imports(), body: [`export class ${group.className} extends ${base} {\n${methods.join('\n\n')}\n}`] };
}

export function rootModule(ctx: EmitContext, surface: SdkSurface, sdkClass: string, coreClass: string): ModuleStatements {
  const scope = new ClientScope(ctx, 'sdk', [sdkClass, ...parameterLocals(surface.rootOperations)]);
  const core = scope.named_('core', coreClass, false);
  const members: string[] = [];
  for (const group of surface.groups) {
    const local = scope.named_(`sdk/${groupFileName(group)}`, group.className, false);
    members.push(`  #${group.property}?: ${local};\n  get ${group.property}(): ${local} {\n    return (this.#${group.property} ??= new ${local}(this));\n  }`);
  }
  for (const s of surface.rootOperations) members.push(method(ctx, s, scope));
  const doc = `/** The API client: one property per operation group${surface.rootOperations.length > 0 ? ', and the operations without a group' : ''}. Methods throw on failure. */`;
  return { imports: scope.imports(), body: [`${doc}\nexport class ${sdkClass} extends ${core} {\n${members.join('\n\n')}\n}`] };
}

function method(ctx: EmitContext, s: OperationSurface, scope: ClientScope): string {
  const op = s.operation;
  const fn = scope.named_(`funcs/${s.functionFile}`, s.functionName, false);
  const unwrap = scope.lib('result', 'unwrapAsync');
  const options = scope.lib('config', 'RequestOptions', true);
  const result = resultType(op, scope);
  const value = op.pagination ? `${scope.lib('pagination', 'Page', true)}<${result}>` : result;
  const input = requestHasFiles(ctx, op) ? scope.named_(`funcs/${s.functionFile}`, inputTypeName(s.functionName), true) : undefined;
  const { parameters } = signature(s, scope, input);
  const args = ['this', ...parameterNames(s), 'options'];
  const doc = operationDoc(op);
  const lines = [
    ...(doc ? doc.split('\n').map((l) => `  ${l}`) : []),
    `  async ${s.methodName}(${[...parameters, `options?: ${options}`].join(', ')}): Promise<${value}> {`,
    `    return ${unwrap}(${fn}(${args.join(', ')}));`,
    '  }',
  ];
  return lines.join('\n');
}

function parameterNames(s: OperationSurface): string[] {
  const a = s.argument;
  if (a.kind === 'none') return [];
  if (a.kind === 'positional') return a.parameters.map((p) => p.name);
  return ['request'];
}

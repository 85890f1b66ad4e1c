/**
 * The TypeScript usage programs of one operation: through the SDK class, and through the
 * standalone function with the core client. Values come from the same deterministic example
 * builder as the model pages, so every snippet is stable and type-checks against the package.
 */
import type { ApiModel, TypeRef } from '../../ir/model.js';
import { coreClassName, envPrefixOf, securityEnvVar, securityOptionName, type OperationSurface } from '../../surface/typescript/sdk-surface.js';
import { camelCase } from '../../ir/naming/case.js';
import { codeBlock } from '../markdown.js';
import { printExample, type TsExampleBuilder } from '../ts-example.js';

export interface TsUsageSettings {
  packageName: string;
  sdkClassName: string;
  envVarPrefix?: string | undefined;
}

export function sdkUsage(op: OperationSurface, api: ApiModel, settings: TsUsageSettings, examples: TsExampleBuilder): string {
  const client = clientVariable(settings.sdkClassName);
  const target = methodPath(op, client);
  const lines = [
    `import { ${settings.sdkClassName} } from "${settings.packageName}";`,
    '',
    ...construction(settings.sdkClassName, client, api, envPrefixOf(settings)),
    '',
    'async function run() {',
    `  const result = await ${target}(${callArguments(op, examples)});`,
    '',
    '  // Handle the result',
    '  console.log(result);',
    '}',
    '',
    'run();',
  ];
  return codeBlock('typescript', lines.join('\n'));
}

export function standaloneUsage(op: OperationSurface, api: ApiModel, settings: TsUsageSettings, examples: TsExampleBuilder): string {
  const core = coreClassName(settings.sdkClassName);
  const client = clientVariable(settings.sdkClassName);
  const args = callArguments(op, examples);
  const lines = [
    `import { ${core} } from "${settings.packageName}/core.js";`,
    `import { ${op.functionName} } from "${settings.packageName}/funcs/${op.functionFile}.js";`,
    '',
    '// Use `' + core + '` for best tree-shaking performance.',
    '// You can create one instance of it to use across an application.',
    ...construction(core, client, api, envPrefixOf(settings)),
    '',
    'async function run() {',
    `  const res = await ${op.functionName}(${client}${args ? `, ${args}` : ''});`,
    '',
    '  if (!res.ok) {',
    '    throw res.error;',
    '  }',
    '',
    '  const { value: result } = res;',
    '',
    '  // Handle the result',
    '  console.log(result);',
    '}',
    '',
    'run();',
  ];
  return codeBlock('typescript', lines.join('\n'));
}

/** `clerkBackendApi.users.list`: the method as a program calls it. */
export function methodPath(op: OperationSurface, client: string): string {
  return op.groupProperty ? `${client}.${op.groupProperty}.${op.methodName}` : `${client}.${op.methodName}`;
}

/** Name of the SDK instance in every example (`ClerkBackendApi` → `clerkBackendApi`). */
export function clientVariable(sdkClassName: string): string {
  return camelCase(sdkClassName) || 'sdk';
}

/** `new X({ bearerAuth: process.env["…"] ?? "" })` for the API-wide security requirement. */
/** `new <Class>({ <scheme>: process.env[...] })`; `prefix` is the package's environment variable prefix (`envPrefixOf`). */
export function construction(className: string, variable: string, api: ApiModel, prefix: string): string[] {
  const schemes = api.security[0]?.schemes ?? [];
  const credentials = schemes.filter(({ key }) => {
    const scheme = api.securitySchemes.find((s) => s.key === key);
    return scheme !== undefined && (scheme.type === 'apiKey' || (scheme.type === 'http' && scheme.scheme === 'bearer'));
  });
  if (credentials.length === 0) return [`const ${variable} = new ${className}();`];
  return [`const ${variable} = new ${className}({`, ...credentials.map(({ key }) => `  ${securityOptionName(key)}: process.env["${securityEnvVar(prefix, key)}"] ?? "",`), '});'];
}

/**
 * The arguments of a call that also passes `options` (the last parameter of every method):
 * optional positional parameters left out of the plain example are passed as `undefined`.
 */
export function callArgumentsWithOptions(op: OperationSurface, examples: TsExampleBuilder, options: string): string {
  const argument = op.argument;
  switch (argument.kind) {
    case 'none':
      return options;
    case 'positional': {
      const values = argument.parameters.map((p) =>
        !p.optional || p.parameter.example !== undefined ? printExample(examples.forParameter(p.parameter, `${op.functionName}.${p.name}`), 1) : 'undefined',
      );
      return [...values, options].join(', ');
    }
    case 'request':
      return `${printExample(examples.forType(argument.type, op.functionName), 1)}, ${options}`;
  }
}

export function callArguments(op: OperationSurface, examples: TsExampleBuilder): string {
  const argument = op.argument;
  switch (argument.kind) {
    case 'none':
      return '';
    case 'positional':
      return argument.parameters
        .filter((p) => !p.optional || p.parameter.example !== undefined)
        .map((p) => printExample(examples.forParameter(p.parameter, `${op.functionName}.${p.name}`), 1))
        .join(', ');
    case 'request':
      return leftOut(op, argument.type, examples) ? '' : printExample(examples.forType(argument.type, op.functionName), 1);
  }
}

/**
 * An optional body taken on its own (no parameters beside it) is left out of the call, as the
 * reference shows it (`create()`), unless the spec gives one of its fields an example or a
 * default: then the call shows the body (`create({ name: "<value>" })`).
 */
function leftOut(op: OperationSurface, type: TypeRef, examples: TsExampleBuilder): boolean {
  if (op.argument.kind !== 'request' || !op.argument.optional || op.operation.parameters.length > 0) return false;
  const model = type.kind === 'model' ? examples.model(type.id) : undefined;
  if (model?.shape.kind !== 'object') return true;
  return !model.shape.properties.some((p) => p.example !== undefined || p.default !== undefined);
}

/**
 * The C# `### Example Usage` program of one operation: `using` lines, the SDK constructed with
 * placeholder credentials, the request built from spec examples, the awaited call.
 */
import type { ApiModel, Operation } from '../../ir/model.js';
import { camelCase } from '../../ir/naming/case.js';
import { sdkConstructorArguments } from '../../surface/csharp/constructor-arguments.js';
import type { CsharpFlavour } from '../flavour/csharp.js';
import { codeBlock } from '../markdown.js';
import type { ModelIndex } from '../model-index.js';
import { codeClassName, csharpValue, shownInExample, type ValueContext } from './csharp-values.js';
import type { CallShape } from './operation-facts.js';

export interface UsageSettings {
  packageName: string;
  sdkClassName: string;
  /** `sdk.<Group>` or empty for methods on the root class. */
  groupAccessor: string;
  methodName: string;
  /** A last named argument to pass (`options: new RequestOptions { … }`), for the README. */
  trailingArgument?: string;
}

export function csharpUsage(op: Operation, shape: CallShape, settings: UsageSettings, index: ModelIndex, flavour: CsharpFlavour): string {
  const ctx: ValueContext = { index, flavour, packageName: settings.packageName, used: new Set() };
  const prelude: string[] = [];
  let args = '()';
  if (shape.kind === 'request') {
    const className = codeClassName(shape.model, ctx);
    const value = csharpValue({ kind: 'model', id: shape.model.id }, 'request', undefined, shape.model.name, ctx);
    prelude.push(`${className} req = ${value};`, '');
    args = '(req)';
  } else if (shape.kind === 'flattened') {
    const shown = shape.properties.filter((p) => (p.location !== 'body' ? shownInExample(p) : true));
    const names = flatArgumentNames(flavour, op);
    const parts = shown
      .map((p) => ({ name: names.get(p.wireName) ?? argumentName(p.wireName), value: csharpValue(p.type, p.wireName, p.example ?? p.parameter?.example, `${op.id}.${p.wireName}`, ctx, 1) }))
      .filter((part) => part.name !== 'requestBody' || !part.value.endsWith('{}') || isRequiredBody(op));
    if (parts.length === 1) args = `(${parts[0].name}: ${parts[0].value.replace(/\n {4}/g, '\n')})`;
    else if (parts.length > 1) args = `(\n${parts.map((p) => `    ${p.name}: ${p.value}`).join(',\n')}\n)`;
  }
  if (settings.trailingArgument !== undefined) args = withTrailing(args, settings.trailingArgument);
  const lines = [
    ...usingLines(settings.packageName, ctx),
    '',
    `var sdk = new ${settings.sdkClassName}(${constructorArguments(index.api)});`,
    '',
    ...prelude,
    `var res = await sdk.${settings.groupAccessor ? settings.groupAccessor + '.' : ''}${settings.methodName}Async${args};`,
    '',
    '// handle response',
  ];
  return codeBlock('csharp', lines.join('\n'));
}

/** `(a)` → `(a, extra)`, `()` → `(extra)`, a multi-line list gets one more line. */
function withTrailing(args: string, extra: string): string {
  if (args === '()') return `(${extra})`;
  if (args.startsWith('(\n')) return `${args.slice(0, -2)},\n    ${extra}\n)`;
  return `${args.slice(0, -1)}, ${extra})`;
}

function isRequiredBody(op: Operation): boolean {
  return op.requestBody?.required === true;
}

/** The target's names of a flattened method's arguments, by the wire name of what they fill. */
function flatArgumentNames(flavour: CsharpFlavour, op: Operation): Map<string, string> {
  const input = flavour.names.methodInputs.get(op.id)!;
  return new Map(input.kind === 'flattened' ? input.parameters.map((p) => [p.property.wireName, p.name]) : []);
}

function argumentName(wireName: string): string {
  return wireName === 'RequestBody' ? 'requestBody' : camelCase(wireName) || 'value';
}

function usingLines(packageName: string, ctx: ValueContext): string[] {
  const lines = [`using ${packageName};`, `using ${packageName}.Models.Components;`];
  if ([...ctx.used].some((m) => m.namespace === 'operations')) lines.push(`using ${packageName}.Models.Operations;`);
  return lines;
}

/** Placeholder credentials for the API-wide security requirement. */
function constructorArguments(api: ApiModel): string {
  const requirement = api.security[0];
  if (!requirement) return '';
  // The SDK constructor's own argument names (one per scheme, kept clear of its other arguments).
  const names = sdkConstructorArguments(api.securitySchemes).schemes;
  return requirement.schemes
    .map(({ key }) => {
      const at = api.securitySchemes.findIndex((s) => s.key === key);
      const scheme = api.securitySchemes[at];
      const placeholder =
        scheme?.type === 'http' && scheme.scheme === 'bearer'
          ? '<YOUR_BEARER_TOKEN_HERE>'
          : scheme?.type === 'apiKey'
            ? '<YOUR_API_KEY_HERE>'
            : scheme?.type === 'oauth2'
              ? '<YOUR_OAUTH2_TOKEN_HERE>'
              : '<YOUR_CREDENTIALS_HERE>';
      return `${names[at] ?? camelCase(key)}: "${placeholder}"`;
    })
    .join(', ');
}

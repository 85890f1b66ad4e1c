/**
 * `docs/sdks/<group>/README.md` in the TypeScript flavour: the operation list, then per
 * operation its description, both usage programs (SDK method and standalone function), the
 * arguments, the resolved type and the errors.
 */
import type { ApiModel, Operation, TypeRef } from '../../ir/model.js';
import { defaultErrorClassName, type OperationSurface } from '../../targets/typescript/client/surface.js';
import type { TypescriptFlavour } from '../flavour/typescript.js';
import { heading, link, renderTable, strikethrough } from '../markdown.js';
import type { ModelIndex } from '../model-index.js';
import { RETRY_CONFIG_PAGE } from '../retry-config-page.js';
import { fragments } from '../templates.js';
import type { TsExampleBuilder } from '../ts-example.js';
import { declaredErrors } from './operation-facts.js';
import { sdkUsage, standaloneUsage, type TsUsageSettings } from './typescript-usage.js';

const REQUIRED = ':heavy_check_mark:';
const OPTIONAL = ':heavy_minus_sign:';

export interface TsGroupContext {
  api: ApiModel;
  index: ModelIndex;
  flavour: TypescriptFlavour;
  examples: TsExampleBuilder;
  settings: TsUsageSettings;
}

/** `className` is the group class, or undefined for the SDK class's own methods. */
export function typescriptGroupPage(className: string | undefined, property: string | undefined, ops: OperationSurface[], ctx: TsGroupContext): string {
  const head = className === undefined ? heading(1, `${ctx.settings.sdkClassName} SDK`) + '\n' : `${heading(1, className)}\n(*${property}*)\n`;
  const overview = [head, heading(2, 'Overview'), '', ...apiSummary(ctx.api, className === undefined), heading(3, 'Available Operations'), '', ...ops.map(listItem)].join('\n');
  return [overview, ...ops.map((op) => section(op, ctx))].join('\n\n') + '\n';
}

function listItem(op: OperationSurface): string {
  const name = op.methodName;
  const summary = op.operation.summary ?? '';
  return op.operation.deprecated ? `* [${strikethrough(name)}](#${name.toLowerCase()}) - ${summary} :warning: **Deprecated**` : `* [${name}](#${name.toLowerCase()}) - ${summary}`;
}

function section(op: OperationSurface, ctx: TsGroupContext): string {
  const operation = op.operation;
  const parts = [heading(2, operation.deprecated ? strikethrough(op.methodName) : op.methodName)];
  const description = operation.description ?? operation.summary;
  if (description) parts.push(description);
  if (operation.deprecated) parts.push(fragments().deprecatedModel);
  parts.push(heading(3, 'Example Usage'), sdkUsage(op, ctx.api, ctx.settings, ctx.examples));
  parts.push(heading(3, 'Standalone function'), `\`${op.functionName}\` does the same without the SDK class and returns a result instead of throwing:`);
  parts.push(standaloneUsage(op, ctx.api, ctx.settings, ctx.examples));
  parts.push(heading(3, 'Parameters'), parametersTable(op, ctx));
  parts.push(heading(3, 'Response'), `**Promise\\<${responseType(operation, ctx)}\\>**`);
  parts.push(heading(3, 'Errors'), errorsTable(operation, ctx));
  return parts.join('\n\n');
}

function parametersTable(op: OperationSurface, ctx: TsGroupContext): string {
  const rows: string[][] = [];
  const argument = op.argument;
  if (argument.kind === 'positional') {
    for (const p of argument.parameters) {
      rows.push([`\`${p.name}\``, ctx.flavour.typeCell(p.parameter.type), p.optional ? OPTIONAL : REQUIRED, p.parameter.description ?? fragments().notAvailable]);
    }
  } else if (argument.kind === 'request') {
    rows.push(['`request`', ctx.flavour.typeCell(argument.type), argument.optional ? OPTIONAL : REQUIRED, 'The request: parameters and body of the call.']);
  }
  rows.push(['`options`', 'RequestOptions', OPTIONAL, 'Settings for this call only.']);
  rows.push([
    '`options.fetchOptions`',
    '[RequestInit](https://developer.mozilla.org/en-US/docs/Web/API/RequestInit)',
    OPTIONAL,
    'Passed to `fetch` (headers, credentials, …); `method` and `body` belong to the SDK.',
  ]);
  rows.push(['`options.retries`', link('RetryConfig', `../../${RETRY_CONFIG_PAGE.slice('docs/'.length)}`), OPTIONAL, 'Overrides the retry policy for this call.']);
  rows.push(['`options.timeoutMs`', '*number*', OPTIONAL, 'Aborts the call after this many milliseconds.']);
  rows.push(['`options.signal`', '[AbortSignal](https://developer.mozilla.org/en-US/docs/Web/API/AbortSignal)', OPTIONAL, 'Aborts the call, including a pending retry.']);
  return renderTable(['Parameter', 'Type', 'Required', 'Description'], rows);
}

function responseType(operation: Operation, ctx: TsGroupContext): string {
  const success = operation.responses.find((r) => !r.isError && r.contents.length > 0);
  const type: TypeRef | undefined = success?.contents[0].type;
  return type ? ctx.flavour.typeCell(type) : 'void';
}

function errorsTable(operation: Operation, ctx: TsGroupContext): string {
  const rows = declaredErrors(operation, ctx.index).map((row) => [`errors.${ctx.flavour.className(row.model)}`, row.statusCodes.join(', '), row.contentType]);
  rows.push([`errors.${defaultErrorClassName(ctx.settings.sdkClassName)}`, '4XX, 5XX', '*/*']);
  return renderTable(['Error Type', 'Status Code', 'Content Type'], rows);
}

/** The SDK class page starts with what the API is, from the spec's info. */
function apiSummary(api: ApiModel, isRoot: boolean): string[] {
  if (!isRoot) return [];
  const about = api.info.description ? `${api.info.title}: ${api.info.description}` : api.info.title;
  return [about, ''];
}

/**
 * `docs/sdks/<group>/README.md` in the TypeScript flavour: the operation list, then per
 * operation its description, both usage programs (SDK method and standalone function), the
 * arguments, the resolved type and the errors.
 */
import type { ApiModel, Operation, TypeRef } from '../../ir/model.js';
import { defaultErrorClassName, type OperationSurface } from '../../surface/typescript/sdk-surface.js';
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

/**
 * `className` is the group class, or undefined for the SDK class's own methods; `intro` the
 * group's summary and nesting (group-tree.ts), first in the overview.
 */
export function typescriptGroupPage(className: string | undefined, property: string | undefined, ops: OperationSurface[], ctx: TsGroupContext, intro: string[] = []): string {
  const head = className === undefined ? heading(1, `${ctx.settings.sdkClassName} SDK`) + '\n' : `${heading(1, className)}\n(*${property}*)\n`;
  const overview = [head, heading(2, 'Overview'), '', ...apiSummary(ctx.api, className === undefined), ...intro, heading(3, 'Available Operations'), '', ...ops.map(listItem)].join('\n');
  const page = [overview, ...ops.map((op) => section(op, ctx))].join('\n\n');
  // Like the reference: a group page ends at its last table, the SDK class page with a newline.
  return className === undefined ? page + '\n' : page;
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
  parts.push(heading(3, 'Standalone function'), 'The standalone function version of this method:');
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
    // The reference marks the request object required even where the SDK lets it be left out.
    rows.push(['`request`', listLink(argument.type, ctx), REQUIRED, 'The request object to use for the request.']);
  }
  rows.push(['`options`', 'RequestOptions', OPTIONAL, 'Used to set various options for making HTTP requests.']);
  rows.push([
    '`options.fetchOptions`',
    '[RequestInit](https://developer.mozilla.org/en-US/docs/Web/API/Request/Request#options)',
    OPTIONAL,
    'Options that are passed to the underlying HTTP request. This can be used to inject extra headers for examples. All `Request` options, except `method` and `body`, are allowed.',
  ]);
  rows.push(['`options.retries`', link('RetryConfig', `../../${RETRY_CONFIG_PAGE.slice('docs/'.length)}`), OPTIONAL, 'Enables retrying HTTP requests under certain failure conditions.']);
  return renderTable(['Parameter', 'Type', 'Required', 'Description'], rows);
}

/**
 * The type cell of a request or response on an operation page. The reference writes a list of
 * models as one link text with `[]` inside and a link to the models folder itself
 * (`[components.User[]](../../models/.md)`); the model pages' tables write the usual cell.
 */
function listLink(type: TypeRef, ctx: TsGroupContext): string {
  if (type.kind === 'array' && !type.prefixItems && type.items.kind === 'model') {
    const model = ctx.index.get(type.items.id);
    if (model) return `[${ctx.flavour.qualifiedName(model)}[]](../../models/.md)`;
  }
  return ctx.flavour.typeCell(type);
}

function responseType(operation: Operation, ctx: TsGroupContext): string {
  const success = operation.responses.find((r) => !r.isError && r.contents.length > 0);
  const content = success?.contents[0];
  if (!content) return 'void';
  // A stream of items (3.2 itemSchema) is the iterable the SDK returns, of the item type.
  if (content.sequence) return `${content.sequence === 'sse' ? 'EventStream' : 'JsonStream'}\\<${listLink(content.type, ctx)}\\>`;
  return listLink(content.type, ctx);
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

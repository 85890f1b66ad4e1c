/**
 * `docs/sdks/<group>/README.md` in the C# flavour: the operation list, then per operation its
 * description, a usage program, the parameters, the response class and the errors table.
 */
import type { ApiModel, Operation } from '../../ir/model.js';
import { csharpGroupClassName, MAX_METHOD_PARAMS, type CsharpSurface } from '../../surface/csharp/sdk-surface.js';
import type { CsharpFlavour } from '../flavour/csharp.js';
import { heading, renderTable, strikethrough } from '../markdown.js';
import type { ModelIndex } from '../model-index.js';
import { exampleCell } from '../example-cell.js';
import { fragments } from '../templates.js';
import { csharpUsage } from './csharp-usage.js';
import { callShape, declaredErrors, type CallShape } from './operation-facts.js';
import { propertyNameSource } from '../../ir/naming/parameter-names.js';

const REQUIRED = ':heavy_check_mark:';
const OPTIONAL = ':heavy_minus_sign:';

export interface GroupPageSettings {
  packageName: string;
  sdkClassName: string;
}

/**
 * The method's name as the docs show it: the C# target's `…Async` method without the suffix
 * (`ListAsync` → `List`), so that a name in the docs is the name in the code.
 */
export function csharpDocMethodName(surface: CsharpSurface, op: Operation): string {
  return surface.methodNames.get(op.id)!.replace(/Async$/, '');
}

/**
 * The page of a group (or of the SDK class, `group` undefined). Class, property and method
 * names come from the target's surface; a group without operations has no class in the code,
 * its page is titled as the target would name it.
 */
export function csharpGroupPage(
  group: string | undefined,
  ops: Operation[],
  settings: GroupPageSettings,
  index: ModelIndex,
  flavour: CsharpFlavour,
  surface: CsharpSurface,
  intro: string[] = [],
): string {
  const inCode = surface.groups.find((g) => g.name === group);
  const className = group === undefined ? settings.sdkClassName : (inCode?.className ?? csharpGroupClassName(group));
  const property = inCode?.propertyName ?? className;
  const head = group === undefined ? `${heading(1, `${className} SDK`)}\n` : `${heading(1, className)}\n(*${property}*)\n`;
  const overview = [head, heading(2, 'Overview'), '', ...apiSummary(index.api, group === undefined), ...intro, heading(3, 'Available Operations'), '', ...ops.map((op) => listItem(op, surface))].join(
    '\n',
  );
  const sections = ops.map((op) => operationSection(op, group === undefined ? '' : property, settings, index, flavour, surface));
  const page = [overview, ...sections].join('\n\n');
  return group === undefined ? page + '\n' : page;
}

function listItem(op: Operation, surface: CsharpSurface): string {
  const name = csharpDocMethodName(surface, op);
  const anchor = `#${name.toLowerCase()}`;
  const summary = op.summary ?? '';
  return op.deprecated ? `* [${strikethrough(name)}](${anchor}) - ${summary} :warning: **Deprecated**` : `* [${name}](${anchor}) - ${summary}`;
}

function operationSection(op: Operation, groupAccessor: string, settings: GroupPageSettings, index: ModelIndex, flavour: CsharpFlavour, surface: CsharpSurface): string {
  const name = csharpDocMethodName(surface, op);
  const shape = callShape(op, index, MAX_METHOD_PARAMS);
  const parts = [heading(2, op.deprecated ? strikethrough(name) : name)];
  const description = op.description ?? op.summary;
  if (description) parts.push(description);
  if (op.deprecated) parts.push(fragments().deprecatedModel);
  parts.push(heading(3, 'Example Usage'), csharpUsage(op, shape, { ...settings, groupAccessor, methodName: name }, index, flavour));
  if (shape.kind !== 'none') parts.push(heading(3, 'Parameters'), parametersTable(shape, flavour));
  const response = index.get(op.responseModelId);
  if (response) parts.push(heading(3, 'Response'), `**${flavour.modelLink(response)}**`);
  parts.push(heading(3, 'Errors'), errorsTable(op, settings.packageName, index));
  return parts.join('\n\n');
}

function parametersTable(shape: Exclude<CallShape, { kind: 'none' }>, flavour: CsharpFlavour): string {
  const header = ['Parameter', 'Type', 'Required', 'Description'];
  if (shape.kind === 'request') {
    // The reference marks the request object required even when the body is optional.
    return renderTable(header, [['`request`', flavour.modelLink(shape.model), REQUIRED, 'The request object to use for the request.']]);
  }
  const names = flavour.fieldNames(shape.properties.map(propertyNameSource));
  const withExample = shape.properties.some((p) => p.example !== undefined);
  const rows = shape.properties.map((p, i) => [
    p.deprecated ? '~~`' + names[i] + '`~~' : '`' + names[i] + '`',
    flavour.typeCell(p.type),
    p.required ? REQUIRED : OPTIONAL,
    p.description ?? fragments().notAvailable,
    ...(withExample ? [p.example === undefined ? '' : exampleCell(p.example)] : []),
  ]);
  return renderTable(withExample ? [...header, 'Example'] : header, rows);
}

function errorsTable(op: Operation, packageName: string, index: ModelIndex): string {
  const rows = declaredErrors(op, index).map((row) => [`${packageName}.Models.Errors.${row.model.name}`, row.statusCodes.join(', '), row.contentType]);
  rows.push([`${packageName}.Models.Errors.SDKError`, '4XX, 5XX', '*/*']);
  return renderTable(['Error Type', 'Status Code', 'Content Type'], rows);
}

/** The SDK class page starts with what the API is, from the spec's info. */
function apiSummary(api: ApiModel, isRoot: boolean): string[] {
  if (!isRoot) return [];
  const about = api.info.description ? `${api.info.title}: ${api.info.description}` : api.info.title;
  return [about, ''];
}

/**
 * Names of the C# SDK surface, shared by the target and the docs renderer: the group classes
 * and the SDK properties that hold them (`sdk.SignUps`), the `…Async` method of each operation,
 * the arguments of that method (flattened up to `maxMethodParams`, else one request object, as
 * the reference does) and the class of undeclared API errors. Pure functions of the IR.
 */
import type { ApiModel, Model, Operation, Property, TypeRef } from '../../ir/model.js';
import { pascalCase, splitWords } from '../../ir/naming/case.js';
import { OBJECT_MEMBERS } from './keywords.js';
import { objectMembers } from './members.js';
import { csIdentifier, csParameterName, uniqueNames } from './names.js';
import { firstFree } from '../common/deconflict.js';

/** The reference flattens operations with up to four parameters (body included). */
export const MAX_METHOD_PARAMS = 4;

/** Namespaces under the root one; a group class may not take these names. */
const ROOT_NAMESPACES = ['Models', 'Utils', 'Hooks'];

/**
 * Group class name: the first letter of each word raised, nothing else touched
 * (`oauthApplications` → `OauthApplications`, `emailSMSTemplates` → `EmailSMSTemplates`).
 */
export function csharpGroupClassName(groupName: string): string {
  return csIdentifier(
    splitWords(groupName)
      .map((w) => w[0].toUpperCase() + w.slice(1))
      .join(''),
    'Group',
  );
}

export interface CsharpGroupSurface {
  /** Group name as in the IR. */
  name: string;
  className: string;
  /** The interface the group class implements (`IUsers`), for mocks and dependency injection. */
  interfaceName: string;
  /** Property of the SDK class that holds the group (`sdk.<propertyName>`). */
  propertyName: string;
  operationIds: string[];
}

export interface CsharpSurface {
  sdkClassName: string;
  /** The interface the SDK class implements (`IClerkBackendApi`). */
  sdkInterfaceName: string;
  groups: CsharpGroupSurface[];
  /** Operations without a group: methods of the SDK class itself. */
  rootOperationIds: string[];
  /** `…Async` method name by operation id, unique within its class. */
  methodNames: Map<string, string>;
}

/** The C# names of the SDK's classes and methods (the names stage computes them once per run: surface/csharp/index.ts). */
export function csharpSurface(api: ApiModel, sdkClassName: string): CsharpSurface {
  const grouped = api.groups.filter((g) => g.operationIds.length > 0);
  const classNames = uniqueNames(
    grouped.map((g) => csharpGroupClassName(g.name)),
    [sdkClassName, ...ROOT_NAMESPACES],
    'Group',
  );
  const propertyNames = uniqueNames(
    grouped.map((g) => csharpGroupClassName(g.name)),
    [sdkClassName, ...OBJECT_MEMBERS],
    'Group',
  );
  // `I` + class name, as the reference does; kept clear of every class of the root namespace.
  const [sdkInterfaceName, ...interfaceNames] = uniqueNames(
    [sdkClassName, ...classNames].map((n) => `I${n}`),
    [sdkClassName, ...classNames, ...ROOT_NAMESPACES],
    'Interface',
  );
  const groups = grouped.map((g, i) => ({ name: g.name, className: classNames[i], interfaceName: interfaceNames[i], propertyName: propertyNames[i], operationIds: [...g.operationIds] }));
  const inGroup = new Set(groups.flatMap((g) => g.operationIds));
  const rootOperationIds = api.operations.filter((o) => !inGroup.has(o.id)).map((o) => o.id);
  const byId = new Map(api.operations.map((o) => [o.id, o]));
  const methodNames = new Map<string, string>();
  const name = (ids: string[], taken: string[]) => {
    const names = uniqueNames(
      ids.map((id) => csharpMethodBaseName(byId.get(id)!)),
      [...taken, ...OBJECT_MEMBERS],
      '',
    );
    ids.forEach((id, i) => methodNames.set(id, names[i]));
  };
  for (const group of groups) name(group.operationIds, [group.className]);
  name(rootOperationIds, [sdkClassName, ...propertyNames]);
  return { sdkClassName, sdkInterfaceName, groups, rootOperationIds, methodNames };
}

/** `<MethodName>Async` before de-duplication (`list` → `ListAsync`). */
export function csharpMethodBaseName(operation: Operation): string {
  return `${csIdentifier(pascalCase(operation.methodName), 'Call')}Async`;
}

/** One argument of a flattened method. */
export interface CsharpFlatParameter {
  /** camelCase argument name, keywords escaped (`identifierId`, `@class`). */
  name: string;
  /** The request wrapper's property it fills (PascalCase). */
  propertyName: string;
  property: Property;
}

export type CsharpMethodInput =
  | { kind: 'none' }
  /**
   * One argument named `request`: the request wrapper, or the body when there are no parameters.
   * A wrapper without required fields is optional (`request = null`), as the reference has it.
   */
  | { kind: 'request'; name: 'request'; type: TypeRef; required: boolean; modelId?: string; wrapper: boolean }
  | { kind: 'flattened'; parameters: CsharpFlatParameter[]; modelId: string };

export function csharpMethodInput(operation: Operation, models: ReadonlyMap<string, Model>, classNames: ReadonlyMap<string, string>, maxMethodParams = MAX_METHOD_PARAMS): CsharpMethodInput {
  if (operation.requestModelId !== undefined) {
    const model = models.get(operation.requestModelId)!;
    const properties = (model.shape as { properties: Property[] }).properties;
    if (properties.length > maxMethodParams) {
      return { kind: 'request', name: 'request', type: { kind: 'model', id: model.id }, required: properties.some((p) => p.required), modelId: model.id, wrapper: true };
    }
    return { kind: 'flattened', parameters: flatParameters(model, classNames.get(model.id)!), modelId: model.id };
  }
  const body = operation.requestBody;
  if (body && body.contents.length > 0) {
    const type = body.contents[0].type;
    return { kind: 'request', name: 'request', type, required: body.required, modelId: type.kind === 'model' ? type.id : undefined, wrapper: false };
  }
  return { kind: 'none' };
}

function flatParameters(model: Model, className: string): CsharpFlatParameter[] {
  const members = objectMembers(model, className, 'request');
  const properties = (model.shape as { properties: Property[] }).properties;
  const names = uniqueNames(members.properties.map(csParameterName), [], '');
  return properties.map((property, i) => ({ name: names[i], propertyName: members.properties[i], property }));
}

/**
 * Names of the three trailing arguments every method has, kept clear of the flattened ones:
 * our RequestOptions and CancellationToken, then the reference's `retryConfig` (last, so that
 * positional calls with options and a token keep compiling).
 */
export function csharpTrailingArguments(input: CsharpMethodInput): { options: string; cancellationToken: string; retryConfig: string } {
  const taken = new Set(input.kind === 'flattened' ? input.parameters.map((p) => p.name) : input.kind === 'request' ? ['request'] : []);
  const options = firstFree(['options', 'requestOptions'], taken);
  taken.add(options);
  const cancellationToken = firstFree(['cancellationToken', 'ct'], taken);
  taken.add(cancellationToken);
  return { options, cancellationToken, retryConfig: firstFree(['retryConfig', 'retries', 'retryPolicy'], taken) };
}

/**
 * The names and call shapes of the generated SDK, shared with the docs renderer so that the
 * operation docs show exactly what the code exports:
 *
 *   new ClerkBackendApi(options).oauthApplications.get(oauthApplicationId, options?)
 *   oauthApplicationsGet(core, oauthApplicationId, options?)   // from "<pkg>/funcs/oauthApplicationsGet.js"
 *
 * Pure functions of the IR and the target options; nothing here writes code.
 */
import type { ApiModel, Model, Operation, Parameter, TypeRef } from '../../ir/model.js';
import { camelCase } from '../../ir/naming/case.js';
import { isIdentifier, tsPropertyNames, words } from './names.js';
import { deconflict, NameScope } from '../common/deconflict.js';
import { RESERVED_WORDS } from './reserved.js';
import { propertyNameSource } from '../../ir/naming/parameter-names.js';

/**
 * At most this many parameters are passed positionally, as the reference generator does for
 * TypeScript (`get(id)`); more, or any body together with parameters, take a request object.
 */
export const MAX_POSITIONAL_PARAMETERS = 1;

/** What an SDK method and its standalone function take before `options`. */
export type OperationArgument =
  /** No parameters and no body: `list(options?)`. */
  | { kind: 'none' }
  /** Each parameter by itself, in spec order: `get(userId, options?)`. */
  | { kind: 'positional'; parameters: PositionalParameter[] }
  /**
   * One object: the `<Op>Request` wrapper (`type` is `{ kind: 'model', id: requestModelId }`),
   * or, for an operation with a body and no parameters, the body itself.
   */
  | { kind: 'request'; type: TypeRef; optional: boolean };

export interface PositionalParameter {
  /** Name of the function parameter (camelCase, never a reserved word). */
  name: string;
  /** The property of the request wrapper it fills. */
  propertyName: string;
  parameter: Parameter;
  optional: boolean;
}

export interface OperationSurface {
  operation: Operation;
  /** The SDK property of the operation's group; undefined for methods on the SDK class itself. */
  groupProperty?: string;
  /** Class of that group (`OauthApplications`), file `src/sdk/<lower-case>.ts`. */
  groupClass?: string;
  methodName: string;
  /** Standalone function, exported from `src/funcs/<functionFile>.ts` (`<pkg>/funcs/<functionFile>.js`). */
  functionName: string;
  /** The function's module name: the function name, shortened with a hash when too long for a file system. */
  functionFile: string;
  argument: OperationArgument;
}

export interface GroupSurface {
  name: string;
  property: string;
  className: string;
  operations: OperationSurface[];
}

export interface SdkSurface {
  groups: GroupSurface[];
  /** Operations without a group: methods of the SDK class. */
  rootOperations: OperationSurface[];
  byOperationId: Map<string, OperationSurface>;
}

/** Members of every SDK object (see templates/runtime/typescript/sdk.ts); methods must not shadow them. */
const SDK_MEMBERS = new Set(['_state', 'constructor']);

/** Names and argument shapes of every operation, unique where they must be. */
export function sdkSurface(api: ApiModel): SdkSurface {
  const byId = new Map(api.operations.map((op) => [op.id, op]));
  // A group that only nests others (3.2 tag `parent`) has nothing to call: groups stay flat.
  const groups = api.groups.filter((g) => g.operationIds.length > 0);
  const grouped = new Set(groups.flatMap((g) => g.operationIds));
  const rootOps = api.operations.filter((op) => !grouped.has(op.id));
  const rootMethods = uniqueNames(
    rootOps.map((op) => methodNameOf(op)),
    SDK_MEMBERS,
  );
  const groupProperties = uniqueNames(
    groups.map((g) => camelIdentifier(g.name, 'group')),
    new Set([...SDK_MEMBERS, ...rootMethods]),
  );
  const functionNames = new NameScope({ ignoreCase: true });
  const modelsById = new Map(api.models.map((m) => [m.id, m]));
  const surface: SdkSurface = { groups: [], rootOperations: [], byOperationId: new Map() };
  const add = (op: Operation, methodName: string, group?: { property: string; className: string }): OperationSurface => {
    const base = group ? `${group.property}${upperFirst(methodName)}` : methodName;
    const functionName = functionNames.claim(RESERVED_WORDS.has(base) ? `${base}_` : base);
    const s: OperationSurface = { operation: op, methodName, functionName, functionFile: functionFileName(functionName), argument: operationArgument(api, op, modelsById) };
    if (group) Object.assign(s, { groupProperty: group.property, groupClass: group.className });
    surface.byOperationId.set(op.id, s);
    return s;
  };
  rootOps.forEach((op, i) => surface.rootOperations.push(add(op, rootMethods[i])));
  groups.forEach((g, i) => {
    const property = groupProperties[i];
    const className = upperFirst(property);
    const ops = g.operationIds.map((id) => byId.get(id)).filter((op): op is Operation => op !== undefined);
    const methods = uniqueNames(
      ops.map((op) => methodNameOf(op)),
      SDK_MEMBERS,
    );
    surface.groups.push({ name: g.name, property, className, operations: ops.map((op, j) => add(op, methods[j], { property, className })) });
  });
  return surface;
}

/** camelCase method name: `x-speakeasy-name-override`, else the operationId (`GetJWKS` → `getJWKS`). */
export function methodNameOf(op: Pick<Operation, 'methodName'>): string {
  return camelIdentifier(op.methodName, 'call');
}

/**
 * The argument of an operation's method: nothing, positional parameters (at most
 * MAX_POSITIONAL_PARAMETERS and no body), or one request object (optional when nothing in it is
 * required).
 */
export function operationArgument(api: ApiModel, op: Operation, modelsById?: ReadonlyMap<string, Model>): OperationArgument {
  const body = op.requestBody;
  const bodyType = body?.contents[0]?.type;
  if (op.parameters.length === 0) {
    if (!body || !bodyType) return { kind: 'none' };
    return { kind: 'request', type: bodyType, optional: !body.required };
  }
  // The caller's index when it has one: a scan of every model per operation is quadratic (Stripe).
  const wrapper = op.requestModelId ? (modelsById ? modelsById.get(op.requestModelId) : api.models.find((m) => m.id === op.requestModelId)) : undefined;
  if (!wrapper || wrapper.shape.kind !== 'object') return { kind: 'none' };
  const properties = wrapper.shape.properties;
  const names = tsPropertyNames(properties.map(propertyNameSource));
  if (!body && op.parameters.length <= MAX_POSITIONAL_PARAMETERS) {
    // The function's other parameters and the runtime functions its body calls.
    const taken = new NameScope({ ignoreCase: true }, ['client', 'options', 'request', 'call', 'callPaged', 'unwrapAsync']);
    const parameters = properties.map((p, i) => ({
      name: taken.claim(RESERVED_WORDS.has(names[i]) || !isIdentifier(names[i]) ? `${names[i]}_` : names[i]),
      propertyName: names[i],
      parameter: p.parameter!,
      optional: !p.required,
    }));
    return { kind: 'positional', parameters };
  }
  return { kind: 'request', type: { kind: 'model', id: wrapper.id }, optional: properties.every((p) => !p.required) };
}

/** Longest module name kept whole (file systems stop at 255 bytes; `.d.ts.map` and the like follow). */
const MAX_FILE_NAME = 128;

/**
 * Module name of a standalone function: its name, or for a very long one the start of it and a
 * hash of the whole (unique, and the same on every run). Case is kept, as in the reference SDK;
 * function names are unique ignoring case, so file names are too.
 */
export function functionFileName(functionName: string): string {
  if (Buffer.byteLength(functionName) <= MAX_FILE_NAME) return functionName;
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(functionName)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  const suffix = hash.toString(36);
  return `${functionName.slice(0, MAX_FILE_NAME - suffix.length - 1)}_${suffix}`;
}

/** `<Sdk>Core`: the slim client the standalone functions take. */
export function coreClassName(sdkClassName: string): string {
  return `${sdkClassName}Core`;
}

/**
 * Class of API errors for statuses the spec does not declare: the first word of the SDK class
 * name followed by `APIError` (`ClerkBackendApi` → `ClerkAPIError`, as in the reference SDK);
 * a one-word SDK name gives plain `APIError`.
 */
export function defaultErrorClassName(sdkClassName: string): string {
  const parts = words(sdkClassName);
  return parts.length > 1 ? `${parts[0]}APIError` : 'APIError';
}

/** Prefix of the environment variables the client reads: `ClerkBackendApi` → `CLERK_BACKEND_API`. */
export function envPrefix(sdkClassName: string): string {
  return words(sdkClassName)
    .map((w) => w.toUpperCase())
    .join('_');
}

/** Client option holding a security scheme's credentials: the key in camelCase (`bearerAuth`). */
export function securityOptionName(schemeKey: string): string {
  const name = camelIdentifier(schemeKey, 'auth');
  return CLIENT_OPTION_NAMES.has(name) ? `${name}Auth` : name;
}

/** The prefix of a package's environment variables: `envVarPrefix` when configured, else `envPrefix` of the class name. */
export function envPrefixOf(settings: { sdkClassName: string; envVarPrefix?: string | undefined }): string {
  return settings.envVarPrefix ?? envPrefix(settings.sdkClassName);
}

/** Environment variable of a scheme: `<PREFIX>_<SCHEME>` (`CLERK_BACKEND_API_BEARER_AUTH`). */
export function securityEnvVar(prefix: string, schemeKey: string): string {
  return `${prefix}_${words(schemeKey)
    .map((w) => w.toUpperCase())
    .join('_')}`;
}

/** Options every client has (templates/runtime/typescript/config.ts); a scheme never takes one. */
const CLIENT_OPTION_NAMES = new Set(['security', 'serverURL', 'serverIdx', 'serverVariables', 'fetch', 'retries', 'timeoutMs', 'validation', 'hooks', 'debugLogger', 'logger', 'clock']);

function camelIdentifier(text: string, fallback: string): string {
  const name = camelCase(text);
  if (name === '') return fallback;
  return /^\p{N}/u.test(name) ? `_${name}` : name;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Each name made unique against `taken` and the earlier ones (`list`, `list2`, …), ignoring case
 * because function names become file names.
 */
function uniqueNames(names: string[], taken: ReadonlySet<string>): string[] {
  return deconflict(names, { taken, ignoreCase: true });
}

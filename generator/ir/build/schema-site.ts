/**
 * Where a schema was found, and the names a model hoisted from there may take.
 *
 * The reference generator names an inline schema after its place (`status`) and, on a
 * collision, tries longer names built from the enclosing places. Which enclosing names it uses
 * depends on how the schema is nested; these constructors encode the rules found in its output:
 * - a property of a model: the model's short name, then that model's own prefixes + short name
 *   (`Object` → `OrganizationObject` → `OrganizationMembershipOrganizationObject`);
 * - a `$ref` member copied into a union that has its own `type` (`type: object` + `oneOf`):
 *   the union's short name, then the union's parent + it (`ClerkError` → `ErrorClerkError` →
 *   `OauthErrorClerkError`); the copy is transparent for its own properties, which try the union,
 *   member + union, then member + union + the nearest real owner
 *   (`Status` → `VerificationStatus` → `TicketVerificationStatus` → `TicketVerificationSAMLAccountStatus`).
 */
import type { ModelNamespace, NamePart } from '../model.js';
import { pascalCase } from '../naming/case.js';

export interface SchemaSite {
  /** JSON pointer of the schema; the id of a model hoisted from it. */
  pointer: string;
  /** Short name of the place (property name, component key, member key) as written. */
  own: string;
  /** Prefixes (as written) tried in order after `own` alone. */
  prefixes: string[];
  /** Fixed candidates (operation wrappers, parameters, components); replaces own/prefixes. */
  candidates?: NamePart[][];
  /** Prefixes for schemas nested in a model hoisted from this site. */
  childPrefixes: string[];
  /** Short name of the nearest enclosing model that is neither a union nor a member copy. */
  owner: string;
  /** Short name of the model whose property this site is. */
  parentOwn?: string;
  /** Whether a model from this site is a `$ref` member copied into a union. */
  memberCopy?: boolean;
  /** Inside the copy of a component (see SchemaConverter.copyOf). */
  inCopy?: boolean;
  namespace: ModelNamespace;
  /** PascalCase operation name for schemas inside an operation. */
  operationName?: string;
  /**
   * Properties the enclosing oneOf/anyOf requires: a `required` beside the members applies to
   * each of them (only to an inline member's own model, not to anything nested in it).
   */
  unionRequired?: string[];
  /** Candidates for the items of an inline array at this site, when they differ. */
  itemCandidates?: NamePart[][];
}

export function siteCandidates(site: SchemaSite): NamePart[][] {
  if (site.candidates) return site.candidates;
  return [[pascalCase(site.own)], ...site.prefixes.map((prefix) => [joinName(prefix, site.own)])];
}

/** Words are capitalised but keep their inner capitals once joined (`Verification` + `OTP`). */
export function joinName(...parts: string[]): string {
  return parts
    .flatMap((part) => part.split(/[^\p{L}\p{N}]+/u))
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

export function componentSite(pointer: string, key: string): SchemaSite {
  const name = pascalCase(key) || 'Schema';
  return { pointer, own: key, prefixes: [], candidates: [[name], [name, name]], childPrefixes: [key], owner: key, namespace: 'components' };
}

/** A schema written at an operation-level place with a fixed name (`<Op>RequestBody`, parameters). */
export function operationSite(pointer: string, own: string, operationName: string, candidates: NamePart[][], itemCandidates?: NamePart[][]): SchemaSite {
  return {
    pointer,
    own,
    prefixes: [],
    candidates,
    childPrefixes: [operationName],
    owner: operationName,
    namespace: 'operations',
    operationName,
    itemCandidates,
  };
}

/** A property `key` of the model hoisted from `parent`. */
export function propertySite(parent: SchemaSite, pointer: string, key: string): SchemaSite {
  const prefixes = parent.childPrefixes;
  const owner = parent.memberCopy ? parent.owner : parent.own;
  return {
    pointer,
    own: key,
    prefixes,
    childPrefixes: parent.operationName ? [parent.operationName] : [key, ...prefixes.map((p) => joinName(p, key))],
    owner,
    parentOwn: parent.own,
    inCopy: parent.inCopy,
    namespace: parent.namespace,
    operationName: parent.operationName,
  };
}

/** A `$ref` member (component `memberKey`) copied into the union hoisted from `union`. */
export function memberCopySite(union: SchemaSite, pointer: string, memberKey: string): SchemaSite {
  const unionName = union.own;
  const unionParentOwn = union.parentOwn ?? union.owner;
  return {
    pointer,
    own: memberKey,
    prefixes: [unionName, joinName(unionParentOwn, unionName)],
    childPrefixes: union.operationName ? [union.operationName] : [unionName, joinName(memberKey, unionName), joinName(memberKey, unionName, union.owner)],
    owner: union.owner,
    memberCopy: true,
    inCopy: true,
    namespace: union.namespace,
    operationName: union.operationName,
  };
}

/** An inline (non-`$ref`) member of a union: `<Union><n>` unless it has a title. */
export function inlineMemberSite(union: SchemaSite, unionId: string, pointer: string, index: number, title: string): SchemaSite {
  const own = title || `${union.own}${index + 1}`;
  return {
    pointer,
    own,
    prefixes: title ? union.childPrefixes : [],
    candidates: title ? undefined : [[{ nameOf: unionId }, String(index + 1)]],
    childPrefixes: [own, ...union.childPrefixes.map((p) => joinName(p, own))],
    owner: union.owner,
    inCopy: union.inCopy,
    namespace: union.namespace,
    operationName: union.operationName,
  };
}

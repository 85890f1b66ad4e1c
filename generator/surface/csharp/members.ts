/**
 * Member names inside one generated class. The documented names (PascalCase properties,
 * enum members, `Create<Member>` factories) win; the members this target adds (the wire value
 * of an enum, `HttpMeta` of a response, extra JSON keys…) take the first free name. A member is
 * never named like its class (error CS0542) or like a method of `object`.
 */
import type { EnumShape, Model, ObjectShape, UnionShape } from '../../ir/model.js';
import { HIDEABLE_EXCEPTION_MEMBERS, OBJECT_MEMBERS, RESERVED_EXCEPTION_MEMBERS } from './keywords.js';
import { csEnumMemberName, csPropertyName, csUnionMemberName, uniqueNames } from './names.js';
import { firstFree } from '../common/deconflict.js';
import { propertyNameSource } from '../../ir/naming/parameter-names.js';

export type ObjectRole = 'plain' | 'error' | 'request' | 'response';

export interface ObjectMembers {
  /** One per IR property, in order. */
  properties: string[];
  /** Per property: hides an Exception member and needs `new` (error classes only). */
  hides: boolean[];
  /** Holder of keys beyond `properties` (objects with additionalProperties). */
  additionalProperties?: string;
  /** Raw request and response (response wrappers). */
  httpMeta?: string;
  /** Next-page function (response wrappers of paginated operations). */
  next?: string;
}

export function objectMembers(model: Model, className: string, role: ObjectRole, paginated = false): ObjectMembers {
  const shape = model.shape as ObjectShape;
  const reserved = new Set([className, ...OBJECT_MEMBERS]);
  if (role === 'error') for (const name of RESERVED_EXCEPTION_MEMBERS) reserved.add(name);
  const properties = uniqueNames(
    shape.properties.map((p) => csPropertyName(propertyNameSource(p))),
    reserved,
  );
  const hides = properties.map((name) => role === 'error' && HIDEABLE_EXCEPTION_MEMBERS.has(name));
  const taken = new Set([...reserved, ...properties]);
  const take = (candidates: string[]) => {
    const name = firstFree(candidates, taken);
    taken.add(name);
    return name;
  };
  const result: ObjectMembers = { properties, hides };
  if (role === 'response') result.httpMeta = take(['HttpMeta', 'HttpMetadata']);
  if (role === 'response' && paginated) result.next = take(['Next', 'NextPage']);
  if (shape.additionalProperties) result.additionalProperties = take(['AdditionalProperties', 'ExtraProperties']);
  return result;
}

export interface EnumMembers {
  members: string[];
  value: string;
  isKnown: string;
  of: string;
}

export function enumMembers(model: Model, className: string): EnumMembers {
  const shape = model.shape as EnumShape;
  const members = uniqueNames(
    shape.values.map((v) => csEnumMemberName(v.value)),
    [className, ...OBJECT_MEMBERS],
  );
  const taken = new Set([className, ...OBJECT_MEMBERS, ...members]);
  const value = firstFree(['Value', 'WireValue', 'RawValue'], taken);
  taken.add(value);
  const isKnown = firstFree(['IsKnown', 'IsKnownValue'], taken);
  taken.add(isKnown);
  const of = firstFree(['Of', 'FromValue'], taken);
  return { members, value, isKnown, of };
}

export interface UnionMembers {
  /** The name of each member, as in `Create<Name>`; null members have none. */
  names: (string | undefined)[];
  /** Read-only property holding the member's value when it is the one set. */
  properties: (string | undefined)[];
  value: string;
  /** The `Type` property (which member is held) and the static factory of the null value, when the union admits null. */
  type: string;
  createNull?: string;
  /** Inside the `<Union>Type` class: one value per member (like `names`), then Null (nullable unions) and Unknown. */
  typeValues: (string | undefined)[];
  typeNull?: string;
  typeUnknown: string;
}

export function unionMembers(model: Model, className: string, classNameOf: (id: string) => string, typeClassName = `${className}Type`, nullable = false): UnionMembers {
  const shape = model.shape as UnionShape;
  const present = shape.members.filter((m) => m.kind !== 'null');
  const names = uniqueNames(
    present.map((m) => csUnionMemberName(m, classNameOf)),
    [],
    '',
  );
  const factories = names.map((n) => `Create${n}`);
  const properties = uniqueNames(names, [className, ...OBJECT_MEMBERS, ...factories]);
  const taken = new Set([className, ...OBJECT_MEMBERS, ...factories, ...properties]);
  const value = firstFree(['Value', 'MemberValue'], taken);
  taken.add(value);
  const type = firstFree(['Type', 'UnionType', 'MemberType'], taken);
  taken.add(type);
  const createNull = nullable ? firstFree(['CreateNull', 'CreateNullValue'], taken) : undefined;
  // The `<Union>Type` class has a `Value`, `FromString` and the members of object besides these.
  const extra = nullable ? ['Null', 'Unknown'] : ['Unknown'];
  const typeNames = uniqueNames([...names, ...extra], [typeClassName, 'Value', 'FromString', ...OBJECT_MEMBERS]);
  let i = 0;
  const spread = <T>(list: T[]) => shape.members.map((m) => (m.kind === 'null' ? undefined : list[i++]));
  const namesOut = spread(names);
  i = 0;
  const propertiesOut = spread(properties);
  i = 0;
  const typeValues = spread(typeNames.slice(0, names.length));
  const [typeNull, typeUnknown] = nullable ? typeNames.slice(names.length) : [undefined, typeNames[names.length]];
  return { names: namesOut, properties: propertiesOut, value, type, typeValues, typeUnknown: typeUnknown!, ...(createNull ? { createNull, typeNull } : {}) };
}

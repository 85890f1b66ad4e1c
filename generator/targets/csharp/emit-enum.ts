/**
 * Enum models. A closed string enum is a C# `enum` (one member per value, its wire value in a
 * `[WireValue]` attribute) with a `<Enum>Extension` class of `Value()` and `ToEnum()`, as the
 * reference generator has it: code that switches over it compiles. An open enum
 * (x-speakeasy-unknown-values: allow), or a numeric or boolean one, is a sealed class with one
 * static instance per value: a value the API adds later survives a read and a write unchanged
 * (`IsKnown` tells it apart), and the wire type is kept. Equality is by value, so `==` works as
 * with an enum; the runtime's converters read and write the wire value.
 */
import type { EnumShape, Model } from '../../ir/model.js';
import { isNativeEnum } from '../../surface/csharp/class-names.js';
import type { CsContext } from './context.js';
import { obsolete } from './emit-object.js';
import { enumMembers } from '../../surface/csharp/members.js';
import type { CsScope } from './scope.js';
import { csLiteral, csString, xmlDoc } from './text.js';

const I = '    ';

const WIRE_TYPES: Record<EnumShape['valueType'], string> = { string: 'string', integer: 'long', number: 'double', boolean: 'bool' };
const READERS: Record<EnumShape['valueType'], string> = { string: 'AsString', integer: 'AsLong', number: 'AsDouble', boolean: 'AsBool' };

export function enumClass(ctx: CsContext, model: Model, scope: CsScope): string[] {
  if (isNativeEnum(model)) return nativeEnum(ctx, model, scope);
  const shape = model.shape as EnumShape;
  const name = ctx.className(model.id);
  const names = enumMembers(model, name);
  const wire = WIRE_TYPES[shape.valueType];
  const iface = scope.util('IWireEnum');
  const typedIface = `${scope.util('IWireEnum')}<${name}>`;
  const helpers = scope.util('WireEnums');
  const lines: string[] = [
    ...xmlDoc(model.description, ''),
    ...obsolete(model.deprecated, '', scope),
    `[${scope.sys('System.Text.Json.Serialization.JsonConverterAttribute')}(typeof(${scope.util('WireEnumConverter')}<${name}>))]`,
    `public sealed class ${name} : ${typedIface}, global::System.IEquatable<${name}>`,
    '{',
  ];
  shape.values.forEach((v, i) => {
    lines.push(...xmlDoc(v.description, I));
    lines.push(`${I}public static readonly ${name} ${names.members[i]} = new ${name}(${literal(v.value, shape.valueType)});`);
  });
  const known = names.members.join(', ');
  lines.push(
    '',
    `${I}private static readonly ${name}[] known = { ${known} };`,
    `${I}private readonly ${wire} value;`,
    '',
    `${I}private ${name}(${wire} value)`,
    `${I}{`,
    `${I}${I}this.value = value;`,
    `${I}}`,
    '',
    `${I}/// <summary>The value as sent on the wire.</summary>`,
    `${I}public ${wire} ${names.value} => value;`,
    '',
    `${I}/// <summary>Whether the value is one of those the API described when this SDK was generated.</summary>`,
    `${I}public bool ${names.isKnown} => ${helpers}.Contains(known, this);`,
    '',
    `${I}/// <summary>The instance for a wire value; values the SDK does not know are kept as they are.</summary>`,
    `${I}public static ${name} ${names.of}(${wire} value)`,
    `${I}{`,
    `${I}${I}foreach (var candidate in known) if (candidate.value.Equals(value)) return candidate;`,
    `${I}${I}return new ${name}(value);`,
    `${I}}`,
    '',
    `${I}static ${name} ${typedIface}.FromWire(object raw) => ${names.of}(${helpers}.${READERS[shape.valueType]}(raw));`,
    `${I}bool ${iface}.AcceptsUnknown => ${shape.open ? 'true' : 'false'};`,
    `${I}object ${iface}.WireValue => value;`,
    `${I}bool ${iface}.IsKnownValue => ${names.isKnown};`,
    '',
    `${I}public override string ToString() => ${helpers}.Text(value);`,
    `${I}public bool Equals(${name}? other) => other is not null && value.Equals(other.value);`,
    `${I}public override bool Equals(object? obj) => Equals(obj as ${name});`,
    `${I}public override int GetHashCode() => value.GetHashCode();`,
    `${I}public static bool operator ==(${name}? left, ${name}? right) => left is null ? right is null : left.Equals(right);`,
    `${I}public static bool operator !=(${name}? left, ${name}? right) => !(left == right);`,
    '}',
  );
  return lines;
}

function nativeEnum(ctx: CsContext, model: Model, scope: CsScope): string[] {
  const shape = model.shape as EnumShape;
  const name = ctx.className(model.id);
  const extension = ctx.enumExtensionNames.get(model.id)!;
  const { members } = enumMembers(model, name);
  const wireValue = scope.util('WireValueAttribute');
  const lines: string[] = [
    ...xmlDoc(model.description, ''),
    ...obsolete(model.deprecated, '', scope),
    `[${scope.sys('System.Text.Json.Serialization.JsonConverterAttribute')}(typeof(${scope.util('StringEnumConverter')}<${name}>))]`,
    `public enum ${name}`,
    '{',
  ];
  shape.values.forEach((v, i) => {
    lines.push(...xmlDoc(v.description, I), `${I}[${wireValue}(${csString(String(v.value))})]`, `${I}${members[i]},`);
  });
  const quoted = csString(name);
  lines.push(
    '}',
    '',
    `/// <summary>The wire values of <see cref="${name}"/>.</summary>`,
    `public static class ${extension}`,
    '{',
    `${I}/// <summary>The value as sent on the wire.</summary>`,
    `${I}public static string Value(this ${name} value) => value switch`,
    `${I}{`,
    ...shape.values.map((v, i) => `${I}${I}${name}.${members[i]} => ${csString(String(v.value))},`),
    `${I}${I}_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Not a member of " + ${quoted} + "."),`,
    `${I}};`,
    '',
    `${I}/// <summary>The member for a wire value; one the API did not list is an error (this enum is closed).</summary>`,
    `${I}public static ${name} ToEnum(this string value) => value switch`,
    `${I}{`,
    ...dedupe(shape.values.map((v, i) => [String(v.value), members[i]] as const)).map(([wire, member]) => `${I}${I}${csString(wire)} => ${name}.${member},`),
    `${I}${I}_ => throw new global::System.ArgumentException("Unknown value " + value + " for enum " + ${quoted} + ".", nameof(value)),`,
    `${I}};`,
    '}',
  );
  return lines;
}

/** First member per wire value: a switch arm may not repeat a pattern. */
function dedupe(pairs: (readonly [string, string])[]): (readonly [string, string])[] {
  const seen = new Set<string>();
  return pairs.filter(([wire]) => !seen.has(wire) && seen.add(wire) !== undefined);
}

/** The value as a literal of the enum's wire type, whatever JSON type the spec wrote it as. */
function literal(value: string | number | boolean, valueType: EnumShape['valueType']): string {
  switch (valueType) {
    case 'string':
      return csString(String(value));
    case 'boolean':
      return value === true || value === 'true' ? 'true' : 'false';
    case 'integer': {
      const n = Number(value);
      return Number.isSafeInteger(n) ? `${n}L` : `${BigInt(Math.trunc(Number.isFinite(n) ? n : 0))}L`;
    }
    case 'number': {
      const n = Number(value);
      return Number.isFinite(n) ? `${String(n)}D` : csLiteral(n);
    }
  }
}

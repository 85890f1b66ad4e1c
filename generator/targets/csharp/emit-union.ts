/**
 * Union models (oneOf / anyOf) as classes that hold one member: a `Create<Member>` factory per
 * member, as the docs show, a read-only property per member that is null unless that member is
 * held, a `Type` saying which one it is (a `<Union>Type` value, as the reference has it; with
 * `Null` and `CreateNull()` when the union admits null), and the member list the runtime's converter uses to read JSON (by discriminator when the
 * spec has one, else by the member the value fits best). A JSON value no member fits is kept
 * as it came, so a variant added to the API later does not fail the whole response.
 */
import type { Model, TypeRef, UnionShape } from '../../ir/model.js';
import type { CsContext } from './context.js';
import { obsolete } from './emit-object.js';
import { unionMembers, type UnionMembers } from '../../surface/csharp/members.js';
import type { CsScope } from './scope.js';
import { csString, xmlDoc } from './text.js';

const I = '    ';

export function unionClass(ctx: CsContext, model: Model, scope: CsScope): string[] {
  const shape = model.shape as UnionShape;
  const name = ctx.className(model.id);
  const typeClass = ctx.unionTypeNames.get(model.id)!;
  const names = unionMembers(model, name, (id) => ctx.className(id), typeClass, ctx.nullableUnions.has(model.id));
  const iface = scope.util('IUnion');
  const typedIface = `${iface}<${name}>`;
  const member = scope.util('UnionMember');
  const present = shape.members.map((type, index) => ({ type, index })).filter(({ type }) => type.kind !== 'null');
  const lines: string[] = [
    ...typeClassLines(
      name,
      typeClass,
      present.map(({ index }) => names.typeValues[index]!),
      names,
      scope,
    ),
    '',
    ...xmlDoc(model.description, ''),
    ...obsolete(model.deprecated, '', scope),
    `[${scope.sys('System.Text.Json.Serialization.JsonConverterAttribute')}(typeof(${scope.util('UnionConverter')}<${name}>))]`,
    `public sealed class ${name} : ${typedIface}`,
    '{',
    `${I}private static readonly ${member}[] members =`,
    `${I}{`,
    ...present.map(({ type }) => `${I}${I}new ${member}(typeof(${memberType(type, scope, false)})${discriminatorValues(shape, type)}),`),
    `${I}};`,
    '',
    `${I}private readonly int index;`,
    `${I}private readonly object? value;`,
    '',
    `${I}private ${name}(int index, object? value)`,
    `${I}{`,
    `${I}${I}this.index = index;`,
    `${I}${I}this.value = value;`,
    `${I}}`,
  ];
  present.forEach(({ type, index }, position) => {
    const memberName = names.names[index]!;
    const csType = memberType(type, scope, type.nullable === true);
    lines.push('', `${I}public static ${name} Create${memberName}(${csType} value) => new ${name}(${position}, value);`);
  });
  if (names.createNull)
    lines.push(
      '',
      `${I}/// <summary>The union's null value: <c>Type</c> is <c>${typeClass}.${names.typeNull}</c>, and it is written as JSON null.</summary>`,
      `${I}public static ${name} ${names.createNull}() => new ${name}(-1, null);`,
    );
  present.forEach(({ type, index }, position) => {
    const property = names.properties[index]!;
    const csType = memberType(type, scope, true);
    lines.push('', `${I}public ${csType} ${property} => index == ${position} ? (${csType})value : null;`);
  });
  lines.push(
    '',
    `${I}/// <summary>The member held, whichever it is (a JsonElement when no member fitted the JSON read).</summary>`,
    `${I}public object? ${names.value} => value;`,
    '',
    `${I}/// <summary>Which member is held.</summary>`,
    `${I}public ${typeClass} ${names.type} => index switch`,
    `${I}{`,
    ...present.map(({ index }, position) => `${I}${I}${position} => ${typeClass}.${names.typeValues[index]},`),
    `${I}${I}_ => ${names.typeNull ? `value is null ? ${typeClass}.${names.typeNull} : ` : ''}${typeClass}.${names.typeUnknown},`,
    `${I}};`,
    '',
    `${I}static global::System.Collections.Generic.IReadOnlyList<${member}> ${typedIface}.Members => members;`,
    `${I}static string? ${typedIface}.DiscriminatorProperty => ${shape.discriminator ? csString(shape.discriminator.propertyName) : 'null'};`,
    `${I}static ${name} ${typedIface}.FromMember(int index, object? value) => new ${name}(index, value);`,
    `${I}object? ${iface}.MemberValue => value;`,
    `${I}int ${iface}.MemberIndex => index;`,
    '}',
  );
  return lines;
}

/**
 * `<Union>Type`: one value per member, compared by value (`==`, `Equals`), with the reference's
 * `Value`, `ToString()`, conversion to string and `FromString`.
 */
function typeClassLines(union: string, typeClass: string, values: string[], names: UnionMembers, scope: CsScope): string[] {
  const all: [string, string][] = values.map((v) => [v, v]);
  if (names.typeNull) all.push([names.typeNull, 'null']);
  all.push([names.typeUnknown, 'unknown']);
  const self = `${typeClass}?`;
  return [
    `/// <summary>Which member a <see cref="${union}"/> holds.</summary>`,
    `public sealed class ${typeClass} : global::System.IEquatable<${typeClass}>`,
    '{',
    `${I}private ${typeClass}(string value)`,
    `${I}{`,
    `${I}${I}Value = value;`,
    `${I}}`,
    '',
    `${I}public string Value { get; }`,
    '',
    ...all.flatMap(([member, text]) => [
      ...(member === names.typeUnknown ? [`${I}/// <summary>JSON that fitted no member, held as a JsonElement.</summary>`] : []),
      `${I}public static ${typeClass} ${member} { get; } = new ${typeClass}(${csString(text)});`,
    ]),
    '',
    `${I}public static ${typeClass} FromString(string value) => value switch`,
    `${I}{`,
    ...all.map(([member, text]) => `${I}${I}${csString(text)} => ${member},`),
    `${I}${I}_ => throw new global::System.ArgumentException(${csString(`Invalid value for ${typeClass}: `)} + value, nameof(value)),`,
    `${I}};`,
    '',
    `${I}public static implicit operator string(${typeClass} type) => type.Value;`,
    '',
    `${I}public static bool operator ==(${self} left, ${self} right) => left is null ? right is null : left.Equals(right);`,
    '',
    `${I}public static bool operator !=(${self} left, ${self} right) => !(left == right);`,
    '',
    `${I}public bool Equals(${self} other) => other is not null && Value == other.Value;`,
    '',
    `${I}public override bool Equals(object? obj) => obj is ${typeClass} other && Equals(other);`,
    '',
    `${I}public override int GetHashCode() => Value.GetHashCode();`,
    '',
    `${I}public override string ToString() => Value;`,
    '}',
  ];
}

/** C# type of a member; `object` for `any`, the closest CLR type for literals. */
function memberType(type: TypeRef, scope: CsScope, nullable: boolean): string {
  const text = scope.type({ ...type, nullable: false } as TypeRef, false);
  return nullable ? `${text}?` : text;
}

function discriminatorValues(shape: UnionShape, type: TypeRef): string {
  if (!shape.discriminator || type.kind !== 'model') return '';
  const values = shape.discriminator.mapping.filter((m) => m.modelId === type.id).map((m) => csString(m.value));
  return values.length > 0 ? `, ${values.join(', ')}` : '';
}

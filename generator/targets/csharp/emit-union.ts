/**
 * Union models (oneOf / anyOf) as classes that hold one member: a `Create<Member>` factory per
 * member, as the docs show, a read-only property per member that is null unless that member is
 * held, and the member list the runtime's converter uses to read JSON (by discriminator when the
 * spec has one, else by the member the value fits best). A JSON value no member fits is kept
 * as it came, so a variant added to the API later does not fail the whole response.
 */
import type { Model, TypeRef, UnionShape } from '../../ir/model.js';
import type { CsContext } from './context.js';
import { obsolete } from './emit-object.js';
import { unionMembers } from './members.js';
import type { CsScope } from './scope.js';
import { csString, xmlDoc } from './text.js';

const I = '    ';

export function unionClass(ctx: CsContext, model: Model, scope: CsScope): string[] {
  const shape = model.shape as UnionShape;
  const name = ctx.className(model.id);
  const names = unionMembers(model, name, (id) => ctx.className(id));
  const iface = scope.util('IUnion');
  const typedIface = `${iface}<${name}>`;
  const member = scope.util('UnionMember');
  const present = shape.members.map((type, index) => ({ type, index })).filter(({ type }) => type.kind !== 'null');
  const lines: string[] = [
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
    `${I}static global::System.Collections.Generic.IReadOnlyList<${member}> ${typedIface}.Members => members;`,
    `${I}static string? ${typedIface}.DiscriminatorProperty => ${shape.discriminator ? csString(shape.discriminator.propertyName) : 'null'};`,
    `${I}static ${name} ${typedIface}.FromMember(int index, object? value) => new ${name}(index, value);`,
    `${I}object? ${iface}.MemberValue => value;`,
    `${I}int ${iface}.MemberIndex => index;`,
    '}',
  );
  return lines;
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

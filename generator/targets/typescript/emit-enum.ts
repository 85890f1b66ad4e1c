/**
 * Enum models, the way the reference generator writes them: a constant object with one named
 * member per value (usable at run time, `Status.Active`) and a type of the same name.
 * Closed enums are the union of the values; open enums (`x-speakeasy-unknown-values: allow`)
 * add `Unrecognized<string>`, so a value the spec does not list can still be held, and only a
 * deliberate `unrecognized("...")` call can produce one. Values cross the wire unchanged, so
 * enums have no mappers.
 */
import type { EnumShape } from '../../ir/model.js';
import type { ModelInfo } from './context.js';
import { indentedJsDoc } from './jsdoc.js';
import { tsEnumMemberNames } from '../../surface/typescript/names.js';
import type { ModuleScope } from './scope.js';
import { wireTypeStatement, type Statement } from './statements.js';

export function enumStatements(info: ModelInfo, scope: ModuleScope): Statement[] {
  const shape = info.model.shape as EnumShape;
  const names = tsEnumMemberNames(shape.values.map((v) => v.value));
  const members = shape.values.map((v, i) => `${indentedJsDoc({ description: v.description }, '  ')}  ${names[i]}: ${JSON.stringify(v.value)},\n`).join('');
  const doc = indentedJsDoc(info.model, '');
  const wrapper = shape.open ? 'OpenEnum' : 'ClosedEnum';
  const declarations = [`${doc}export const ${info.typeName} = {\n${members}} as const;`, `${doc}export type ${info.typeName} = ${scope.types()}.${wrapper}<typeof ${info.typeName}>;`].join('\n');
  return [declarations, wireTypeStatement(info, shape.values.map((v) => JSON.stringify(v.value)).join(' | '))];
}

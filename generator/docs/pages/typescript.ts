/**
 * TypeScript model pages. Skeleton: title, blank, [description, blank], `## Example Usage`
 * block, blank, section. Unions have no usage block but one extra blank line instead, and each
 * member gets its own example; union pages end with a blank line after the last fence.
 */
import type { EnumShape, Model, ObjectShape, TypeRef, UnionShape } from '../../ir/model.js';
import { tsAdditionalPropertiesName } from '../../surface/typescript/names.js';
import { fieldsTable, type FieldRow } from '../fields-table.js';
import type { DocsOptions } from '../flavour/flavour.js';
import { FILE_CONTENT_CELL, type TypescriptFlavour } from '../flavour/typescript.js';
import { codeBlock, heading } from '../markdown.js';
import { pageHead, propertyRows } from '../page-parts.js';
import { fragments } from '../templates.js';
import { printExample, type TsExampleBuilder } from '../ts-example.js';
import { propertyNameSource } from '../../ir/naming/parameter-names.js';

export interface TsPageContext {
  flavour: TypescriptFlavour;
  examples: TsExampleBuilder;
  options: DocsOptions;
}

export function renderTypescriptPage(model: Model, ctx: TsPageContext): string {
  const head = pageHead(model, ctx.flavour.className(model), ctx.flavour.index);
  switch (model.shape.kind) {
    case 'object': {
      // A file part's content is typed as the SDK types it (targets/typescript/emit-object.ts).
      const properties = model.shape.properties;
      const rows = [
        ...propertyRows(properties, ctx.flavour).map((row, i) => (model.filePart && isBinary(properties[i].type) ? { ...row, type: FILE_CONTENT_CELL } : row)),
        ...extrasRow(model.shape, ctx),
      ];
      return head + usage(model, ctx) + '\n\n' + heading(2, fragments().headings.fields) + '\n\n' + fieldsTable(rows);
    }
    case 'enum':
      return head + usage(model, ctx) + '\n\n' + heading(2, fragments().headings.values) + '\n\n' + valuesBlock(model.shape);
    case 'union':
      return head + '\n' + heading(2, fragments().headings.supportedTypes) + '\n\n' + unionMembers(model.shape, ctx);
  }
}

/** Objects that allow extra keys hold them in one more field of the generated type. */
function extrasRow(shape: ObjectShape, ctx: TsPageContext): FieldRow[] {
  if (!shape.additionalProperties) return [];
  const names = ctx.flavour.fieldNames(shape.properties.map(propertyNameSource));
  return [
    {
      name: tsAdditionalPropertiesName(names),
      type: ctx.flavour.typeCell({ kind: 'map', values: shape.additionalProperties }),
      required: false,
      deprecated: false,
    },
  ];
}

function usage(model: Model, ctx: TsPageContext): string {
  const name = ctx.flavour.className(model);
  const from = `${ctx.options.packageName}/models/${model.namespace}`;
  // An error model's name is its exception class in the SDK: there is no value to build by hand.
  const statement = model.namespace === 'errors' ? '// No examples available for this model' : `let value: ${name} = ${printExample(ctx.examples.forModel(model))};`;
  const body = `import { ${name} } from "${from}";\n\n${statement}`;
  return heading(2, fragments().headings.exampleUsage) + '\n\n' + codeBlock('typescript', body);
}

function valuesBlock(shape: EnumShape): string {
  const members = shape.values.map((v) => JSON.stringify(v.value));
  if (!shape.open) return codeBlock('typescript', members.join(' | '));
  const valueType = shape.valueType === 'integer' ? 'number' : shape.valueType;
  const union = [...members, `Unrecognized<${valueType}>`].join(' | ');
  return fragments().openEnum.replace('{type}', valueType) + '\n\n' + codeBlock('typescript', union);
}

function unionMembers(shape: UnionShape, ctx: TsPageContext): string {
  return shape.members
    .filter((member) => member.kind !== 'null')
    .map((member, i) => {
      const type = ctx.flavour.typeExpression(member);
      const value = printExample(ctx.examples.forType(member, `${type}#${i}`));
      return heading(3, '`' + type + '`') + '\n\n' + codeBlock('typescript', `const value: ${type} = ${value};`) + '\n\n';
    })
    .join('');
}

function isBinary(type: TypeRef): boolean {
  return type.kind === 'string' && type.format === 'binary';
}

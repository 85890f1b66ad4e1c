/** Pieces of a generated module, as ts-morph statement structures. */
import type { FunctionDeclarationStructure } from 'ts-morph';
import { tsMorph } from './libraries.js';

const { StructureKind } = tsMorph;
import type { ModelInfo } from './context.js';
import { jsDoc } from './jsdoc.js';

/**
 * Declarations whose body is a type or object literal are written as text: ts-morph prints a
 * type alias's type with a hanging indent, which would misalign multi-line literals.
 * Functions go through ts-morph, which indents their bodies.
 */
export type Statement = string | FunctionDeclarationStructure;

export function functionStatement(name: string, param: string, paramType: string, returnType: string, body: string): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    isExported: true,
    name,
    parameters: [{ name: param, type: paramType }],
    returnType,
    statements: [body],
  };
}

/** `export type X$Wire = ...`: the model's JSON form, spelled out from the IR. */
export function wireTypeStatement(info: ModelInfo, wireType: string): string {
  const doc = jsDoc({ description: `The JSON form of \`${info.typeName}\`.` }).join('\n');
  return `${doc}\nexport type ${info.typeName}$Wire = ${wireType};`;
}

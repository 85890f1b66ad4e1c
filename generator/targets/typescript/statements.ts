/** Pieces of a generated module: declarations as text, and the mapper functions. */
import type { ModelInfo } from './context.js';
import { jsDoc } from './jsdoc.js';

/** An exported one-parameter function: the `$fromWire` / `$toWire` mappers, two per model. */
export interface MapperFunction {
  name: string;
  param: string;
  paramType: string;
  returnType: string;
  /** Statements; the module writer indents them inside the function's block. */
  body: string;
}

/** A declaration as text, or a mapper (module-text.ts writes both). */
export type Statement = string | MapperFunction;

export function functionStatement(name: string, param: string, paramType: string, returnType: string, body: string): MapperFunction {
  return { name, param, paramType, returnType, body };
}

/** `export type X$Wire = ...`: the model's JSON form, spelled out from the IR. */
export function wireTypeStatement(info: ModelInfo, wireType: string): string {
  const doc = jsDoc({ description: `The JSON form of \`${info.typeName}\`.` }).join('\n');
  return `${doc}\nexport type ${info.typeName}$Wire = ${wireType};`;
}

/** One model → the statements of its module (imports first). */
import type { EmitContext, ModelInfo } from './context.js';
import { enumStatements } from './emit-enum.js';
import { objectStatements } from './emit-object.js';
import { unionStatements } from './emit-union.js';
import type { ModuleStatements } from './module-text.js';
import { tsJsonFunctionNames } from '../../surface/typescript/names.js';
import { ModuleScope } from './scope.js';
import type { Statement } from './statements.js';

export function modelModule(ctx: EmitContext, info: ModelInfo): ModuleStatements {
  const scope = new ModuleScope(ctx, info);
  let body: Statement[];
  switch (info.model.shape.kind) {
    case 'object':
      body = objectStatements(info, scope);
      break;
    case 'enum':
      body = enumStatements(info, scope);
      break;
    case 'union':
      body = unionStatements(info, scope);
      break;
  }
  if (info.hasWire && info.model.shape.kind !== 'enum') body.push(...jsonFunctions(info, scope));
  // Imports are known only once the body has been written.
  return { imports: scope.imports(), body };
}

/**
 * The reference SDK's `<model>ToJSON` (the wire form as a JSON string) and `<model>FromJSON`
 * (parsed, checked against the model's schema, then mapped; a `SafeParseResult`, never
 * thrown). Plain function declarations: a bundle that does not call them drops them. Enums have
 * no mappers and get neither; request and response wrappers are not JSON values.
 */
function jsonFunctions(info: ModelInfo, scope: ModuleScope): Statement[] {
  const { toJSON, fromJSON } = tsJsonFunctionNames(info.typeName);
  const id = info.model.id;
  const type = scope.type(id);
  const result = `${scope.runtime('result', 'SafeParseResult', true)}<${type}, ${scope.runtime('errors', 'SDKValidationError', true)}>`;
  return [
    `/** \`${type}\` as a JSON string, in its wire form. */\nexport function ${toJSON}(value: ${type}): string {\n  return JSON.stringify(${scope.toWire(id)}(value));\n}`,
    `/** A JSON string read as a \`${type}\`: invalid JSON or a value that does not fit is an \`SDKValidationError\`, returned, not thrown. */\nexport function ${fromJSON}(jsonString: string): ${result} {\n  return ${scope.runtime('from-json', 'safeParseJSON', false)}(jsonString, ${scope.modelSchema(id)}, ${scope.fromWire(id)}, ${JSON.stringify(type)});\n}`,
  ];
}

/** One model → the statements of its module (imports first). */
import type { EmitContext, ModelInfo } from './context.js';
import { enumStatements } from './emit-enum.js';
import { objectStatements } from './emit-object.js';
import { unionStatements } from './emit-union.js';
import type { ModuleStatements } from './printer.js';
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
  // Imports are known only once the body has been written.
  return { imports: scope.imports(), body };
}

/** One `.cs` file per model, in the folder of its namespace. */
import { docFileBase } from '../../write/file-name.js';
import type { Model } from '../../ir/model.js';
import type { EmittedFile } from '../../write/emitted-file.js';
import { NAMESPACE_FOLDERS, type CsContext } from './context.js';
import { enumClass } from './emit-enum.js';
import { objectClass } from './emit-object.js';
import { unionClass } from './emit-union.js';
import { CsScope } from './scope.js';
import { csFile } from './text.js';

export function modelFile(ctx: CsContext, model: Model): EmittedFile {
  const scope = new CsScope(ctx, model.namespace);
  const body = model.shape.kind === 'object' ? objectClass(ctx, model, scope) : model.shape.kind === 'enum' ? enumClass(ctx, model, scope) : unionClass(ctx, model, scope);
  return {
    path: `Models/${NAMESPACE_FOLDERS[model.namespace]}/${docFileBase(ctx.className(model.id))}.cs`,
    contents: csFile(ctx.modelNamespace(model.namespace), scope.usings(), body),
  };
}

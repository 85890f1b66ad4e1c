/** A group class (`SignUps`): one `…Async` method per operation of the group. */
import type { CsContext } from '../context.js';
import type { CsharpGroupSurface } from '../surface.js';
import { CsScope } from '../scope.js';
import { csFile, xmlDoc } from '../text.js';
import { operationMembers } from './operation.js';

const I = '    ';

export function groupFile(ctx: CsContext, group: CsharpGroupSurface): { path: string; contents: string } {
  const scope = new CsScope(ctx, undefined);
  const description = ctx.api.groups.find((g) => g.name === group.name)?.description;
  const body = [...xmlDoc(description, ''), `public class ${group.className}`, '{', `${I}private readonly ${scope.util('SdkCore')} core;`, ''];
  body.push(`${I}internal ${group.className}(${scope.util('SdkCore')} core)`, `${I}{`, `${I}${I}this.core = core;`, `${I}}`);
  for (const id of group.operationIds) {
    const operation = ctx.api.operations.find((o) => o.id === id)!;
    body.push('', ...operationMembers(ctx, operation, scope));
  }
  body.push('}');
  return { path: `${group.className}.cs`, contents: csFile(ctx.rootNamespace, scope.usings(), body) };
}

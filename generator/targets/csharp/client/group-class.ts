/**
 * A group class (`SignUps`): one `…Async` method per operation of the group, and the interface it
 * implements (`ISignUps`, in the same file, as the reference has it) with every public method, so
 * that callers can mock the group and register it for dependency injection.
 */
import type { CsContext } from '../context.js';
import type { CsharpGroupSurface } from '../../../surface/csharp/sdk-surface.js';
import { CsScope } from '../scope.js';
import { csFile, xmlDoc } from '../text.js';
import { operationMembers, operationSignature } from './operation.js';

const I = '    ';

export function groupFile(ctx: CsContext, group: CsharpGroupSurface): { path: string; contents: string } {
  const scope = new CsScope(ctx, undefined);
  const description = ctx.api.groups.find((g) => g.name === group.name)?.description;
  const operations = group.operationIds.map((id) => ctx.api.operations.find((o) => o.id === id)!);
  const body = [...xmlDoc(description, ''), `public interface ${group.interfaceName}`, '{'];
  operations.forEach((operation, i) => {
    const { docs, signature } = operationSignature(ctx, operation, scope);
    body.push(...(i > 0 ? [''] : []), ...docs, `${I}${signature};`);
  });
  body.push('}', '');
  body.push(...xmlDoc(description, ''), `public class ${group.className} : ${group.interfaceName}`, '{', `${I}private readonly ${scope.util('SdkCore')} core;`, '');
  body.push(`${I}internal ${group.className}(${scope.util('SdkCore')} core)`, `${I}{`, `${I}${I}this.core = core;`, `${I}}`);
  for (const operation of operations) body.push('', ...operationMembers(ctx, operation, scope));
  body.push('}');
  return { path: `${group.className}.cs`, contents: csFile(ctx.rootNamespace, scope.usings(), body) };
}

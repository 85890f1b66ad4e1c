/**
 * The SDK class (`new ClerkBackendApi(bearerAuth: "…")`): one constructor argument per security
 * scheme plus server, HTTP client, retry and timeout settings; one property per group, typed as
 * the group's interface (`IUsers Users`, as the reference has it); the methods of operations
 * without a group. Its interface (`IClerkBackendApi`, same file) declares the group properties
 * and those methods, for dependency injection and mocks.
 */
import type { Model, SecurityScheme } from '../../../ir/model.js';
import { securityModel } from '../../../ir/passes/security-model.js';
import { objectMembers } from '../../../surface/csharp/members.js';
import type { CsContext } from '../context.js';
import { OBJECT_MEMBERS } from '../../../surface/csharp/keywords.js';
import { firstFree } from '../../../surface/common/deconflict.js';
import { CsScope } from '../scope.js';
import { csUserAgent } from '../project-files.js';
import { csFile, csString, xmlDoc } from '../text.js';
import { operationMembers, operationSignature } from './operation.js';
import { requirementsExpr, retriesExpr, schemesExpr, serversExpr } from './settings-code.js';
import { schemeKind, sdkConstructorArguments } from '../../../surface/csharp/constructor-arguments.js';

const I = '    ';

/**
 * A scheme's credential from the `security` / `securitySource` arguments: the value's field, else
 * a function reading the source's on every request. Client credentials have no field there.
 */
function securityCredential(ctx: CsContext, security: Model, scheme: SecurityScheme, args: ReturnType<typeof sdkConstructorArguments>, basicOf: string): string | undefined {
  const kind = schemeKind(scheme).credential;
  if (kind === 'clientCredentials' || security.shape.kind !== 'object') return undefined;
  const index = security.shape.properties.findIndex((p) => p.wireName === scheme.key);
  if (index < 0) return undefined;
  const field = objectMembers(security, ctx.className(security.id), 'plain').properties[index];
  const read = (value: string) => (kind === 'basic' ? `${basicOf}(${value}?.${field})` : `${value}?.${field}`);
  const source = `(${args.securitySource} == null ? null : new global::System.Func<object?>(() => ${read(`${args.securitySource}()`)}))`;
  return `(object?)${read(args.security)} ?? ${source}`;
}

/** The Security model's `SchemeBasicAuth`, when a basic auth scheme has one. */
function basicAuthModel(ctx: CsContext, security: Model): Model | undefined {
  if (security.shape.kind !== 'object') return undefined;
  const field = security.shape.properties.find((p) => p.type.kind === 'model' && ctx.api.securitySchemes.some((s) => s.key === p.wireName && schemeKind(s).credential === 'basic'));
  return field?.type.kind === 'model' ? ctx.model(field.type.id) : undefined;
}

export function sdkFile(ctx: CsContext): { path: string; contents: string } {
  const scope = new CsScope(ctx, undefined);
  const name = ctx.sdkClassName;
  const { api } = ctx;
  const args = sdkConstructorArguments(api.securitySchemes);
  const credentialType = (s: SecurityScheme) => {
    const kind = schemeKind(s).credential;
    return kind === 'basic' ? scope.util('BasicAuth') : kind === 'clientCredentials' ? scope.util('ClientCredentials') : 'string';
  };
  const taken = new Set([name, ...OBJECT_MEMBERS, ...ctx.surface.groups.map((g) => g.propertyName), ...ctx.surface.rootOperationIds.map((id) => ctx.surface.methodNames.get(id)!)]);
  const serverList = firstFree(['ServerList', 'Servers'], taken);
  const basicOf = firstFree(['BasicAuthOf', 'SchemeBasicAuthOf'], new Set([...taken, serverList]));
  const http = scope.sys('System.Net.Http.HttpClient');
  const parameters = [
    ...api.securitySchemes.map((s, i) => `${credentialType(s)}? ${args.schemes[i]} = null`),
    ...args.sources.flatMap((source) => (source ? [`global::System.Func<string>? ${source} = null`] : [])),
    `int ${args.serverIndex} = 0`,
    `string? ${args.serverUrl} = null`,
    `global::System.Collections.Generic.IReadOnlyDictionary<string, string>? ${args.serverVariables} = null`,
    `global::System.Collections.Generic.IReadOnlyDictionary<string, string>? ${args.urlParams} = null`,
    `${scope.util('ISpeakeasyHttpClient')}? ${args.client} = null`,
    `${http}? ${args.httpClient} = null`,
    `${scope.util('RetryConfig')}? ${args.retryConfig} = null`,
    `${scope.sys('System.TimeSpan')}? ${args.timeout} = null`,
    `global::System.Collections.Generic.IReadOnlyList<global::${ctx.rootNamespace}.Hooks.IHook>? ${args.hooks} = null`,
  ];
  const security = securityModel(api);
  const securityClass = security ? scope.type({ kind: 'model', id: security.id }, false) : undefined;
  if (securityClass) parameters.push(`${securityClass}? ${args.security} = null`, `global::System.Func<${securityClass}>? ${args.securitySource} = null`);
  // A credential given as a value wins over its source, and those of the scheme's own arguments
  // over the Security model's field.
  const credentials = api.securitySchemes
    .map((s, i) => {
      const own = args.sources[i] ? `(object?)${args.schemes[i]} ?? ${args.sources[i]}` : args.schemes[i];
      const fromModel = security && securityClass ? securityCredential(ctx, security, s, args, basicOf) : undefined;
      return `[${csString(s.key)}] = ${fromModel ? `${args.sources[i] ? own : `(object?)${own}`} ?? ${fromModel}` : own}`;
    })
    .join(', ');
  const summary = xmlDoc([api.info.title, api.info.summary ?? api.info.description].filter(Boolean).join(': ') || undefined, '');
  const rootOperations = ctx.surface.rootOperationIds.map((id) => api.operations.find((o) => o.id === id)!);
  const members: string[][] = [];
  for (const group of ctx.surface.groups) {
    const description = api.groups.find((g) => g.name === group.name)?.description;
    members.push([...xmlDoc(description, I), `${I}${group.interfaceName} ${group.propertyName} { get; }`]);
  }
  for (const operation of rootOperations) {
    const { docs, signature } = operationSignature(ctx, operation, scope);
    members.push([...docs, `${I}${signature};`]);
  }
  const body: string[] = [
    ...summary,
    `public interface ${ctx.surface.sdkInterfaceName}`,
    '{',
    ...members.flatMap((m, i) => (i > 0 ? ['', ...m] : m)),
    '}',
    '',
    ...summary,
    `public class ${name} : ${ctx.surface.sdkInterfaceName}`,
    '{',
    `${I}/// <summary>The servers the API lists; <c>serverIndex</c> picks one.</summary>`,
    `${I}public static readonly string[] ${serverList} = { ${api.servers.map((s) => csString(s.url)).join(', ')} };`,
    '',
    `${I}private readonly ${scope.util('SdkCore')} core;`,
    '',
    `${I}public ${name}(${parameters.join(', ')})`,
    `${I}{`,
    `${I}${I}core = new ${scope.util('SdkCore')}(new ${scope.util('SdkSettings')}`,
    `${I}${I}{`,
    `${I}${I}${I}Client = ${args.httpClient},`,
    `${I}${I}${I}CustomClient = ${args.client},`,
    `${I}${I}${I}Servers = ${serversExpr(api.servers, scope)},`,
    `${I}${I}${I}ServerIndex = ${args.serverIndex},`,
    `${I}${I}${I}ServerUrl = ${args.serverUrl},`,
    `${I}${I}${I}ServerVariables = ${args.serverVariables} ?? ${args.urlParams},`,
    `${I}${I}${I}Retries = ${args.retryConfig},`,
    ...(api.retries ? [`${I}${I}${I}DefaultRetries = ${retriesExpr(api.retries, scope)},`] : []),
    `${I}${I}${I}Timeout = ${args.timeout},`,
    `${I}${I}${I}Schemes = ${schemesExpr(api.securitySchemes, scope)},`,
    `${I}${I}${I}Security = ${requirementsExpr(api.security, scope)},`,
    `${I}${I}${I}Credentials = new Dictionary<string, object?> { ${credentials} },`,
    `${I}${I}${I}UserAgent = ${csString(csUserAgent(ctx))},`,
    `${I}${I}${I}Hooks = ${args.hooks},`,
    `${I}${I}});`,
    ...ctx.surface.groups.map((g) => `${I}${I}${g.propertyName} = new ${g.className}(core);`),
    `${I}}`,
  ];
  const basicModel = securityClass && security ? basicAuthModel(ctx, security) : undefined;
  if (basicModel) {
    const [username, password] = objectMembers(basicModel, ctx.className(basicModel.id), 'plain').properties;
    const auth = scope.util('BasicAuth');
    body.push(
      '',
      `${I}private static ${auth}? ${basicOf}(${scope.type({ kind: 'model', id: basicModel.id }, false)}? value) => value == null ? null : new ${auth}(value.${username}, value.${password});`,
    );
  }
  for (const group of ctx.surface.groups) {
    const description = api.groups.find((g) => g.name === group.name)?.description;
    body.push('', ...xmlDoc(description, I), `${I}public ${group.interfaceName} ${group.propertyName} { get; }`);
  }
  for (const operation of rootOperations) body.push('', ...operationMembers(ctx, operation, scope));
  body.push('}');
  return { path: `${name}.cs`, contents: csFile(ctx.rootNamespace, scope.usings(), body) };
}

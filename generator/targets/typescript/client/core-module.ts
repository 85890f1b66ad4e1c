/**
 * src/core.ts: the API's servers, security schemes and retry policy, the client options type,
 * and `<Sdk>Core`, the method-less client the standalone functions take.
 */
import type { ApiModel, SecurityScheme } from '../../../ir/model.js';
import type { EmitContext } from '../context.js';
import { jsDoc } from '../jsdoc.js';
import type { ModuleStatements } from '../module-text.js';
import type { TargetOptions } from '../../target.js';
import type { ErrorClasses } from './errors.js';
import { retriesJson } from './retries.js';
import { ClientScope } from './scope.js';
import { envPrefixOf, securityEnvVar, securityOptionName } from '../../../surface/typescript/sdk-surface.js';
import { securityModel } from '../../../ir/passes/security-model.js';

export interface CoreNames {
  coreClass: string;
  version: string;
}

export function coreModule(ctx: EmitContext, api: ApiModel, options: TargetOptions, errors: ErrorClasses, names: CoreNames): ModuleStatements {
  const scope = new ClientScope(ctx, '', [names.coreClass, 'SDKOptions', 'ServerList', 'config']);
  const base = scope.lib('sdk', 'ClientSDK');
  const clientOptions = scope.lib('config', 'ClientOptions', true);
  const sdkConfig = scope.lib('config', 'SDKConfig', true);
  // The hooks of src/hooks/registration.ts, created with every client (their initHooks runs then).
  const hooks = scope.named_('hooks/hooks', 'SDKHooks', false);
  const defaultError = scope.named_(`errors/${errors.defaultClass.fileName}`, errors.defaultClass.className, false);

  const servers = api.servers.map((s) => (s.variables.length > 0 ? { url: s.url, variables: Object.fromEntries(s.variables.map((v) => [v.name, v.default])) } : { url: s.url }));
  const security$ = securityModel(api);
  const securityInfo = security$ && ctx.has(security$.id) ? ctx.info(security$.id) : undefined;
  // A scheme's field in the `security` option's value, when it differs from the scheme's own option.
  const member = (s: SecurityScheme): string | undefined => {
    const properties = security$?.shape.kind === 'object' ? security$.shape.properties : [];
    const name = securityInfo?.propertyNames[properties.findIndex((p) => p.wireName === s.key)];
    return name !== undefined && name !== securityOptionName(s.key) ? name : undefined;
  };
  const schemes = Object.fromEntries(api.securitySchemes.map((s) => [s.key, { ...schemeSpec(s, envPrefixOf(options)), ...(member(s) ? { member: member(s) } : {}) }]));
  const security = api.security.map((r) => r.schemes.map((x) => (x.scopes.length > 0 ? { key: x.key, scopes: x.scopes } : { key: x.key })));
  const config = [
    `servers: ${JSON.stringify(servers)}`,
    `schemes: ${JSON.stringify(schemes)}`,
    `security: ${JSON.stringify(security)}`,
    `envPrefix: ${JSON.stringify(envPrefixOf(options))}`,
    `userAgent: ${JSON.stringify(`sdkwright ${options.packageName}/${names.version} (api ${api.info.version})`)}`,
    `defaultError: ${defaultError}`,
  ];
  if (api.retries) config.push(`retries: ${retriesJson(api.retries)}`);
  // Only APIs with a client credentials flow bundle the token cache.
  if (api.securitySchemes.some((s) => s.type === 'oauth2' && s.flows.clientCredentials)) config.push(`tokenCache: () => new ${scope.lib('oauth2', 'TokenCache')}()`);

  const optionFields = api.securitySchemes.map((s) => securityField(s, envPrefixOf(options), scope));
  if (securityInfo) {
    const type = scope.type(securityInfo.model.id);
    optionFields.push(
      [
        '  /**',
        `   * Every credential in one value, the reference generator's \`${type}\` (or a function returning one,`,
        "   * asked on every request). A scheme's own option above wins over its field here.",
        '   */',
        `  security?: ${type} | (() => Promise<${type}>) | undefined;`,
      ].join('\n'),
    );
  }
  const variables = serverVariablesField(api);
  if (variables) optionFields.push(variables);
  const serverDocs = api.servers.map((s, i) => ` * - ${i}: ${s.url}${s.description ? ` (${s.description.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ')})` : ''}`);
  const statements = [
    ['/**', ' * Servers of the API description, by `serverIdx`:', ...serverDocs, ' */', `export const ServerList = ${JSON.stringify(api.servers.map((s) => s.url))} as const;`].join('\n'),
    `/** Client options: the common ones and the credentials of each security scheme. */\nexport type SDKOptions = ${clientOptions} & {\n${optionFields.join('\n')}\n};`,
    `const config: ${sdkConfig} = {\n${config.map((c) => `  ${c},\n`).join('')}};`,
    [
      '/**',
      ' * The client without methods: pass it to the standalone functions (`<package>/funcs/*.js`)',
      ' * so that a bundle carries only the operations it calls. Create one and share it.',
      ' */',
      `export class ${names.coreClass} extends ${base} {`,
      `  constructor(options: SDKOptions = {}) {`,
      `    super(options, config, new ${hooks}());`,
      '  }',
      '}',
    ].join('\n'),
  ];
  return { imports: scope.imports(), body: statements };
}

/** `serverVariables`, typed: each variable of any server, its enum values when it has them. */
function serverVariablesField(api: ApiModel): string | undefined {
  const seen = new Map<string, Set<string> | undefined>();
  for (const server of api.servers) {
    for (const v of server.variables) {
      const values = v.enum ? new Set([...(seen.get(v.name) ?? []), ...v.enum]) : undefined;
      seen.set(v.name, seen.has(v.name) && seen.get(v.name) === undefined ? undefined : values);
    }
  }
  if (seen.size === 0) return undefined;
  const fields = [...seen].map(([name, values]) => `${JSON.stringify(name)}?: ${values ? [...values].map((x) => JSON.stringify(x)).join(' | ') : 'string'}`);
  return `  /** Values for the server URL's variables; missing ones take their defaults. */\n  serverVariables?: { ${fields.join('; ')} } | undefined;`;
}

function schemeSpec(s: SecurityScheme, prefix: string): Record<string, unknown> {
  const common = { field: securityOptionName(s.key), env: securityEnvVar(prefix, s.key) };
  switch (s.type) {
    case 'http':
      return { type: 'http', scheme: s.scheme.toLowerCase(), ...common };
    case 'apiKey':
      return { type: 'apiKey', in: s.in, name: s.name, ...common };
    case 'oauth2':
      return s.flows.clientCredentials ? { type: 'oauth2', tokenURL: s.flows.clientCredentials.tokenUrl, ...common } : { type: 'oauth2', ...common };
    case 'openIdConnect':
      return { type: 'openIdConnect', ...common };
  }
}

function securityField(s: SecurityScheme, prefix: string, scope: ClientScope): string {
  const env = securityEnvVar(prefix, s.key);
  let type = scope.lib('security', 'Secret', true);
  let fallback = `environment variable \`${env}\``;
  if (s.type === 'http' && s.scheme.toLowerCase() === 'basic') {
    type = `${scope.lib('security', 'Provider', true)}<${scope.lib('security', 'BasicCredentials', true)}>`;
    fallback = `\`${env}_USERNAME\` and \`${env}_PASSWORD\``;
  } else if (s.type === 'oauth2' && s.flows.clientCredentials) {
    type = `${type} | ${scope.lib('security', 'Provider', true)}<${scope.lib('security', 'ClientCredentials', true)}>`;
    fallback = `\`${env}_CLIENT_ID\` and \`${env}_CLIENT_SECRET\` (client credentials), else \`${env}\` (a token)`;
  }
  const what = s.type === 'oauth2' && s.flows.clientCredentials ? 'An access token, or client credentials to fetch one.' : s.type === 'apiKey' ? `API key, sent in the ${s.in} \`${s.name}\`.` : '';
  const description = [s.description, what, `Default: ${fallback}.`].filter((x) => x && x.trim() !== '').join('\n\n');
  const doc = jsDoc({ description })
    .map((l) => `  ${l}`)
    .join('\n');
  return `${doc}\n  ${securityOptionName(s.key)}?: ${type} | undefined;`;
}

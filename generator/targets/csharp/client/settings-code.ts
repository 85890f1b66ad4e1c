/**
 * C# expressions for what the spec says about servers, security and retries, as the runtime's
 * ServerTemplate, SecurityScheme / SecurityRequirement and RetryConfig objects.
 */
import type { RetryConfig, SecurityRequirement, SecurityScheme, Server } from '../../../ir/model.js';
import { schemeKind } from '../../../surface/csharp/constructor-arguments.js';
import type { CsScope } from '../scope.js';
import { csString } from '../text.js';

export function serversExpr(servers: readonly Server[], scope: CsScope): string {
  const template = scope.util('ServerTemplate');
  const items = servers.map((s) => {
    if (s.variables.length === 0) return `new ${template}(${csString(s.url)})`;
    const defaults = s.variables.map((v) => `[${csString(v.name)}] = ${csString(v.default)}`).join(', ');
    return `new ${template}(${csString(s.url)}, new Dictionary<string, string> { ${defaults} })`;
  });
  return `new ${template}[] { ${items.join(', ')} }`;
}

export function requirementsExpr(requirements: readonly SecurityRequirement[], scope: CsScope): string {
  const requirement = scope.util('SecurityRequirement');
  const use = scope.util('SchemeUse');
  const items = requirements.map((r) => `new ${requirement}(${r.schemes.map((s) => `new ${use}(${[s.key, ...s.scopes].map(csString).join(', ')})`).join(', ')})`);
  return `new ${requirement}[] { ${items.join(', ')} }`;
}

export function schemesExpr(schemes: readonly SecurityScheme[], scope: CsScope): string {
  const type = scope.util('SecurityScheme');
  const kindType = scope.util('SchemeKind');
  const items = schemes.map((s) => {
    const k = schemeKind(s);
    const args = [csString(s.key), `${kindType}.${k.kind}`];
    if (k.parameterName !== undefined || k.tokenUrl !== undefined) args.push(k.parameterName !== undefined ? csString(k.parameterName) : 'null');
    if (k.tokenUrl !== undefined) args.push(csString(k.tokenUrl));
    return `new ${type}(${args.join(', ')})`;
  });
  return `new ${type}[] { ${items.join(', ')} }`;
}

export function retriesExpr(retries: RetryConfig, scope: CsScope): string {
  const b = retries.backoff ?? {};
  const backoff: string[] = [];
  if (b.initialInterval !== undefined) backoff.push(`InitialIntervalMs = ${Math.round(b.initialInterval)}`);
  if (b.maxInterval !== undefined) backoff.push(`MaxIntervalMs = ${Math.round(b.maxInterval)}`);
  if (b.maxElapsedTime !== undefined) backoff.push(`MaxElapsedTimeMs = ${Math.round(b.maxElapsedTime)}`);
  if (b.exponent !== undefined) backoff.push(`Exponent = ${Number.isInteger(b.exponent) ? `${b.exponent}.0` : b.exponent}`);
  const parts = [
    `Strategy = ${scope.util('RetryStrategy')}.Backoff`,
    `Backoff = new ${scope.util('BackoffStrategy')} { ${backoff.join(', ')} }`,
    `StatusCodes = new string[] { ${retries.statusCodes.map(csString).join(', ')} }`,
    `RetryConnectionErrors = ${retries.retryConnectionErrors ? 'true' : 'false'}`,
  ];
  return `new ${scope.util('RetryConfig')} { ${parts.join(', ')} }`;
}

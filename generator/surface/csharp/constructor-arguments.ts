/**
 * What the C# SDK constructor takes: the kind of credential each security scheme needs, and the
 * argument names (one per scheme, a `<scheme>Source` for string credentials, then the fixed
 * settings). The target writes the constructor from this and the docs show calls to it.
 */
import type { SecurityScheme } from '../../ir/model.js';
import { csParameterName, csPropertyName, uniqueNames } from './names.js';

export type CredentialKind = 'token' | 'basic' | 'clientCredentials';

/** The runtime's kind of a scheme, and what credential the SDK constructor takes for it. */
export function schemeKind(scheme: SecurityScheme): { kind: string; credential: CredentialKind; parameterName?: string; tokenUrl?: string } {
  switch (scheme.type) {
    case 'http': {
      const name = scheme.scheme.toLowerCase();
      if (name === 'bearer') return { kind: 'Bearer', credential: 'token' };
      if (name === 'basic') return { kind: 'Basic', credential: 'basic' };
      return { kind: 'Custom', credential: 'token' };
    }
    case 'apiKey': {
      const kind = scheme.in === 'query' ? 'ApiKeyQuery' : scheme.in === 'cookie' ? 'ApiKeyCookie' : 'ApiKeyHeader';
      return { kind, credential: 'token', parameterName: scheme.name };
    }
    case 'oauth2':
      if (scheme.flows.clientCredentials) return { kind: 'OAuth2ClientCredentials', credential: 'clientCredentials', tokenUrl: scheme.flows.clientCredentials.tokenUrl };
      return { kind: 'OAuth2Token', credential: 'token' };
    case 'openIdConnect':
      return { kind: 'OAuth2Token', credential: 'token' };
  }
}

/**
 * Constructor argument names: one per scheme, a `<scheme>Source` (a function asked on every
 * request) per scheme whose credential is a string, then the fixed settings, all distinct.
 */
export function sdkConstructorArguments(schemes: readonly SecurityScheme[]): {
  schemes: string[];
  sources: (string | undefined)[];
  serverIndex: string;
  serverUrl: string;
  serverVariables: string;
  urlParams: string;
  client: string;
  httpClient: string;
  retryConfig: string;
  timeout: string;
  hooks: string;
  security: string;
  securitySource: string;
} {
  const fixed = ['serverIndex', 'serverUrl', 'serverVariables', 'urlParams', 'client', 'httpClient', 'retryConfig', 'timeout', 'hooks', 'security', 'securitySource'];
  const names = uniqueNames(
    schemes.map((s) => csParameterName(csPropertyName(s.key))),
    fixed,
    'Credential',
  );
  const withSource = schemes.map((s) => schemeKind(s).credential === 'token');
  const sourceNames = uniqueNames(
    names.filter((_, i) => withSource[i]).map((n) => `${n}Source`),
    [...fixed, ...names],
    'Source',
  );
  let next = 0;
  const sources = withSource.map((has) => (has ? sourceNames[next++] : undefined));
  const [serverIndex, serverUrl, serverVariables, urlParams, client, httpClient, retryConfig, timeout, hooks, security, securitySource] = fixed;
  return { schemes: names, sources, serverIndex, serverUrl, serverVariables, urlParams, client, httpClient, retryConfig, timeout, hooks, security, securitySource };
}

/**
 * The credential flags of `mcp start`: one per security scheme (two for basic auth and OAuth2
 * client credentials), each filling the SDK option of that scheme and falling back, as the SDK
 * does, to the scheme's environment variable. Shared with the docs (MCP.md).
 */
import type { ApiModel, SecurityScheme } from '../../ir/model.js';
import { words } from './names.js';
import { securityEnvVar, securityOptionName } from './sdk-surface.js';

export interface SecurityFlag {
  option: string;
  kind: 'token' | 'basic' | 'clientCredentials';
  flag: string;
  env: string;
  description: string;
}

/** Flags of `mcp start` itself; a scheme whose flag would clash takes an `auth-` prefix. */
const SERVER_FLAGS = new Set(['transport', 'port', 'host', 'tool', 'scope', 'server-url', 'server-index', 'timeout-ms', 'max-events', 'log-level', 'no-retries', 'help', 'version']);

/** `prefix`: the package's environment variable prefix (`envPrefixOf`). */
export function mcpSecurityFlags(api: ApiModel, prefix: string): SecurityFlag[] {
  const used = new Set(SERVER_FLAGS);
  return api.securitySchemes.map((s) => {
    const option = securityOptionName(s.key);
    let flag =
      words(option)
        .map((w) => w.toLowerCase())
        .join('-') || 'auth';
    if (used.has(flag)) flag = `auth-${flag}`;
    for (let n = 2; used.has(flag); n++) flag = `${flag.replace(/-\d+$/, '')}-${n}`;
    used.add(flag);
    return { option, kind: kindOf(s), flag, env: securityEnvVar(prefix, s.key), description: describe(s) };
  });
}

function kindOf(s: SecurityScheme): SecurityFlag['kind'] {
  if (s.type === 'http' && s.scheme.toLowerCase() === 'basic') return 'basic';
  if (s.type === 'oauth2' && s.flows.clientCredentials) return 'clientCredentials';
  return 'token';
}

function describe(s: SecurityScheme): string {
  switch (s.type) {
    case 'http':
      return s.scheme.toLowerCase() === 'basic' ? 'HTTP basic credentials' : `HTTP ${s.scheme} token`;
    case 'apiKey':
      return `API key (${s.in} ${s.name})`;
    case 'oauth2':
      return s.flows.clientCredentials ? 'OAuth2 client credentials' : 'OAuth2 access token';
    case 'openIdConnect':
      return 'OpenID Connect access token';
  }
}

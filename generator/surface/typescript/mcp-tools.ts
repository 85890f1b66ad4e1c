/**
 * The tools of the generated MCP server: one per operation, named, described and annotated from
 * the IR and the SDK surface. Pure, and shared with the docs renderer (the MCP.md tool list), so
 * the page lists exactly what the server registers.
 *
 * `x-speakeasy-mcp` on an operation (`disabled`, `name`, `description`, `scopes`) is honoured, so
 * specs written for the reference generator carry over. A member of the wrong type is ignored.
 */
import type { Operation } from '../../ir/model.js';
import { words } from './names.js';
import type { OperationSurface, SdkSurface } from './sdk-surface.js';

/** Longest tool name: what Claude and most MCP clients accept. */
export const MAX_TOOL_NAME = 64;

/** Tool descriptions are read by models on every turn; longer ones are cut at a word. */
export const MAX_TOOL_DESCRIPTION = 1024;

export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  /** Every tool calls the API, outside the agent's own world. */
  openWorldHint: true;
}

export interface McpToolSurface {
  /** Unique, stable, `[A-Za-z0-9_-]`, at most MAX_TOOL_NAME characters. */
  name: string;
  title: string;
  description: string;
  scopes: string[];
  annotations: ToolAnnotations;
  operation: OperationSurface;
}

interface McpExtension {
  disabled?: boolean;
  name?: string;
  description?: string;
  scopes?: string[];
}

/** The tools, in SDK order (root methods, then each group's), disabled operations left out. */
export function mcpTools(surface: SdkSurface): McpToolSurface[] {
  const usedLower = new Set<string>();
  const tools: McpToolSurface[] = [];
  for (const s of [...surface.rootOperations, ...surface.groups.flatMap((g) => g.operations)]) {
    const ext = mcpExtension(s.operation);
    if (ext.disabled) continue;
    const wanted = ext.name !== undefined ? sanitize(ext.name) : defaultToolName(s);
    tools.push({
      name: uniqueToolName(wanted === '' ? defaultToolName(s) : wanted, usedLower),
      title: toolTitle(s),
      description: toolDescription(ext.description ?? [s.operation.summary, s.operation.description].filter(Boolean).join('\n\n'), s.operation),
      scopes: ext.scopes ?? [],
      annotations: annotationsOf(s.operation.method),
      operation: s,
    });
  }
  return tools;
}

/** `<group>-<method>` in kebab case: `oauthApplications.get` → `oauth-applications-get`. */
function defaultToolName(s: OperationSurface): string {
  const kebab = (text: string) =>
    words(text)
      .map((w) => w.toLowerCase())
      .join('-');
  return (
    sanitize(
      [s.groupProperty, s.methodName]
        .filter((p): p is string => p !== undefined)
        .map(kebab)
        .join('-'),
    ) || 'call'
  );
}

function sanitize(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Unique ignoring case (clients differ on case); too long a name keeps its start and a hash of the whole. */
function uniqueToolName(wanted: string, usedLower: Set<string>): string {
  const base = wanted.length <= MAX_TOOL_NAME ? wanted : `${wanted.slice(0, MAX_TOOL_NAME - 9).replace(/-+$/, '')}-${hash(wanted)}`;
  let chosen = base;
  for (let n = 2; usedLower.has(chosen.toLowerCase()); n++) {
    const suffix = `-${n}`;
    chosen = `${base.slice(0, MAX_TOOL_NAME - suffix.length).replace(/-+$/, '')}${suffix}`;
  }
  usedLower.add(chosen.toLowerCase());
  return chosen;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function toolTitle(s: OperationSurface): string {
  const summary = s.operation.summary?.trim().split('\n')[0]?.trim();
  if (summary) return summary;
  return [s.groupProperty, s.methodName].filter(Boolean).join('.');
}

/** Whitespace trimmed, at most MAX_TOOL_DESCRIPTION characters; a deprecated operation says so first. */
export function toolDescription(text: string, op: Pick<Operation, 'deprecated' | 'requestMethod' | 'path'>): string {
  const lead = op.deprecated ? 'Deprecated. ' : '';
  const body =
    text
      .trim()
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n') || `${op.requestMethod} ${op.path}`;
  const full = `${lead}${body}`;
  if (full.length <= MAX_TOOL_DESCRIPTION) return full;
  const cut = full.slice(0, MAX_TOOL_DESCRIPTION - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > MAX_TOOL_DESCRIPTION / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** MCP's hints from the HTTP method's own semantics (RFC 9110 safe and idempotent methods; QUERY is both). */
export function annotationsOf(method: Operation['method']): ToolAnnotations {
  const safe = method === 'get' || method === 'head' || method === 'options' || method === 'trace' || method === 'query';
  return { readOnlyHint: safe, destructiveHint: method === 'delete', idempotentHint: safe || method === 'put' || method === 'delete', openWorldHint: true };
}

function mcpExtension(op: Operation): McpExtension {
  const raw = op.extensions['x-speakeasy-mcp'];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const r = raw as Record<string, unknown>;
  const ext: McpExtension = {};
  if (typeof r.disabled === 'boolean') ext.disabled = r.disabled;
  if (typeof r.name === 'string' && r.name.trim() !== '') ext.name = r.name.trim();
  if (typeof r.description === 'string' && r.description.trim() !== '') ext.description = r.description;
  if (Array.isArray(r.scopes)) ext.scopes = r.scopes.filter((x): x is string => typeof x === 'string' && x !== '');
  return ext;
}

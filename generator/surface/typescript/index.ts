/**
 * Every name of the TypeScript SDK that more than one emitter or page needs, computed once per
 * run: the target writes the code with these names and the docs show the same ones.
 */
import type { ApiModel } from '../../ir/model.js';
import { mcpTools, type McpToolSurface } from './mcp-tools.js';
import { tsTypeNames } from './names.js';
import { sdkSurface, type SdkSurface } from './sdk-surface.js';

export interface TypescriptNames {
  /** Type name by model id, unique case-insensitively within a namespace. */
  typeNames: ReadonlyMap<string, string>;
  /** Groups, methods, standalone functions and their arguments. */
  sdk: SdkSurface;
  /** One MCP tool per operation: computed on first use, as only a package with the MCP server needs them. */
  readonly mcpTools: readonly McpToolSurface[];
}

export function typescriptNames(api: ApiModel): TypescriptNames {
  const sdk = sdkSurface(api);
  let tools: readonly McpToolSurface[] | undefined;
  return {
    typeNames: tsTypeNames(api.models),
    sdk,
    get mcpTools() {
      return (tools ??= mcpTools(sdk));
    },
  };
}

/**
 * Tool arguments for an operation, from the same example values the SDK tests send: the SDK
 * call's arguments as JSON (dates become strings), placed as the tool's input schema says, with
 * every file as `{ content: base64 }`.
 */
import { EmitContext } from '../../../generator/targets/typescript/context.js';
import { toolInput } from '../../../generator/targets/typescript/mcp/input-schema.js';
import { mcpTools, type McpToolSurface } from '../../../generator/surface/typescript/mcp-tools.js';
import type { ApiModel } from '../../../generator/ir/model.js';
import { expectedRequest, ModelValues, surfaceOf } from './expected.js';
import type { BuiltSdk } from './build-sdk.js';
import type { SpecServer } from './spec-server.js';

export class ToolArguments {
  private readonly ctx: EmitContext;
  private readonly values: ModelValues;
  readonly tools: McpToolSurface[];

  constructor(
    api: ApiModel,
    sdk: BuiltSdk,
    private readonly server: SpecServer,
  ) {
    this.ctx = new EmitContext(api);
    this.values = new ModelValues(api, sdk);
    this.tools = mcpTools(surfaceOf(api));
  }

  inputOf(tool: McpToolSurface) {
    return toolInput(this.ctx, tool.operation);
  }

  async of(tool: McpToolSurface): Promise<Record<string, unknown>> {
    const s = tool.operation;
    const input = this.inputOf(tool);
    const sdkArgs = await this.values.arguments(s, expectedRequest(s.operation, this.server.examples));
    let args: Record<string, unknown>;
    switch (input.passing.kind) {
      case 'none':
        args = {};
        break;
      case 'whole':
        args = (sdkArgs[0] ?? {}) as Record<string, unknown>;
        break;
      case 'property':
        args = sdkArgs[0] === undefined ? {} : { [input.passing.name]: sdkArgs[0] };
        break;
      case 'positional': {
        const names = input.passing.names;
        args = Object.fromEntries(names.map((n, i) => [n, sdkArgs[i]]).filter(([, v]) => v !== undefined));
        break;
      }
    }
    const json = JSON.parse(JSON.stringify(args)) as Record<string, unknown>;
    for (const path of input.files) encodeFiles(json, path, 0);
    return json;
  }
}

function encodeFiles(container: unknown, path: string[], at: number): void {
  const key = path[at];
  if (key === undefined || typeof container !== 'object' || container === null) return;
  const record = container as Record<string, unknown>;
  const slots = key === '[]' ? Object.keys(record) : key === '{}' ? Object.keys(record) : [key];
  for (const slot of slots) {
    if (at < path.length - 1) encodeFiles(record[slot], path, at + 1);
    else if (typeof record[slot] === 'string') record[slot] = { content: Buffer.from(record[slot] as string).toString('base64') };
    // A file part model (`{ fileName, content }`): its content goes in base64, its name as it is.
    else if (isFilePart(record[slot])) record[slot] = { ...record[slot], content: Buffer.from(record[slot].content).toString('base64') };
  }
}

function isFilePart(value: unknown): value is { content: string; fileName?: string } {
  return typeof value === 'object' && value !== null && typeof (value as { content?: unknown }).content === 'string';
}

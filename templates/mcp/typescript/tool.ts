/**
 * What the server knows of one tool. The list is generated (tools.ts) from the API description;
 * this module, like the rest of src/mcp-server/, is the same in every package.
 */
import type { RequestOptions } from "../lib/config.js";
import type { Result } from "../lib/result.js";
import type { JsonSchema } from "./arguments.js";

export interface ToolDefinition<Client> {
  /** Unique, `[A-Za-z0-9_-]`, at most 64 characters. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** A JSON Schema object: the standalone function's arguments, with the SDK's names. */
  readonly inputSchema: JsonSchema & { type: "object" };
  readonly annotations: {
    readonly readOnlyHint: boolean;
    readonly destructiveHint: boolean;
    readonly idempotentHint: boolean;
    readonly openWorldHint: boolean;
  };
  /** `x-speakeasy-mcp.scopes`: what `--scope` selects on. */
  readonly scopes: readonly string[];
  /** Paths of file arguments (base64 in, bytes to the SDK): keys, `[]` per element, `{}` per map value. */
  readonly files: readonly (readonly string[])[];
  /** The first page of a paginated operation comes back as a `Page`: its `result` is returned. */
  readonly paged: boolean;
  /** Media type of a binary success response, for the content returned to the client. */
  readonly binaryMediaType?: string;
  /** Calls the operation's standalone function with the (checked, decoded) arguments. */
  readonly invoke: (client: Client, args: Record<string, unknown>, options: RequestOptions) => Promise<Result<unknown, unknown>>;
}

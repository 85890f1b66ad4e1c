/**
 * What differs between the two docs flavours at the level of a single cell or name. Page
 * layout lives in `pages/`; this is the vocabulary those pages are written in.
 */
import type { Model, TypeRef } from '../../ir/model.js';

export type DocsFlavour = 'typescript' | 'csharp';

export interface DocsOptions {
  /** npm package (TypeScript) or root namespace (C#). */
  packageName: string;
  sdkClassName: string;
  /** TypeScript: the package has an MCP server (MCP.md and a README section). */
  mcp?: boolean;
  envVarPrefix?: string;
}

export interface Flavour {
  readonly id: DocsFlavour;
  /** Whether the flavour documents this model at all. */
  includes(model: Model): boolean;
  /** Path of the model's page, relative to the package root (starts with `docs/`). */
  docPath(model: Model): string;
  /** Class name as the generated code spells it. */
  className(model: Model): string;
  /** Contents of the `Type` column. */
  typeCell(type: TypeRef): string;
  /** Property identifiers of one object, in order, as the generated code spells them. */
  fieldNames(wireNames: readonly string[]): string[];
}

/**
 * src/wire/openapi.ts: the wire-level `paths` and `components` types, written by
 * openapi-typescript from the loaded document. The mappers are typed against it, so compiling
 * the package checks the camelCase models against the spec as an independent tool reads it.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/**
 * The module text (without the generated-code header). It opens with `@ts-nocheck`: for some
 * valid but unusual specs openapi-typescript writes types the compiler rejects (a path
 * parameter declared twice, recursive array aliases), and those are its defects, not the
 * SDK's. The directive only silences errors inside this file; every model module is still
 * checked against the types it declares.
 */
export async function wireTypesModule(source: Record<string, unknown>): Promise<string> {
  // openapi-typescript may annotate the document it is given; the caller's copy stays as it was.
  const document = structuredClone(source) as unknown as OpenAPI3;
  const nodes = await openapiTS(document, {
    silent: true,
    // `{}` schemas become `Record<string, unknown>`, not `Record<string, never>`: free-form means any keys.
    emptyObjectsUnknown: true,
    // A property with a default is still optional on the wire, as it is in the IR.
    defaultNonNullable: false,
  });
  return `// @ts-nocheck\n\n${astToString(nodes)}`;
}

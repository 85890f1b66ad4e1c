/**
 * src/wire/openapi.ts: the wire-level `paths` and `components` types, written by
 * openapi-typescript from the loaded document. The mappers are typed against it, so compiling
 * the package checks the camelCase models against the spec as an independent tool reads it.
 *
 * Its transform is called directly rather than through `openapiTS()`: that entry point first
 * runs Redocly's config, lint and bundle, which walk the whole document three more times (the
 * loader has already joined, and validate checked, it), follow every `$ref` key including those
 * in example payloads and extensions (data, not references), and crash on property names that
 * are members of Object.prototype. The context below is the one `openapiTS()` builds
 * (openapi-typescript 7.13, pinned to that minor in package.json for this reason).
 */
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import { openapiTypescript, type OpenapiTypescriptParts } from './libraries.js';
import { wireDocument } from './wire-document.js';

const OPTIONS: OpenAPITSOptions = {
  silent: true,
  // `{}` schemas become `Record<string, unknown>`, not `Record<string, never>`: free-form means any keys.
  emptyObjectsUnknown: true,
  // A property with a default is still optional on the wire, as it is in the IR.
  defaultNonNullable: false,
};

/**
 * The module text (without the generated-code header). It opens with `@ts-nocheck`: for some
 * valid but unusual specs openapi-typescript writes types the compiler rejects (a path
 * parameter declared twice, recursive array aliases), and those are its defects, not the
 * SDK's. The directive only silences errors inside this file; every model module is still
 * checked against the types it declares.
 */
export async function wireTypesModule(source: Record<string, unknown>): Promise<string> {
  const { astToString, transformSchema, resolveRef, scanDiscriminators } = await openapiTypescript();
  // A copy, because openapi-typescript annotates the document it reads (discriminator enums).
  const document = wireDocument(source) as unknown as OpenAPI3;
  const context = wireContext(document, resolveRef, scanDiscriminators);
  return `// @ts-nocheck\n\n${astToString(transformSchema(document, context))}`;
}

function wireContext(
  document: OpenAPI3,
  resolveRef: OpenapiTypescriptParts['resolveRef'],
  scanDiscriminators: OpenapiTypescriptParts['scanDiscriminators'],
): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: OPTIONS.defaultNonNullable!,
    discriminators: scanDiscriminators(document, OPTIONS),
    emptyObjectsUnknown: OPTIONS.emptyObjectsUnknown!,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only the bundling step reads the Redocly config, and it is not run.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: <T>($ref: string) => resolveRef<T>(document, $ref, { silent: true }),
  };
}

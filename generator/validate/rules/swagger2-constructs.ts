import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import type { LoadedSpec } from '../../load/types.js';
import { walkStructure } from '../../resolve/walk.js';
import { at } from '../helpers.js';

const IGNORED_ROOT_FIELDS = ['definitions', 'securityDefinitions', 'host', 'basePath', 'schemes', 'consumes', 'produces'];

/**
 * Swagger 2.0 spellings in a document written as OpenAPI 3.x: they mean nothing there, so the
 * SDK would silently miss a request body or a model. (A 2.0 document was upgraded on load.)
 */
export function checkSwagger2Constructs(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  if (!loaded.sourceVersion.startsWith('3')) return;
  const { document } = loaded;
  for (const field of IGNORED_ROOT_FIELDS) {
    if (!(field in document)) continue;
    diagnostics.warning('swagger2-field-ignored', `'${field}' is a Swagger 2.0 field and is ignored in an OpenAPI ${loaded.sourceVersion} document`, at(loaded, document, field));
  }
  walkStructure(document, 'root', (node, kind) => {
    if (Array.isArray(node)) return;
    if (kind === 'parameter' && (node.in === 'body' || node.in === 'formData')) {
      diagnostics.error(
        'swagger2-construct',
        `parameter '${String(node.name)}' has 'in: ${node.in}', which is Swagger 2.0; expected 'in' to be query, header, path or cookie, with the payload described by the operation's requestBody`,
        at(loaded, node, 'in'),
      );
    }
    if (kind === 'operation') {
      for (const field of ['consumes', 'produces']) {
        if (field in node) {
          diagnostics.warning('swagger2-field-ignored', `'${field}' is a Swagger 2.0 field; in OpenAPI 3 media types are the keys of 'content'`, at(loaded, node, field));
        }
      }
    }
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/definitions/')) {
      diagnostics.error(
        'swagger2-construct',
        `$ref '${node.$ref}' uses the Swagger 2.0 location '#/definitions/'; expected '#/components/schemas/${node.$ref.slice('#/definitions/'.length)}'`,
        at(loaded, node, '$ref'),
      );
    }
  });
}

/**
 * File parts, as the reference generator has them: a `format: binary` property of a multipart
 * request body is a model of its own, `{ fileName, content }`, named after the property like any
 * inline schema of the body (`File`; on a collision `<Op>File`, or `<Body>File` for a component
 * body), so the first upload in the document has `File` (TypeScript: `FileT`) and later ones
 * `UploadOrganizationLogoFile`. Only bodies that every content of theirs sends as multipart are
 * changed (a JSON body keeps its binary string), and an array of binary items is left as it is.
 */
import type { ApiModel, Model, NamePart, Operation, Property } from '../model.js';
import { pascalCase } from '../naming/case.js';
import type { NameCandidates } from '../naming/name-candidates.js';

export function addFileParts(api: ApiModel, nameCandidates: NameCandidates): void {
  const byId = new Map(api.models.map((m) => [m.id, m]));
  const multipartBodies = new Map<string, Operation>();
  const otherBodies = new Set<string>();
  for (const operation of api.operations) {
    for (const content of operation.requestBody?.contents ?? []) {
      if (content.type.kind !== 'model') continue;
      if (content.mediaType.toLowerCase().startsWith('multipart/')) {
        if (!multipartBodies.has(content.type.id)) multipartBodies.set(content.type.id, operation);
      } else otherBodies.add(content.type.id);
    }
  }
  for (const [id, operation] of multipartBodies) {
    const body = byId.get(id);
    if (!body || otherBodies.has(id) || body.shape.kind !== 'object') continue;
    for (const property of body.shape.properties) {
      const type = property.type;
      if (type.kind !== 'string' || type.format !== 'binary') continue;
      const { part, candidates } = filePartModel(body, property, operation);
      if (!byId.has(part.id)) {
        api.models.push(part);
        byId.set(part.id, part);
        nameCandidates.set(part.id, candidates);
      }
      property.type = { kind: 'model', id: part.id, ...(type.nullable ? { nullable: true } : {}) };
    }
  }
}

function filePartModel(body: Model, property: Property, operation: Operation): { part: Model; candidates: NamePart[][] } {
  const own = pascalCase(property.wireName) || 'File';
  // An operation's inline body is prefixed with the operation, a component with itself.
  const prefix = body.origin === 'component' ? { nameOf: body.id } : pascalCase(operation.id) || 'Operation';
  const field = (wireName: string, format?: string): Property => ({
    wireName,
    type: { kind: 'string', ...(format ? { format } : {}) },
    required: true,
    deprecated: false,
    readOnly: false,
    writeOnly: false,
  });
  const part: Model = {
    id: `${body.id}/properties/${property.wireName.replace(/~/g, '~0').replace(/\//g, '~1')}`,
    name: '',
    namespace: body.namespace,
    origin: 'inline',
    filePart: true,
    deprecated: false,
    shape: { kind: 'object', properties: [field('fileName'), field('content', 'binary')] },
    ...(body.operationId ? { operationId: body.operationId } : {}),
  };
  return { part, candidates: [[own], [prefix, own]] };
}

import type { Provenance } from '../../load/provenance.js';
import { walkStructure } from '../walk.js';
import type { Json } from './context.js';

/**
 * The last pass of the upgrade, over the whole 3.0 document: refs to 2.0 locations now point to
 * components, and 2.0-only schema spellings become 3.0 ones (`x-nullable`, `type: file`, a
 * discriminator given as a bare property name).
 */
export function finishUpgrade(document: Json, bodyParameters: ReadonlySet<string>, provenance: Provenance): void {
  walkStructure(document, 'root', (node, kind) => {
    if (Array.isArray(node)) return;
    if (typeof node.$ref === 'string') node.$ref = upgradeRef(node.$ref, bodyParameters);
    if (kind === 'schema') fixSchema(node, provenance);
  });
}

function upgradeRef(ref: string, bodyParameters: ReadonlySet<string>): string {
  if (ref.startsWith('#/definitions/')) return '#/components/schemas/' + ref.slice('#/definitions/'.length);
  if (ref.startsWith('#/responses/')) return '#/components/responses/' + ref.slice('#/responses/'.length);
  if (ref.startsWith('#/parameters/')) {
    const rest = ref.slice('#/parameters/'.length);
    const name = rest.split('/')[0].replace(/~1/g, '/').replace(/~0/g, '~');
    return (bodyParameters.has(name) ? '#/components/requestBodies/' : '#/components/parameters/') + rest;
  }
  return ref;
}

function fixSchema(schema: Json, provenance: Provenance): void {
  if ('x-nullable' in schema) {
    provenance.moveMember(schema, 'x-nullable', schema, 'nullable');
    delete schema['x-nullable'];
  }
  if (schema.type === 'file') {
    schema.type = 'string';
    schema.format = 'binary';
  }
  if (typeof schema.discriminator === 'string') {
    const discriminator: Json = { propertyName: schema.discriminator };
    provenance.inherit(discriminator, schema);
    provenance.setMemberOrigin(discriminator, 'propertyName', provenance.memberOrigin(schema, 'discriminator'));
    schema.discriminator = discriminator;
  }
}

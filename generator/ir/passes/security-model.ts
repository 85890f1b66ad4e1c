/**
 * The `Security` component model, as the reference generator has it: one optional field per
 * security scheme of the document, named by the scheme's key (`bearerAuth`), so that a caller
 * can hold every credential in one value (`security:` in both SDK constructors). A token, API
 * key or OAuth2 access token is a string; HTTP basic auth is a `SchemeBasicAuth` object
 * (`username`, `password`). It is included whether or not an operation reaches it, and takes
 * its name after the document's component schemas (ir/naming/assign-names.ts): a spec's own
 * `Security` schema keeps the name, and this model becomes `Security2`.
 */
import type { ApiModel, Model, Property, SecurityScheme, TypeRef } from '../model.js';
import type { NameCandidates } from '../naming/name-candidates.js';

/** Id of the model (the pointer of the schemes it stands for). */
export const SECURITY_MODEL_ID = '#/components/securitySchemes';

export function addSecurityModel(api: ApiModel, nameCandidates: NameCandidates): void {
  if (api.securitySchemes.length === 0) return;
  const nested: Model[] = [];
  const properties = api.securitySchemes.map((scheme): Property => {
    let type: TypeRef = { kind: 'string' };
    if (scheme.type === 'http' && scheme.scheme.toLowerCase() === 'basic') {
      const model = basicAuthModel(`${SECURITY_MODEL_ID}/${scheme.key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      nested.push(model);
      nameCandidates.set(model.id, [['SchemeBasicAuth']]);
      type = { kind: 'model', id: model.id };
    }
    return {
      wireName: scheme.key,
      type,
      required: false,
      ...(scheme.description ? { description: scheme.description } : {}),
      deprecated: false,
      readOnly: false,
      writeOnly: false,
    };
  });
  const security: Model = {
    id: SECURITY_MODEL_ID,
    name: '',
    namespace: 'components',
    origin: 'security',
    explicitlyIncluded: true,
    deprecated: false,
    shape: { kind: 'object', properties },
  };
  api.models.push(security, ...nested);
  nameCandidates.set(security.id, [['Security']]);
}

function basicAuthModel(id: string): Model {
  const field = (wireName: string): Property => ({ wireName, type: { kind: 'string' }, required: true, deprecated: false, readOnly: false, writeOnly: false });
  return {
    id,
    name: '',
    namespace: 'components',
    origin: 'security',
    deprecated: false,
    shape: { kind: 'object', properties: [field('username'), field('password')] },
  };
}

/** The `Security` model of an API, when it has security schemes. */
export function securityModel(api: ApiModel): Model | undefined {
  return api.models.find((m) => m.id === SECURITY_MODEL_ID);
}

/** The Security model's property for a scheme, by its key. */
export function securityProperty(model: Model, scheme: SecurityScheme): Property | undefined {
  return model.shape.kind === 'object' ? model.shape.properties.find((p) => p.wireName === scheme.key) : undefined;
}

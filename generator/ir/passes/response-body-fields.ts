import type { ApiModel, Model } from '../model.js';

/** The wrapper field holding the body is named after the body's class, as the reference does. */
export function nameResponseBodyFields(api: ApiModel): void {
  const byId = new Map<string, Model>(api.models.map((m) => [m.id, m]));
  for (const op of api.operations) {
    const wrapper = byId.get(op.responseModelId);
    const body = wrapper?.shape.kind === 'object' ? wrapper.shape.properties[0] : undefined;
    if (!body) continue;
    const type = body.type;
    if (type.kind === 'model') {
      const model = byId.get(type.id)!;
      // Components include an inline schema of components/responses, named after its response.
      body.wireName = model.origin === 'component' || model.namespace === 'components' ? model.name : 'object';
    } else if (type.kind === 'array') {
      // A list of a component model is `<Model>List` (GetUserListResponse.UserList), as the reference names it.
      const item = type.items.kind === 'model' ? byId.get(type.items.id) : undefined;
      body.wireName = item?.origin === 'component' ? `${item.name}List` : 'responseBodies';
    } else if (type.kind === 'string' && type.format === 'binary') body.wireName = 'responseStream';
    else body.wireName = 'res';
  }
}

import { built, type Json, type UpgradeContext } from './context.js';

/** Members of a 2.0 non-body parameter (or header, or items) that describe its value. */
export const VALUE_KEYWORDS = new Set([
  'type',
  'format',
  'items',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'enum',
  'multipleOf',
  'x-nullable',
]);

/**
 * The 3.0 schema of a 2.0 parameter, header or items object: its value keywords moved into a
 * schema (items recursively), `type: file` as a binary string. Each member stays located where
 * it was written.
 */
export function valueSchema(ctx: UpgradeContext, from: Json): Json {
  const schema = built(ctx, from);
  for (const key of Object.keys(from)) {
    if (!VALUE_KEYWORDS.has(key)) continue;
    const value = from[key];
    if (key === 'items' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const items = value as Json;
      schema.items = typeof items.$ref === 'string' ? items : valueSchema(ctx, items);
    } else if (key === 'x-nullable') {
      ctx.provenance.moveMember(from, key, schema, 'nullable');
    } else {
      ctx.provenance.moveMember(from, key, schema);
    }
  }
  if (schema.type === 'file') {
    schema.type = 'string';
    schema.format = 'binary';
  }
  return schema;
}

/** 2.0 `collectionFormat` of an array parameter as 3.0 `style`/`explode`. */
export function collectionStyle(location: string, collectionFormat: unknown): { style?: string; explode?: boolean; unsupported?: string } {
  const format = typeof collectionFormat === 'string' ? collectionFormat : 'csv';
  if (location === 'query' || location === 'formData') {
    switch (format) {
      case 'csv':
        return { style: 'form', explode: false };
      case 'multi':
        return { style: 'form', explode: true };
      case 'ssv':
        return { style: 'spaceDelimited', explode: false };
      case 'pipes':
        return { style: 'pipeDelimited', explode: false };
      default:
        return { style: 'form', explode: false, unsupported: format };
    }
  }
  // Path and header values are comma-separated (`simple`), which is the 3.0 default.
  return format === 'csv' ? {} : { unsupported: format };
}

import { isPlainObject } from '../../load/describe.js';
import { asObject, built, JSON_MEDIA_TYPE, type Json, type UpgradeContext } from './context.js';
import { valueSchema } from './parameter-schema.js';
import { copyWithOrigins } from '../copy.js';

/** A 2.0 responses map: each response (not a `$ref`) converted, extensions kept. */
export function convertResponses(ctx: UpgradeContext, responses: Json, produces: string[]): Json {
  const out = built(ctx, responses);
  for (const code of Object.keys(responses)) {
    const response = asObject(responses[code]);
    if (code.startsWith('x-') || !response || typeof response.$ref === 'string') ctx.provenance.moveMember(responses, code, out);
    else out[code] = convertResponse(ctx, response, produces);
  }
  return out;
}

/** `schema` → `content` under each produced media type; `examples` (per media type) → `example`. */
export function convertResponse(ctx: UpgradeContext, response: Json, produces: string[]): Json {
  const out = built(ctx, response);
  const types = produces.length > 0 ? produces : [JSON_MEDIA_TYPE];
  let content: Json | undefined;
  const media = (type: string): Json => {
    if (!content) content = built(ctx, response);
    if (!isPlainObject(content[type])) content[type] = built(ctx, response);
    return content[type] as Json;
  };
  for (const key of Object.keys(response)) {
    if (key === 'schema' || key === 'examples') continue;
    if (key === 'headers' && isPlainObject(response.headers)) out.headers = convertHeaders(ctx, response.headers);
    else ctx.provenance.moveMember(response, key, out);
  }
  // 3.0 requires a description; 2.0 did too, but not every document has one.
  if (typeof out.description !== 'string') out.description = '';
  if (response.schema !== undefined) {
    types.forEach((type, i) => {
      media(type).schema = i === 0 ? response.schema : copyWithOrigins(response.schema, ctx.provenance);
    });
  }
  if (isPlainObject(response.examples)) {
    for (const [type, example] of Object.entries(response.examples)) {
      const m = media(type);
      m.example = example;
      ctx.provenance.setMemberOrigin(m, 'example', ctx.provenance.memberOrigin(response.examples, type));
    }
  }
  if (content) out.content = content;
  return out;
}

function convertHeaders(ctx: UpgradeContext, headers: Json): Json {
  const out = built(ctx, headers);
  for (const name of Object.keys(headers)) {
    const header = asObject(headers[name]);
    if (!header || typeof header.$ref === 'string') {
      ctx.provenance.moveMember(headers, name, out);
      continue;
    }
    const converted = built(ctx, header);
    if (typeof header.description === 'string') ctx.provenance.moveMember(header, 'description', converted);
    converted.schema = valueSchema(ctx, header);
    for (const key of Object.keys(header)) if (key.startsWith('x-')) ctx.provenance.moveMember(header, key, converted);
    out[name] = converted;
  }
  return out;
}

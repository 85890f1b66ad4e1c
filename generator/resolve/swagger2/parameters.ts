import { asObject, built, JSON_MEDIA_TYPE, type Json, type UpgradeContext } from './context.js';
import { collectionStyle, valueSchema, VALUE_KEYWORDS } from './parameter-schema.js';
import { copyWithOrigins } from '../copy.js';

const URLENCODED = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';
const FORM_MEDIA_TYPES = [URLENCODED, MULTIPART];

/** A 2.0 query/path/header parameter as a 3.0 parameter with a `schema` and `style`/`explode`. */
export function convertParameter(ctx: UpgradeContext, param: Json): Json {
  const out = built(ctx, param);
  for (const key of Object.keys(param)) {
    if (VALUE_KEYWORDS.has(key) || key === 'collectionFormat') continue;
    ctx.provenance.moveMember(param, key, out);
  }
  out.schema = valueSchema(ctx, param);
  if (param.type === 'array') {
    const { style, explode, unsupported } = collectionStyle(String(param.in), param.collectionFormat);
    if (style !== undefined) out.style = style;
    if (explode !== undefined) out.explode = explode;
    // tsv (and ssv/pipes outside a query) have no 3.0 style; keep what was asked for.
    if (unsupported !== undefined) out['x-collectionFormat'] = unsupported;
  }
  return out;
}

/** `in: body` → requestBody, with the schema under each media type the operation consumes. */
export function bodyRequest(ctx: UpgradeContext, param: Json, consumes: string[]): Json {
  const out = built(ctx, param);
  if (typeof param.description === 'string') ctx.provenance.moveMember(param, 'description', out);
  out.content = mediaTypes(ctx, param, consumes.length > 0 ? consumes : [JSON_MEDIA_TYPE], param.schema ?? {});
  if (param.required === true) ctx.provenance.moveMember(param, 'required', out);
  for (const key of Object.keys(param)) if (key.startsWith('x-')) ctx.provenance.moveMember(param, key, out);
  // 3.0 request bodies have no name; generators that name the body argument look here.
  if (typeof param.name === 'string') ctx.provenance.moveMember(param, 'name', out, 'x-codegen-request-body-name');
  return out;
}

/** `in: formData` parameters → one requestBody whose object schema has a property per field. */
export function formRequest(ctx: UpgradeContext, params: Json[], consumes: string[]): Json {
  const first = params[0];
  const properties = built(ctx, first);
  const required: string[] = [];
  const encoding = built(ctx, first);
  let hasFile = false;
  for (const param of params) {
    const name = String(param.name);
    const schema = valueSchema(ctx, param);
    if (param.type === 'array') {
      // Form fields are exploded by default in 3.0; 2.0 arrays default to comma-separated.
      const { style, explode } = collectionStyle('formData', param.collectionFormat);
      const field = built(ctx, param);
      if (style !== undefined) field.style = style;
      if (explode !== undefined) field.explode = explode;
      encoding[name] = field;
    }
    if (typeof param.description === 'string') ctx.provenance.moveMember(param, 'description', schema);
    properties[name] = schema;
    if (param.required === true) required.push(name);
    if (param.type === 'file') hasFile = true;
  }
  const schema = built(ctx, first);
  schema.type = 'object';
  schema.properties = properties;
  if (required.length > 0) {
    schema.required = required;
    ctx.provenance.inherit(required, first);
  }
  // A file can only be sent as multipart, whatever `consumes` says.
  let types = hasFile ? [MULTIPART] : consumes.filter((c) => FORM_MEDIA_TYPES.includes(c));
  if (types.length === 0) types = [URLENCODED];
  const out = built(ctx, first);
  out.content = mediaTypes(ctx, first, types, schema);
  if (Object.keys(encoding).length > 0) {
    for (const media of Object.values(out.content as Json)) (media as Json).encoding = copyWithOrigins(encoding, ctx.provenance);
  }
  if (required.length > 0) out.required = true;
  return out;
}

function mediaTypes(ctx: UpgradeContext, from: Json, types: string[], schema: unknown): Json {
  const content = built(ctx, from);
  types.forEach((type, i) => {
    const media = built(ctx, from);
    // One schema object per media type, so nothing downstream sees the same node twice.
    media.schema = i === 0 ? schema : copyWithOrigins(schema, ctx.provenance);
    content[type] = media;
  });
  return content;
}

/** A parameter of a list, seen through a `#/parameters/X` ref; `name` is X when it was one. */
export function resolveParameter(ctx: UpgradeContext, param: unknown): { def: Json; refName?: string } | undefined {
  const obj = asObject(param);
  if (!obj) return undefined;
  if (typeof obj.$ref === 'string') {
    const m = /^#\/parameters\/(.+)$/.exec(obj.$ref);
    const name = m ? m[1].replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
    const def = name !== undefined ? asObject(ctx.parameterDefinitions[name]) : undefined;
    return def ? { def, refName: name } : { def: obj };
  }
  return { def: obj };
}

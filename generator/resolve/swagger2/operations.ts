import { asObject, built, stringList, type Json, type UpgradeContext } from './context.js';
import { bodyRequest, convertParameter, formRequest, resolveParameter } from './parameters.js';
import { convertResponses } from './responses.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

/** A 2.0 path item: its operations upgraded, path-level body/form parameters given to each. */
export function convertPathItem(ctx: UpgradeContext, item: Json): Json {
  const out = built(ctx, item);
  const shared = Array.isArray(item.parameters) ? item.parameters : [];
  for (const key of Object.keys(item)) {
    const value = item[key];
    const op = asObject(value);
    if (METHODS.has(key) && op) {
      out[key] = convertOperation(ctx, op, shared);
    } else if (key === 'parameters' && Array.isArray(value)) {
      const params = convertParameterList(ctx, value).regular;
      if (params.length > 0) {
        out.parameters = params;
        ctx.provenance.inherit(params, value);
      }
    } else {
      ctx.provenance.moveMember(item, key, out);
    }
  }
  return out;
}

interface SplitParameters {
  regular: unknown[];
  body?: { def: Json; refName?: string };
  form: Json[];
}

/** Splits a 2.0 parameter list into 3.0 parameters, the body parameter and the form fields. */
function convertParameterList(ctx: UpgradeContext, list: unknown[]): SplitParameters {
  const split: SplitParameters = { regular: [], form: [] };
  for (const param of list) {
    const resolved = resolveParameter(ctx, param);
    if (!resolved) continue;
    const { def, refName } = resolved;
    if (def.in === 'body') split.body = resolved;
    else if (def.in === 'formData') split.form.push(def);
    else if (refName !== undefined || typeof def.$ref === 'string')
      split.regular.push(param); // ref rewritten later
    else split.regular.push(convertParameter(ctx, def));
  }
  return split;
}

function convertOperation(ctx: UpgradeContext, op: Json, shared: unknown[]): Json {
  const consumes = stringList(op.consumes) ?? ctx.consumes;
  const produces = stringList(op.produces) ?? ctx.produces;
  const own = convertParameterList(ctx, Array.isArray(op.parameters) ? op.parameters : []);
  const inherited = convertParameterList(ctx, shared);
  // Operation parameters override path-level ones of the same name and location.
  const body = own.body ?? inherited.body;
  const ownForm = new Set(own.form.map((p) => String(p.name)));
  const form = [...inherited.form.filter((p) => !ownForm.has(String(p.name))), ...own.form];

  let requestBody: unknown;
  if (body) {
    const sameMediaTypes = consumes.join('\n') === ctx.consumes.join('\n');
    if (body.refName !== undefined && sameMediaTypes) {
      requestBody = { $ref: `#/components/requestBodies/${escape(body.refName)}` };
      ctx.provenance.inherit(requestBody as object, body.def);
    } else {
      requestBody = bodyRequest(ctx, body.def, consumes);
    }
  } else if (form.length > 0) {
    requestBody = formRequest(ctx, form, consumes);
  }

  const out = built(ctx, op);
  for (const key of Object.keys(op)) {
    if (key === 'consumes' || key === 'produces' || key === 'schemes') continue;
    if (key === 'parameters') {
      if (own.regular.length > 0) {
        out.parameters = own.regular;
        ctx.provenance.inherit(own.regular, op.parameters as object);
      }
      if (requestBody !== undefined) out.requestBody = requestBody;
    } else if (key === 'responses' && asObject(op.responses)) {
      out.responses = convertResponses(ctx, op.responses as Json, produces);
    } else {
      ctx.provenance.moveMember(op, key, out);
    }
  }
  if (requestBody !== undefined && !('requestBody' in out)) out.requestBody = requestBody;
  return out;
}

function escape(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

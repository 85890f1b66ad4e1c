import { asObject, built, type Json, type UpgradeContext } from './context.js';

const FLOW_NAMES: Record<string, string> = {
  implicit: 'implicit',
  password: 'password',
  application: 'clientCredentials',
  accessCode: 'authorizationCode',
};

/** 2.0 `securityDefinitions` → 3.0 `securitySchemes`. */
export function convertSecurityDefinitions(ctx: UpgradeContext, definitions: Json): Json {
  const out = built(ctx, definitions);
  for (const name of Object.keys(definitions)) {
    const def = asObject(definitions[name]);
    out[name] = def ? convertScheme(ctx, def) : definitions[name];
  }
  return out;
}

function convertScheme(ctx: UpgradeContext, def: Json): Json {
  const { provenance } = ctx;
  const out = built(ctx, def);
  if (def.type === 'basic') {
    out.type = 'http';
    out.scheme = 'basic';
  } else if (def.type === 'oauth2') {
    out.type = 'oauth2';
    const flows = built(ctx, def);
    const flow = built(ctx, def);
    if (typeof def.authorizationUrl === 'string' && def.flow !== 'password' && def.flow !== 'application') {
      provenance.moveMember(def, 'authorizationUrl', flow);
    }
    if (typeof def.tokenUrl === 'string' && def.flow !== 'implicit') provenance.moveMember(def, 'tokenUrl', flow);
    if (def.scopes !== undefined) provenance.moveMember(def, 'scopes', flow);
    else {
      flow.scopes = {};
      provenance.inherit(flow.scopes as object, def);
    }
    const flowName = FLOW_NAMES[String(def.flow)] ?? String(def.flow);
    flows[flowName] = flow;
    provenance.setMemberOrigin(flows, flowName, provenance.memberOrigin(def, 'flow'));
    out.flows = flows;
  } else {
    provenance.moveMember(def, 'type', out);
    if (def.name !== undefined) provenance.moveMember(def, 'name', out);
    if (def.in !== undefined) provenance.moveMember(def, 'in', out);
  }
  for (const key of Object.keys(def)) {
    if (key === 'description' || key.startsWith('x-')) provenance.moveMember(def, key, out);
  }
  return out;
}

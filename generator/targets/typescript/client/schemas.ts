/**
 * Validation schemas: `src/schemas/<ns>/<file>.ts` exports `X$schema`, the wire shape of model X
 * as the runtime validator reads it (templates/runtime/typescript/schema.ts). Every model a
 * response or a JSON request body can contain gets one (inputs are checked before sending), and
 * so does every model with a `<model>FromJSON` (model-module.ts), which validates against it.
 */
import { elementTypes } from '../../../ir/array-element.js';
import type { TypeRef } from '../../../ir/model.js';
import type { EmitContext, ModelInfo } from '../context.js';
import type { ModuleStatements } from '../module-text.js';
import { isNullable } from '../type-text.js';
import { ClientScope } from './scope.js';

/** Expression of the schema of a type, with model references as thunks (they may be recursive). */
export function schemaExpr(t: TypeRef, scope: ClientScope): string {
  const s = scope.namespace('lib/schema', 's', false);
  const core = (): string => {
    switch (t.kind) {
      case 'string':
        return t.format === 'date-time' ? `${s}.str("date-time")` : `${s}.str()`;
      case 'integer':
        return `${s}.int`;
      case 'number':
        return `${s}.num`;
      case 'boolean':
        return `${s}.bool`;
      case 'any':
        return `${s}.any`;
      case 'null':
        return `${s}.nul`;
      case 'literal':
        return `${s}.lit(${JSON.stringify(t.value)})`;
      case 'array':
        return t.prefixItems ? `${s}.tup([${t.prefixItems.map((p) => schemaExpr(p, scope)).join(', ')}], ${schemaExpr(t.items, scope)})` : `${s}.arr(${schemaExpr(t.items, scope)})`;
      case 'map':
        return `${s}.map(${schemaExpr(t.values, scope)})`;
      case 'model':
        return `${s}.ref(() => ${scope.schema(t.id)})`;
    }
  };
  return isNullable(t, scope) && t.kind !== 'null' && t.kind !== 'any' ? `${s}.nullable(${core()})` : core();
}

/** The module of one model's schema. */
export function schemaModule(ctx: EmitContext, info: ModelInfo): ModuleStatements {
  const name = `${info.typeName}$schema`;
  const scope = new ClientScope(ctx, `schemas/${info.model.namespace}`, [name]);
  const s = scope.namespace('lib/schema', 's', false);
  const shape = info.model.shape;
  let expr: string;
  if (shape.kind === 'object') {
    const props = shape.properties.map((p) => `  [${JSON.stringify(p.wireName)}, ${schemaExpr(p.type, scope)}, ${p.required}],\n`);
    const list = props.length === 0 ? '[]' : `[\n${props.join('')}]`;
    expr = `${s}.obj(${list}${shape.additionalProperties ? `, ${schemaExpr(shape.additionalProperties, scope)}` : ''})`;
  } else if (shape.kind === 'enum') {
    expr = `${s}.enm(${JSON.stringify(shape.values.map((v) => v.value))}${shape.open ? ', true' : ''})`;
  } else {
    const members = shape.members.map((m) => `  ${schemaExpr(m, scope)},\n`).join('');
    const d = shape.discriminator;
    const mapping = d
      ? `, { property: ${JSON.stringify(d.propertyName)}, mapping: { ${d.mapping.map((m) => `${JSON.stringify(m.value)}: ${s}.ref(() => ${scope.schema(m.modelId)})`).join(', ')} } }`
      : '';
    expr = `${s}.union([\n${members}]${mapping})`;
  }
  const body = `/** Wire shape of \`${info.typeName}\`, for validation. */\nexport const ${name}: ${s}.Schema = /* @__PURE__ */ ${expr};`;
  return { imports: scope.imports(), body: [body] };
}

/** Models reachable from the given types (through properties, items, members), in model order. */
export function reachableModels(ctx: EmitContext, roots: TypeRef[]): ModelInfo[] {
  const seen = new Set<string>();
  const visit = (t: TypeRef): void => {
    if (t.kind === 'array') return elementTypes(t).forEach(visit);
    if (t.kind === 'map') return visit(t.values);
    if (t.kind !== 'model' || seen.has(t.id) || !ctx.has(t.id)) return;
    seen.add(t.id);
    const shape = ctx.info(t.id).model.shape;
    if (shape.kind === 'object') {
      for (const p of shape.properties) visit(p.type);
      if (shape.additionalProperties) visit(shape.additionalProperties);
    } else if (shape.kind === 'union') {
      for (const m of shape.members) visit(m);
      for (const m of shape.discriminator?.mapping ?? []) visit({ kind: 'model', id: m.modelId });
    }
  };
  roots.forEach(visit);
  return ctx.infos.filter((i) => seen.has(i.model.id));
}

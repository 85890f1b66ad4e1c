/**
 * Class names of the models: `Model.name` (already PascalCase and unique), made valid C# where
 * it is not. Sanitising can make two names equal; like the IR, names must then differ
 * case-insensitively within a namespace, because each class is a file.
 */
import type { ApiModel, Model, TypeRef } from '../../ir/model.js';
import { uniqueModelNames } from '../common/model-names.js';
import { csIdentifier } from './names.js';

/** Class name by model id, in the models' order. */
export function csClassNames(models: readonly Model[]): Map<string, string> {
  return uniqueModelNames(models, (model) => csIdentifier(model.name, 'Model'));
}

/**
 * Closed string enums are C# `enum`s (open ones, and numeric or boolean ones, stay classes that
 * keep any wire value): what the reference generator emits, so `switch` over them compiles.
 */
export function isNativeEnum(model: Model): boolean {
  return model.shape.kind === 'enum' && !model.shape.open && model.shape.valueType === 'string';
}

/**
 * Unions that admit null, by model id: the schema itself does (a `null` member, `nullable` on a
 * component), or, for an inline union, the one place that holds it (`nullable: true` beside its
 * `oneOf`).
 */
export function nullableUnionIds(api: ApiModel): Set<string> {
  const nullablyUsed = new Set<string>();
  const visit = (type: TypeRef): void => {
    if (type.kind === 'model' && type.nullable) nullablyUsed.add(type.id);
    else if (type.kind === 'array') [type.items, ...(type.prefixItems ?? [])].forEach(visit);
    else if (type.kind === 'map') visit(type.values);
  };
  for (const model of api.models) {
    const shape = model.shape;
    if (shape.kind === 'object') {
      shape.properties.forEach((p) => visit(p.type));
      if (shape.additionalProperties) visit(shape.additionalProperties);
    } else if (shape.kind === 'union') shape.members.forEach(visit);
  }
  for (const operation of api.operations) {
    operation.parameters.forEach((p) => visit(p.type));
    operation.requestBody?.contents.forEach((c) => visit(c.type));
    operation.responses.forEach((r) => r.contents.forEach((c) => visit(c.type)));
  }
  const ids = new Set<string>();
  for (const model of api.models) {
    if (model.shape.kind !== 'union') continue;
    if (model.nullable === true || model.shape.members.some((m) => m.kind === 'null') || (model.origin === 'inline' && nullablyUsed.has(model.id))) ids.add(model.id);
  }
  return ids;
}

/**
 * `<Union>Type`, the class of a union's `Type` property (one value per member), by model id:
 * free of every class name of its namespace, `<Enum>Extension` classes included.
 */
export function unionTypeNames(models: readonly Model[], classNames: ReadonlyMap<string, string>, taken: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  return companionNames(
    models.filter((m) => m.shape.kind === 'union'),
    (model) => `${classNames.get(model.id)!}Type`,
    taken,
  );
}

function companionNames(models: readonly Model[], baseName: (model: Model) => string, taken: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const used = new Map<string, Set<string>>();
  const usedIn = (ns: string) => used.get(ns) ?? used.set(ns, new Set((taken.get(ns) ?? []).map((n) => n.toLowerCase()))).get(ns)!;
  const result = new Map<string, string>();
  for (const model of models) {
    const set = usedIn(model.namespace);
    const base = baseName(model);
    let name = base;
    for (let n = 2; set.has(name.toLowerCase()); n++) name = `${base}${n}`;
    set.add(name.toLowerCase());
    result.set(model.id, name);
  }
  return result;
}

/**
 * `<Enum>Extension`, the static class of `Value()` and `ToEnum()` beside each native enum, by
 * model id: free of every class name of its namespace (`taken` holds them per namespace).
 */
export function enumExtensionNames(models: readonly Model[], classNames: ReadonlyMap<string, string>, taken: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  return companionNames(models.filter(isNativeEnum), (model) => `${classNames.get(model.id)!}Extension`, taken);
}

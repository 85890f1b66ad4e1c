/**
 * Class names of the models: `Model.name` (already PascalCase and unique), made valid C# where
 * it is not. Sanitising can make two names equal; like the IR, names must then differ
 * case-insensitively within a namespace, because each class is a file.
 */
import type { Model } from '../../ir/model.js';
import { csIdentifier } from './names.js';

/** Class name by model id, in the models' order. */
export function csClassNames(models: readonly Model[]): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Map<string, Set<string>>();
  const takenIn = (ns: string) => taken.get(ns) ?? taken.set(ns, new Set()).get(ns)!;
  const renamed: Model[] = [];
  for (const model of models) {
    const name = csIdentifier(model.name, 'Model');
    if (name !== model.name || takenIn(model.namespace).has(name.toLowerCase())) renamed.push(model);
    else {
      result.set(model.id, name);
      takenIn(model.namespace).add(name.toLowerCase());
    }
  }
  // Names changed by sanitising yield to names that were valid as given.
  for (const model of renamed) {
    const base = csIdentifier(model.name, 'Model');
    const used = takenIn(model.namespace);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}${n}`;
    result.set(model.id, name);
    used.add(name.toLowerCase());
  }
  return new Map(models.map((m) => [m.id, result.get(m.id)!]));
}

/**
 * Closed string enums are C# `enum`s (open ones, and numeric or boolean ones, stay classes that
 * keep any wire value): what the reference generator emits, so `switch` over them compiles.
 */
export function isNativeEnum(model: Model): boolean {
  return model.shape.kind === 'enum' && !model.shape.open && model.shape.valueType === 'string';
}

/**
 * `<Enum>Extension`, the static class of `Value()` and `ToEnum()` beside each native enum, by
 * model id: free of every class name of its namespace (`taken` holds them per namespace).
 */
export function enumExtensionNames(models: readonly Model[], classNames: ReadonlyMap<string, string>, taken: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const used = new Map<string, Set<string>>();
  const usedIn = (ns: string) => used.get(ns) ?? used.set(ns, new Set((taken.get(ns) ?? []).map((n) => n.toLowerCase()))).get(ns)!;
  const result = new Map<string, string>();
  for (const model of models) {
    if (!isNativeEnum(model)) continue;
    const set = usedIn(model.namespace);
    const base = `${classNames.get(model.id)!}Extension`;
    let name = base;
    for (let n = 2; set.has(name.toLowerCase()); n++) name = `${base}${n}`;
    set.add(name.toLowerCase());
    result.set(model.id, name);
  }
  return result;
}

/**
 * Type names of the models in a target's spelling, unique without case within a namespace
 * (each model is a file). `Model.name` is already unique; only the target's spelling can make two
 * equal (`Object` → `ObjectT` next to a model named `ObjectT`, characters a language rejects
 * dropped). Names spelled as given keep them; the respelled ones then take the first free number.
 */
import type { Model } from '../../ir/model.js';
import { NameScope } from './deconflict.js';

/** Type name by model id, in the models' order. */
export function uniqueModelNames(models: readonly Model[], spell: (model: Model) => string): Map<string, string> {
  const result = new Map<string, string>();
  const scopes = new Map<string, NameScope>();
  const scopeOf = (ns: string) => scopes.get(ns) ?? scopes.set(ns, new NameScope({ ignoreCase: true })).get(ns)!;
  const respelled: Model[] = [];
  for (const model of models) {
    const name = spell(model);
    if (name !== model.name || scopeOf(model.namespace).has(name)) respelled.push(model);
    else result.set(model.id, scopeOf(model.namespace).claim(name));
  }
  for (const model of respelled) result.set(model.id, scopeOf(model.namespace).claim(spell(model)));
  return new Map(models.map((m) => [m.id, result.get(m.id)!]));
}

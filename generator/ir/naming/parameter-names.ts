/**
 * Parameters of one operation whose names are the same once cased (`frontendApi` and
 * `frontend_api`) cannot both be fields of its request: the reference names each of them after
 * its location instead, and numbers the ones still taken (`frontendApiQueryParameter`,
 * `frontendApiQueryParameter1`). Other fields keep their wire names.
 */
import type { ApiModel, ParameterLocation, Property } from '../model.js';
import { camelCase, spellSymbols } from './case.js';

const LOCATION_WORD: Record<ParameterLocation, string> = {
  path: 'PathParameter',
  query: 'QueryParameter',
  querystring: 'QueryStringParameter',
  header: 'HeaderParameter',
  cookie: 'CookieParameter',
};

/** The name a target derives a property's identifier from. */
export function propertyNameSource(property: Pick<Property, 'wireName' | 'name'>): string {
  return property.name ?? property.wireName;
}

export function nameCollidingParameters(api: ApiModel): void {
  const key = (name: string) => camelCase(spellSymbols(name)).toLowerCase();
  for (const model of api.models) {
    if (model.origin !== 'request' || model.shape.kind !== 'object') continue;
    const properties = model.shape.properties;
    const count = new Map<string, number>();
    for (const p of properties) count.set(key(p.wireName), (count.get(key(p.wireName)) ?? 0) + 1);
    const taken = new Set(properties.filter((p) => count.get(key(p.wireName)) === 1).map((p) => key(p.wireName)));
    for (const p of properties) {
      if (count.get(key(p.wireName))! < 2 || p.location === undefined || p.location === 'body') continue;
      const base = `${camelCase(spellSymbols(p.wireName))}${LOCATION_WORD[p.location]}`;
      let name = base;
      for (let n = 1; taken.has(name.toLowerCase()); n++) name = `${base}${n}`;
      taken.add(name.toLowerCase());
      p.name = name;
    }
  }
}

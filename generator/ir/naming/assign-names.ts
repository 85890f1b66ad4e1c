/**
 * Gives every reachable model its class name: in first-use order (ir/walk), each takes the first
 * of its candidates still free in its namespace (components / operations / errors, which are
 * separate modules in every target), compared case-insensitively. An early operation's query
 * enum `status` keeps `Status`; later ones become `QueryParamStatus`, then `<Op>QueryParamStatus`.
 */
import type { ApiModel, Model, NamePart } from '../model.js';
import type { NameCandidates } from './name-candidates.js';

export function assignNames(api: ApiModel, order: Model[], nameCandidates: NameCandidates): void {
  const byId = new Map(api.models.map((m) => [m.id, m]));
  const takenByNamespace = new Map<string, Set<string>>();
  // Component schemas claim their names first, then the synthetic `Security`, then schemas as
  // written, then copies made at use sites.
  const rank = (m: Model) => (m.origin === 'component' ? 0 : m.origin === 'security' ? 1 : m.copied ? 3 : 2);
  const componentsFirst = [0, 1, 2, 3].flatMap((r) => order.filter((m) => rank(m) === r));
  for (const model of componentsFirst) {
    let taken = takenByNamespace.get(model.namespace);
    if (!taken) takenByNamespace.set(model.namespace, (taken = new Set()));
    model.name = pickName(nameCandidates.get(model.id) ?? [], byId, taken);
    taken.add(model.name.toLowerCase());
  }
}

function pickName(parts: NamePart[][], byId: Map<string, Model>, taken: Set<string>): string {
  const render = (name: NamePart[]) => name.map((p) => (typeof p === 'string' ? p : (byId.get(p.nameOf)?.name ?? ''))).join('');
  const candidates = parts.map(render).filter((c) => c !== '');
  if (candidates.length === 0) candidates.push('Model');
  for (const candidate of candidates) {
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
  const last = candidates[candidates.length - 1];
  for (let n = 2; ; n++) {
    if (!taken.has(`${last}${n}`.toLowerCase())) return `${last}${n}`;
  }
}

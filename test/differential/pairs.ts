/**
 * Which of our models stand for which of openapi-typescript's schemas: a component model (its
 * id is `#/components/schemas/<key>`) whose module exports a `$Wire` type, against
 * `components["schemas"][<key>]`.
 */
import type { ApiModel } from '../../generator/ir/model.js';
import { fileNameOf, tsTypeNames } from '../../generator/surface/typescript/names.js';

export interface Pair {
  /** The key under components/schemas. */
  key: string;
  modelId: string;
  /** `X$Wire`. */
  wireType: string;
  /** Package-relative path of the module that exports it. */
  modulePath: string;
}

export interface Pairing {
  pairs: Pair[];
  /** Component models left out, with why (no module or no `$Wire` type in it). */
  unpaired: { key: string; reason: string }[];
}

const COMPONENT_SCHEMA = '#/components/schemas/';

export function pairModels(api: ApiModel, files: ReadonlyMap<string, string>): Pairing {
  const names = tsTypeNames(api.models);
  const pairing: Pairing = { pairs: [], unpaired: [] };
  for (const model of api.models) {
    if (model.origin !== 'component' || model.copied || !model.id.startsWith(COMPONENT_SCHEMA)) continue;
    const key = model.componentKey ?? decodePointerToken(model.id.slice(COMPONENT_SCHEMA.length));
    if (model.id !== COMPONENT_SCHEMA + encodePointerToken(key)) continue;
    const typeName = names.get(model.id)!;
    const modulePath = `src/models/${model.namespace}/${fileNameOf(typeName)}.ts`;
    const text = files.get(modulePath);
    const wireType = `${typeName}$Wire`;
    if (text === undefined) pairing.unpaired.push({ key, reason: `no module ${modulePath}` });
    else if (!new RegExp(`^export type ${escapeRegExp(wireType)} =`, 'm').test(text)) pairing.unpaired.push({ key, reason: `${modulePath} has no ${wireType}` });
    else pairing.pairs.push({ key, modelId: model.id, wireType, modulePath });
  }
  return pairing;
}

function decodePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function encodePointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { isPlainObject } from '../../load/describe.js';
import type { Provenance } from '../../load/provenance.js';

export type Json = Record<string, unknown>;

/** What every part of the 2.0 → 3.0 upgrade needs to know about the whole document. */
export interface UpgradeContext {
  provenance: Provenance;
  /** Top-level `consumes` / `produces`, defaulted to JSON. */
  consumes: string[];
  produces: string[];
  /** Top-level `parameters` of the 2.0 document, to see through `#/parameters/X` refs. */
  parameterDefinitions: Json;
}

/** A new object located where `from` was written (the 2.0 construct it replaces). */
export function built(ctx: UpgradeContext, from: unknown): Json {
  const out: Json = {};
  if (from !== null && typeof from === 'object') ctx.provenance.inherit(out, from);
  return out;
}

export function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

export function asObject(value: unknown): Json | undefined {
  return isPlainObject(value) ? value : undefined;
}

export const JSON_MEDIA_TYPE = 'application/json';

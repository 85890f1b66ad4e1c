/**
 * Compact descriptions of the JSON the API sends, generated per model (`User$schema`), which
 * `validate.ts` checks responses against. Model references are thunks (`ref`), so recursive and
 * mutually dependent models can be described across modules without import-order trouble.
 */
type Primitive = string | number | boolean;

export type Schema = (
  | { readonly t: "string"; readonly format?: string }
  | { readonly t: "integer" }
  | { readonly t: "number" }
  | { readonly t: "boolean" }
  | { readonly t: "any" }
  | { readonly t: "null" }
  | { readonly t: "literal"; readonly value: Primitive }
  /** `prefix`: a tuple's leading positions, each with its own schema; `items` checks the rest. */
  | { readonly t: "array"; readonly items: Schema; readonly prefix?: readonly Schema[] }
  | { readonly t: "map"; readonly values: Schema }
  | { readonly t: "object"; readonly props: readonly Prop[]; readonly extra?: Schema }
  | { readonly t: "enum"; readonly values: readonly Primitive[]; readonly open: boolean }
  | { readonly t: "union"; readonly members: readonly Schema[]; readonly discriminator?: Discriminator }
  | { readonly t: "ref"; readonly get: () => Schema }
) & { readonly nullable?: boolean };

/** Wire name, schema, required. */
export type Prop = readonly [string, Schema, boolean];

export interface Discriminator {
  readonly property: string;
  readonly mapping: Readonly<Record<string, Schema>>;
}

export const str = (format?: string): Schema => (format ? { t: "string", format } : STRING);
const STRING: Schema = { t: "string" };
export const int: Schema = { t: "integer" };
export const num: Schema = { t: "number" };
export const bool: Schema = { t: "boolean" };
export const any: Schema = { t: "any" };
export const nul: Schema = { t: "null" };
export const lit = (value: Primitive): Schema => ({ t: "literal", value });
export const arr = (items: Schema): Schema => ({ t: "array", items });
export const tup = (prefix: readonly Schema[], items: Schema): Schema => ({ t: "array", items, prefix });
export const map = (values: Schema): Schema => ({ t: "map", values });
export const obj = (props: readonly Prop[], extra?: Schema): Schema => (extra ? { t: "object", props, extra } : { t: "object", props });
export const enm = (values: readonly Primitive[], open = false): Schema => ({ t: "enum", values, open });
export const union = (members: readonly Schema[], discriminator?: Discriminator): Schema => (discriminator ? { t: "union", members, discriminator } : { t: "union", members });
export const ref = (get: () => Schema): Schema => ({ t: "ref", get });
export const nullable = (schema: Schema): Schema => ({ ...schema, nullable: true });

/**
 * Hand-written modules every generated package contains: the enum types (src/types), the
 * helpers the mappers call (src/lib/wire.ts), and the HTTP client runtime (src/lib/*), which
 * lives as real, type-checked and unit-tested TypeScript in templates/runtime/typescript/ and
 * is copied as it is. No module imports anything outside the package, so the package has no
 * runtime dependencies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// generator/targets/typescript/ (sources) and dist/targets/typescript/ (build) are both three levels below the package root.
const RUNTIME_DIR = fileURLToPath(new URL('../../../templates/runtime/typescript/', import.meta.url));

const HOOKS_DIR = fileURLToPath(new URL('../../../templates/runtime/typescript-hooks/', import.meta.url));

let runtimeCache: { name: string; text: string }[] | undefined;
let hooksCache: { name: string; text: string }[] | undefined;

/** The user's registration point of src/hooks/: written once, then theirs (EmittedFile.userOwned). */
export const HOOKS_REGISTRATION = 'registration.ts';

/**
 * src/hooks/: the reference generator's hook interfaces (types.ts), the class that runs the
 * registered hooks (hooks.ts), the registration point (registration.ts) and index.ts; by file
 * name, in name order. Read once.
 */
export function hooksModules(): { name: string; text: string }[] {
  hooksCache ??= readdirSync(HOOKS_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ name, text: readFileSync(HOOKS_DIR + name, 'utf8') }));
  return hooksCache;
}

/** The line of errors.ts that names the package, so that `instanceof` across its builds stays within it. */
const PACKAGE_NAME_LINE = 'const PACKAGE_NAME = "sdkwright-runtime";';

/** The runtime modules as this package ships them: errors.ts knows the package's name. */
export function packageRuntimeModules(packageName: string): { name: string; text: string }[] {
  return runtimeModules().map((m) => (m.name === 'errors.ts' ? { name: m.name, text: m.text.replace(PACKAGE_NAME_LINE, `const PACKAGE_NAME = ${JSON.stringify(packageName)};`) } : m));
}

/** The client runtime modules, by file name (`call.ts`, …), in name order. Read once. */
export function runtimeModules(): { name: string; text: string }[] {
  runtimeCache ??= readdirSync(RUNTIME_DIR)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => ({ name, text: readFileSync(RUNTIME_DIR + name, 'utf8') }));
  return runtimeCache;
}

export const ENUMS_MODULE = `declare const unrecognizedBrand: unique symbol;

/** A value of an open enum that the API description does not list. */
export type Unrecognized<T> = T & { readonly [unrecognizedBrand]: true };

/** Marks a value as deliberately outside an open enum's known values. */
export function unrecognized<T extends string | number | boolean>(value: T): Unrecognized<T> {
  return value as Unrecognized<T>;
}

/** The reference SDK's name for \`unrecognized\`. */
export const catchUnrecognizedEnum = unrecognized;

type EnumObject = Readonly<Record<string, string | number | boolean>>;

/** Type of a closed enum: exactly the values of its constant object. */
export type ClosedEnum<E extends EnumObject> = E[keyof E];

/** Type of an open enum: the known values, or another value of the same primitive type. */
export type OpenEnum<E extends EnumObject> =
  | E[keyof E]
  | Unrecognized<E[keyof E] extends number ? number : E[keyof E] extends boolean ? boolean : string>;
`;

export const TYPES_INDEX_MODULE = `export * from "./enums.js";
export type { Result, SafeParseResult } from "../lib/result.js";
export { RFCDate } from "../lib/rfcdate.js";
`;

export const WIRE_HELPERS_MODULE = `import { RFCDate } from "./rfcdate.js";

/**
 * The named properties of an object type, without its index signature. openapi-typescript
 * types an object with both as an intersection that no literal can satisfy when the two
 * disagree; mappers check the named properties and cast for the rest.
 */
export type KnownKeys<T> = {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};

/** A JSON object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value under \`key\` when \`value\` is an object. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

/** The own property \`key\` of \`value\`; never an inherited one (\`__proto__\`). */
export function own(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The own keys of \`value\` that are not in \`known\`, copied. */
export function extraKeys(value: object, known: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!known.has(key)) define(out, key, item);
  }
  return out;
}

// The mappers never trust a value to have its declared shape: with validation off (or a
// response that fails it in a way the policy lets through) anything may arrive. What a helper
// cannot convert it returns as it is, so a mapper passes an unexpected value on, never throws.

/** A new array of every item of \`value\` passed through \`convert\`; not an array: \`value\` itself. */
export function mapArray<A, B>(value: readonly A[], convert: (item: A) => B): B[] {
  return Array.isArray(value) ? value.map((item) => convert(item)) : (value as unknown as B[]);
}

/**
 * A tuple with each element passed through its position's conversion (\`rest\` after the listed
 * positions); an \`undefined\` conversion keeps the element. Not an array: \`value\` itself.
 */
export function mapTuple<B>(value: readonly unknown[], positions: ReadonlyArray<((item: any) => unknown) | undefined>, rest: ((item: any) => unknown) | undefined): B {
  if (!Array.isArray(value)) return value as unknown as B;
  return value.map((item, i) => {
    const convert = i < positions.length ? positions[i] : rest;
    return convert ? convert(item) : item;
  }) as unknown as B;
}

/** A new object with every value of \`record\` passed through \`convert\`; not an object: \`record\` itself. */
export function mapRecord<A, B>(record: Readonly<Record<string, A>>, convert: (value: A) => B): Record<string, B> {
  if (!isRecord(record)) return record as unknown as Record<string, B>;
  const out: Record<string, B> = {};
  for (const [key, item] of Object.entries(record)) define(out, key, convert(item));
  return out;
}

/** A date-time string as a \`Date\`; anything else, or a string that is no date, as it is. */
export function parseDate(value: string): Date {
  if (typeof value !== "string") return value as unknown as Date;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? (value as unknown as Date) : date;
}

/** A \`Date\` as its ISO string; anything else (a string already) as it is. */
export function formatDate(value: Date): string {
  return value instanceof Date ? value.toISOString() : (value as unknown as string);
}

/** A \`format: date\` value as its \`YYYY-MM-DD\` string: an \`RFCDate\` written out, anything else (a string) as it is. */
export function formatDay(value: string): string {
  return (value as unknown) instanceof RFCDate ? String(value) : value;
}

/** \`value\` without its undefined-valued keys, so that an absent optional field stays absent. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) define(out, key, item);
  }
  return out as T;
}

// Assigning a "__proto__" key would replace the prototype instead of adding the key.
function define<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
  } else {
    target[key] = value;
  }
}
`;

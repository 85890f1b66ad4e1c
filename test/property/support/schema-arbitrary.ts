/**
 * Random valid OpenAPI 3.1 schemas, and for each a generator of JSON values it accepts. A schema
 * is drawn first, as plain data; its value generator is derived from it, so shrinking a failure
 * shrinks the schema and the values together.
 */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json };

/** Names that have broken generators before, mixed with ordinary ones. */
const NAME = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('id', 'class', '__proto__', 'constructor', 'a-b', 'a_b', 'aB', 'AB', '', ' ', '123', 'naïve', '$ref', 'x-y', 'additionalProperties') },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,6}$/) },
);
const ENUM_VALUE = fc.oneof(fc.constantFrom('', 'a', 'A', 'foo_bar', 'FOO_BAR', 'foo-bar', '1', 'class', 'naïve'), fc.stringMatching(/^[a-z]{1,5}$/));

const scalar: fc.Arbitrary<Schema> = fc.oneof(
  fc.constant({ type: 'string' }),
  fc.constant({ type: 'string', format: 'date-time' }),
  fc.constant({ type: 'integer' }),
  fc.constant({ type: 'number' }),
  fc.constant({ type: 'boolean' }),
  fc.uniqueArray(ENUM_VALUE, { minLength: 1, maxLength: 5 }).map((values) => ({ type: 'string', enum: values })),
  fc.constantFrom<Schema>({ const: 'fixed' }, { const: 7 }, { const: true }),
);

/** `type: [T, 'null']`: the 3.1 spelling of nullable. */
function nullable(schema: Schema): Schema {
  return typeof schema.type === 'string' ? { ...schema, type: [schema.type, 'null'] } : schema;
}

/** A schema `depth` levels deep at most; `refs` are component names it may point to. */
export function schemaArbitrary(depth: number, refs: string[]): fc.Arbitrary<Schema> {
  const leaf = refs.length > 0 ? fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.constantFrom(...refs).map((r) => ({ $ref: `#/components/schemas/${r}` })) }) : scalar;
  if (depth <= 0) return leaf;
  const inner = schemaArbitrary(depth - 1, refs);
  const composite = fc.oneof(
    inner.map((items): Schema => ({ type: 'array', items })),
    objectArbitrary(inner),
    inner.map((values): Schema => ({ type: 'object', additionalProperties: values })),
  );
  const maybeNull = (a: fc.Arbitrary<Schema>) => fc.tuple(a, fc.boolean()).map(([s, n]) => (n ? nullable(s) : s));
  return fc.oneof({ weight: 3, arbitrary: maybeNull(leaf) }, { weight: 2, arbitrary: maybeNull(composite) });
}

/** An object with 1-5 properties, some required, sometimes with typed additional properties. */
export function objectArbitrary(property: fc.Arbitrary<Schema>): fc.Arbitrary<Schema> {
  return fc
    .record({
      props: fc.uniqueArray(fc.tuple(NAME, property, fc.boolean()), { minLength: 1, maxLength: 5, selector: ([name]) => name }),
      extra: fc.option(fc.constantFrom<Schema>({ type: 'string' }, { type: 'integer' }), { nil: undefined }),
    })
    .map(({ props, extra }) => {
      const schema: Schema = { type: 'object', properties: Object.fromEntries(props.map(([name, s]) => [name, s])) };
      const required = props.filter(([, , r]) => r).map(([name]) => name);
      if (required.length > 0) schema.required = required;
      if (extra !== undefined) schema.additionalProperties = extra;
      return schema;
    });
}

/** JSON values valid for `schema`; `components` resolves `$ref`s (which never form a cycle here). */
export function valueArbitrary(schema: Schema, components: Record<string, Schema>): fc.Arbitrary<Json> {
  if (typeof schema.$ref === 'string') return valueArbitrary(components[schema.$ref.split('/').pop()!], components);
  if ('const' in schema) return fc.constant(schema.const);
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  const value = valueOfType(
    schema,
    types.find((t) => t !== 'null')!,
    components,
  );
  return types.includes('null') ? fc.option(value, { nil: null }) : value;
}

function valueOfType(schema: Schema, type: string, components: Record<string, Schema>): fc.Arbitrary<Json> {
  switch (type) {
    case 'string':
      if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as string[]));
      // Dates round-trip only in their canonical form, which is what a server sends.
      if (schema.format === 'date-time') return fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
      return fc.string({ maxLength: 8 });
    case 'integer':
      return fc.integer();
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueArbitrary(schema.items as Schema, components), { maxLength: 3 });
    case 'object':
      return objectValue(schema, components);
  }
  throw new Error(`no values for type ${type}`);
}

function objectValue(schema: Schema, components: Record<string, Schema>): fc.Arbitrary<Json> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const members = Object.entries(properties).map(([name, s]) =>
    required.has(name)
      ? valueArbitrary(s, components).map((v) => [[name, v]] as [string, Json][])
      : fc.option(valueArbitrary(s, components), { nil: undefined }).map((v) => (v === undefined ? [] : [[name, v] as [string, Json]])),
  );
  const extraSchema = schema.additionalProperties;
  const extras =
    extraSchema !== undefined && typeof extraSchema === 'object' && extraSchema !== null && !Array.isArray(extraSchema)
      ? fc.dictionary(
          fc.stringMatching(/^[a-z_]{1,6}$/).filter((k) => !(k in properties)),
          valueArbitrary(extraSchema as Schema, components),
          { maxKeys: 2 },
        )
      : fc.constant({});
  return fc.tuple(fc.tuple(...members), extras).map(([pairs, extra]) => {
    const out: { [key: string]: Json } = {};
    // defineProperty: a `__proto__` member must stay an own property, as JSON.parse makes it.
    for (const [k, v] of [...pairs.flat(), ...Object.entries(extra)]) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

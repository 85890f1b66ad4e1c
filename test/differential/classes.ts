/**
 * The classes of disagreement between our `X$Wire` and openapi-typescript's type, each judged
 * once: `keep` (our reading is right, or the better of two; the note says why) or `bug` (ours
 * is wrong; a fixture in fixtures/ reproduces it and it is to be fixed in the IR). A finding
 * (one failed direction of one model) is put in the first class whose test matches it; the
 * tests read the compiler's message and the schema it points at (schema-path.ts).
 */
import { everyNode, expandAll, hasNullMarker, hasPresenceRuleUnion, isNode, type SchemaPath } from './schema-path.js';
import type { Direction } from './check-file.js';

export type Judgment = 'keep' | 'bug';

export interface FindingFacts {
  direction: Direction;
  /** `.a.b[key]`, or `(root)`. */
  path: string;
  /** The compiler's innermost message. */
  leaf: string;
  document: Record<string, unknown>;
  schema: SchemaPath;
}

export interface DisagreementClass {
  id: string;
  judgment: Judgment;
  title: string;
  /** One line: the reason recorded with every accepted disagreement of the class. */
  reason: string;
  /** The judgment, argued (REPORT.md). */
  note: string;
  /** The fixture in fixtures/ that reproduces the class. */
  fixture?: string;
  test(facts: FindingFacts): boolean;
}

const NULL_NOT_ASSIGNABLE = /^Type 'null' is not assignable to type /;
const UNDEFINED_NOT_ASSIGNABLE = /^Type 'undefined' is not assignable to type /;
const MISSING_IN_OURS = /^Property '(.+)' is missing in type '[^']*\$Wire' but required in type /;
const MISSING_IN_THEIRS = /^Property '(.+)' is missing in type .* but required in type '[^']*\$Wire'\.$/;

const lastLevel = (f: FindingFacts) => f.schema.levels[f.schema.levels.length - 1];
/** The objects holding the property the message ends at (the component itself for a root message). */
const containers = (f: FindingFacts) => f.schema.levels[Math.max(0, f.schema.levels.length - 2)];
const propertyOf = (f: FindingFacts): string | undefined => {
  const named = MISSING_IN_OURS.exec(f.leaf) ?? MISSING_IN_THEIRS.exec(f.leaf);
  if (named) return named[1];
  const last = f.path.match(/\.([^.[]+)$/);
  return last ? last[1] : undefined;
};

const discriminatorNames = new WeakMap<object, Set<string>>();
function discriminatorPropertyNames(document: Record<string, unknown>): Set<string> {
  let names = discriminatorNames.get(document);
  if (!names) {
    const found = new Set<string>();
    everyNode(document, (node) => {
      if (isNode(node.discriminator) && typeof node.discriminator.propertyName === 'string') found.add(node.discriminator.propertyName);
    });
    discriminatorNames.set(document, (names = found));
  }
  return names;
}

const declaredNames = new WeakMap<object, Set<string>>();
function declaredPropertyNames(document: Record<string, unknown>): Set<string> {
  let names = declaredNames.get(document);
  if (!names) {
    const found = new Set<string>();
    everyNode(document, (node) => {
      if (isNode(node.properties) && (node.type === 'object' || node.type === undefined || Array.isArray(node.type))) for (const k of Object.keys(node.properties)) found.add(k);
    });
    declaredNames.set(document, (names = found));
  }
  return names;
}

export const CLASSES: readonly DisagreementClass[] = [
  // Bugs are judged `bug` with a fixture; none is open (the fixed ones are in fixtures/fixed/).
  // ----------------------------------------------------------------------------------- keep
  {
    id: 'tuple-positions-optional',
    judgment: 'keep',
    title: 'tuple positions past `minItems` are optional',
    reason: 'keep: an array shorter than prefixItems is valid JSON Schema, so positions past minItems are optional in ours; theirs requires every position',
    note: 'Was a bug (`prefix-items-ignored`: tuples read as plain arrays) until the IR read `prefixItems` (`TypeRef` array `prefixItems`, `minItems`, `maxItems`). What remains is a difference of reading: `prefixItems` constrains the elements that are there and says nothing about how many, so `[string, number]` admits `[]` and `["a"]` unless `minItems` says otherwise. Ours writes `[string?, number?, ...string[]]`, theirs `[string, number, ...string[]]`; ours admits what the schema admits.',
    fixture: 'keep-tuples-31.yaml',
    test: (f) => f.direction === 'oursToTheirs' && [...f.schema.last, ...lastLevel(f)].some((n) => Array.isArray(n.prefixItems)),
  },
  {
    id: 'nullable-component',
    judgment: 'keep',
    title: 'a nullable component: null is on the references, not in `X$Wire`',
    reason: 'keep: X$Wire is the non-null form of a nullable component; every reference to it adds | null (Model.nullable)',
    note: 'A component that admits null (`nullable: true`, a `null` type or enum value) is `X$Wire` without null in our package, and every property, item or body that refers to it is `X$Wire | null` (`Model.nullable`, applied by the IR to every reference). openapi-typescript puts the null into the component itself. The values admitted at every use site are the same (the containing models agree), and the named type stays usable where null is handled apart (`X$fromWire` takes the non-null value).',
    test: (f) =>
      f.direction === 'theirsToOurs' && f.path === '(root)' && NULL_NOT_ASSIGNABLE.test(f.leaf) && f.schema.last.some((n) => hasNullMarker(n) || (Array.isArray(n.enum) && n.enum.includes(null))),
  },
  {
    id: 'nullable-beside-ref',
    judgment: 'keep',
    title: 'a null marker beside a `$ref` makes the reference nullable',
    reason: 'keep: nullable: true (3.0) or a null type (3.1) beside a $ref or allOf [$ref] is read as the author means it: the reference admits null',
    note: 'In 3.0 every sibling of `$ref` is ignored, so `{ $ref: X, nullable: true }` is, to the letter, just `X`; in 3.1 `{ $ref: X, type: [string, null] }` and `{ type: "null", allOf: [{ $ref: X }] }` are intersections (X and null: nothing, or null only when X allows it). Every author who writes these means "X or null", and servers send null there. Our IR reads it so on purpose (`convertNode`: "ignored by the 3.0 text but meant by every author"); openapi-typescript follows the letter. Ours admits more; rejecting the null a server sends would be the worse error.',
    test: (f) => f.direction === 'oursToTheirs' && NULL_NOT_ASSIGNABLE.test(f.leaf) && f.schema.last.some((n) => (typeof n.$ref === 'string' || Array.isArray(n.allOf)) && hasNullMarker(n)),
  },
  {
    id: 'allof-discriminated-union-omit',
    judgment: 'keep',
    title: '`allOf: [$ref U]` of a discriminated union: theirs is `Omit<U, tag>`',
    reason: 'keep: openapi-typescript writes Omit<U, propertyName> for allOf [$ref U] with a discriminator, which flattens the union to its common keys',
    note: 'openapi-typescript treats `allOf: [{ $ref: U }]` as inheritance from a discriminator parent and writes `Omit<U, "kind">`; when U is a `oneOf`, `Omit` over the union keeps only the keys common to all members, so the members\' own required properties are gone and the tag too. Ours is U, which is what the schema says (a one-part allOf is its part). Theirs is wrong here.',
    test: (f) => f.leaf.includes('Omit<'),
  },
  {
    id: 'presence-rule-union',
    judgment: 'keep',
    title: 'a `oneOf`/`anyOf` of presence rules collapses theirs to `unknown`',
    reason: 'keep: members that only list `required` are presence rules on the object; openapi-typescript writes `{...} | unknown`, which is unknown',
    note: 'Members such as `anyOf: [{ required: [name] }, { required: [company] }]` only say which of the declared properties must be present. openapi-typescript writes each such member as `unknown`, and `{ ...properties } | unknown | unknown` is `unknown`: the whole object type is lost (lob `address_us` is only `lob_base` to it; clerk `Stubs.SAMLConnection.SAMLAccount` is `unknown`). The IR reads them as constraints (`isPresenceRule`) and keeps the object; ours is right (it does not encode "name or company", which TypeScript could only say with a union of the two, and the schema does not need it to type the fields).',
    test: (f) =>
      f.direction === 'theirsToOurs' &&
      (/^Type 'unknown' is not assignable to type /.test(f.leaf) || /is missing the following properties from type/.test(f.leaf) || MISSING_IN_THEIRS.test(f.leaf)) &&
      lastLevel(f).some(hasPresenceRuleUnion),
  },
  {
    id: 'property-ref-optionality',
    judgment: 'keep',
    title: "a `$ref` to another schema's optional property: theirs adds `undefined`",
    reason: "keep: $ref '#/components/schemas/X/properties/p' is p's schema; openapi-typescript writes X[\"p\"], which carries p's optionality in X as | undefined",
    note: 'A `$ref` into `#/components/schemas/X/properties/p` names the schema of `p`. openapi-typescript writes the indexed access `components["schemas"]["X"]["p"]`, which includes `undefined` when `p` is optional in X, so a property required here (Nexmo `application.name`) admits `undefined` in theirs. Ours uses the schema itself: required means required.',
    test: (f) => f.direction === 'theirsToOurs' && UNDEFINED_NOT_ASSIGNABLE.test(f.leaf) && f.schema.last.some((n) => typeof n.$ref === 'string' && /\/properties\/[^/]+$/.test(n.$ref)),
  },
  {
    id: 'required-tag-kept',
    judgment: 'keep',
    title: 'a required discriminator property that no schema declares',
    reason: 'keep: the discriminator names a property the object requires but declares nowhere; ours keeps it (any value), theirs drops it on the schema that holds the discriminator',
    note: "Was a bug (`required-without-schema-dropped`: the IR dropped every name in `required` without a property schema, so orval recursive-discriminator-allof lost `$type`) until `objectShape` kept the names a discriminator of the object names: the tag is on every payload, with any value. On the members openapi-typescript writes its injected literal instead (`discriminator-injected`); on the schema holding the discriminator it drops the name, so theirs admits payloads without the tag. Other required names without a schema are still left out, as both openapi-typescript and the reference generator read them: in the corpus they are slips (Clerk's JWKS `crv`, Xero's `name` beside `Name`), and requiring them would change the Clerk docs the reference renders and make union members unrecognisable in real payloads.",
    fixture: 'keep-required-tag.yaml',
    test: (f) => {
      const named = MISSING_IN_THEIRS.exec(f.leaf);
      return f.direction === 'theirsToOurs' && named !== null && discriminatorPropertyNames(f.document).has(named[1]) && !declaredPropertyNames(f.document).has(named[1]);
    },
  },
  {
    id: 'required-across-allof',
    judgment: 'keep',
    title: '`required` in one `allOf` member for properties of another',
    reason: "keep: every allOf member applies to the whole object, so a property listed in any member's required is required; openapi-typescript applies required per member",
    note: 'JSON Schema applies every `allOf` member to the whole value, so `allOf: [{ $ref: Base }, { required: [id] }]` makes `Base.id` required. The IR collects `required` over all members (`objectShape`); openapi-typescript writes `Base & Record<string, unknown>` for the required-only member, so `id` stays optional. The same holds between a `oneOf` and the properties beside it, which the IR merges into every member: the members of Xero `NICategory` require properties the parent declares, orval form-data `Pet` requires properties its members declare. Ours is right (orval issue-2465/3171/3663/3748/3750 are reports of exactly this against another generator).',
    test: (f) => {
      if (f.direction !== 'theirsToOurs' || !(UNDEFINED_NOT_ASSIGNABLE.test(f.leaf) || MISSING_IN_THEIRS.test(f.leaf))) return false;
      const property = propertyOf(f);
      const holders = expandAll(f.document, containers(f));
      return property !== undefined && holders.some((n) => Array.isArray(n.required) && n.required.includes(property) && !(isNode(n.properties) && property in n.properties));
    },
  },
  {
    id: 'discriminator-injected',
    judgment: 'keep',
    title: "theirs rewrites a mapped member's discriminator property",
    reason: "keep: openapi-typescript replaces the discriminator property of every mapped member with a required literal of its mapping value; ours keeps the member's schema as written",
    note: 'For every schema that a discriminator maps (or that extends a discriminator parent by `allOf`), openapi-typescript replaces the member\'s discriminator property with the mapping value, required ("discriminator enum property added by openapi-typescript"). That is a second reading of the member in every place it is used, and it is wrong whenever the member is also used outside that union or is mapped by several values (readme `OptionOneNoDisc` is mapped as "Option One" in one union and "oneA"/"oneB"/"oneC" in another), when the property is not a string (orval boolean-discriminator: `success: "true"` for a boolean), or when the value is not in the property\'s own enum (orval all-of-all-of: `noteType: "Note"`). Ours keeps each member\'s schema as written (the tag optional when the member says so) and dispatches on the tag in the union\'s mapper. Both admit every valid payload of the union.',
    test: (f) => {
      const property = propertyOf(f);
      return property !== undefined && discriminatorPropertyNames(f.document).has(property);
    },
  },
  {
    id: 'index-signature-widened',
    judgment: 'keep',
    title: 'additionalProperties beside properties: our index signature is `unknown`',
    reason:
      'keep: ours writes [key: string]: unknown beside declared properties (TypeScript requires them to fit the index signature); theirs intersects { props } & { [key: string]: V }, which rejects every value whose declared properties are not V',
    note: '`{ properties: { label: string }, additionalProperties: number }` cannot be written as `{ label: string; [key: string]: number }`: TypeScript requires every declared property to fit the index signature (TS2411). openapi-typescript writes `{ label: string } & { [key: string]: number }`, which compiles but admits no object that has a `label` (an object literal `{ label: "a" }` is rejected: "Property \'label\' is incompatible with index signature"). Our target writes `[key: string]: unknown` (`emit-object.ts`), which admits every valid value. A refinement is possible where every declared property already fits the values type (amzn `HttpResponseHeaders`: string properties, string values), but ours is sound as it is.',
    test: (f) =>
      f.direction === 'oursToTheirs' &&
      f.path.endsWith('[key]') &&
      /^Type 'unknown' is not assignable to type /.test(f.leaf) &&
      containers(f).some((n) => isNode(n.properties) && n.additionalProperties !== undefined),
  },
  {
    id: 'unsatisfiable-allof',
    judgment: 'keep',
    title: '`allOf` members that contradict each other',
    reason: "keep: no value satisfies the allOf (its members give one property different enums); theirs is never, ours keeps the last member's property",
    note: "orval multi-files-with-same-import-names composes four `Pet`s whose required `from` is `enum: [bff]`, `[service1]`, ...: no value satisfies all of them, and openapi-typescript's intersection is `never`. Ours merges properties with the later member winning, as for every allOf. A type that admits nothing would make the SDK unusable for that field; the spec is the thing to fix, and validation could warn about it.",
    test: (f) => /is not assignable to type '(undefined|never)'\.$/.test(f.leaf) && f.schema.last.some((n) => Array.isArray(n.allOf)),
  },
];

export const UNCLASSIFIED = 'unclassified';

export function classify(facts: FindingFacts): string {
  return CLASSES.find((c) => c.test(facts))?.id ?? UNCLASSIFIED;
}

export function classById(id: string): DisagreementClass | undefined {
  return CLASSES.find((c) => c.id === id);
}

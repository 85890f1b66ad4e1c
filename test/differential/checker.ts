/**
 * The differential check of one spec: our `X$Wire` against openapi-typescript's
 * `components["schemas"]["X"]`, both ways, for every paired component model. Each failed
 * direction is a finding, classified (classes.ts); a finding that only repeats, deeper in a
 * containing model, the finding of a model it contains is marked `via` that model.
 */
import { checkFile, CHECK_PATH, type CheckLine, type Direction } from './check-file.js';
import { classify } from './classes.js';
import { compileCheck } from './compile.js';
import { generatePackage } from './generate.js';
import { pairModels } from './pairs.js';
import { pathSegments, walkSchemaPath } from './schema-path.js';

/** `oursWider`: ours admits values theirs rejects (and not the reverse); `unrelated`: both. */
export type Relation = 'oursWider' | 'theirsWider' | 'unrelated' | 'missingTheirs';

export interface Finding {
  direction: Direction;
  /** Where the compiler found the difference: `.a.b[key]` (array levels are not shown), or `(root)`. */
  path: string;
  /** The compiler's innermost message, shortened. */
  message: string;
  class: string;
  /** The key of a compared model whose own finding this repeats (same direction and message, a suffix of the path). */
  via?: string;
}

export interface Disagreement {
  spec: string;
  key: string;
  relation: Relation;
  findings: Finding[];
}

export interface SpecResult {
  spec: string;
  /** Set when nothing was compared (the spec has errors, or openapi-typescript wrote no file). */
  skipped?: string;
  compared: number;
  /** Pairs where one side is `any`, which agrees with everything: compared, but blind. */
  anySide: { key: string; side: 'ours' | 'theirs' | 'both' }[];
  unpaired: { key: string; reason: string }[];
  disagreements: Disagreement[];
  ms: { generate: number; check: number };
}

/** `spec` is the path to read; `label` names it in the results. */
export async function checkSpec(spec: string, label: string = spec): Promise<SpecResult> {
  const started = performance.now();
  const generated = await generatePackage(spec);
  const generateMs = performance.now() - started;
  const base = { spec: label, compared: 0, anySide: [], unpaired: [], disagreements: [], ms: { generate: generateMs, check: 0 } };
  if ('skipped' in generated) return { ...base, skipped: generated.skipped };
  if (!generated.files.has('src/openapi-types.ts')) return { ...base, skipped: 'openapi-typescript wrote no src/openapi-types.ts' };
  const { pairs, unpaired } = pairModels(generated.api, generated.files);
  const check = checkFile(pairs);
  const compiled = compileCheck(new Map(generated.files).set(CHECK_PATH, check.text), CHECK_PATH);

  const failed = new Map<number, Partial<Record<CheckLine['role'], readonly string[]>>>();
  const stray: string[] = [];
  for (const error of compiled.errors) {
    const at = check.lines.get(error.line);
    if (!at) stray.push(`line ${error.line + 1}: ${error.chain[0]}`);
    else {
      const roles = failed.get(at.pair) ?? failed.set(at.pair, {}).get(at.pair)!;
      roles[at.role] ??= error.chain;
    }
  }
  if (stray.length > 0) throw new Error(`${label}: the check module itself does not compile:\n${stray.slice(0, 10).join('\n')}`);

  const disagreements: Disagreement[] = [];
  const anySide: SpecResult['anySide'] = [];
  for (const [i, roles] of [...failed].sort((a, b) => a[0] - b[0])) {
    const key = pairs[i].key;
    if (roles.oursAny || roles.theirsAny) anySide.push({ key, side: roles.oursAny && roles.theirsAny ? 'both' : roles.oursAny ? 'ours' : 'theirs' });
    if (roles.theirs) {
      disagreements.push({ spec: label, key, relation: 'missingTheirs', findings: [] });
      continue;
    }
    const findings: Finding[] = [];
    for (const direction of ['oursToTheirs', 'theirsToOurs'] as const) {
      const chain = roles[direction];
      if (!chain) continue;
      const { path, leaf } = shortMessage(chain);
      const schema = walkSchemaPath(generated.document, key, path);
      const message = leaf.length > MAX_MESSAGE ? `${leaf.slice(0, MAX_MESSAGE - 1)}…` : leaf;
      findings.push({ direction, path, message, class: classify({ direction, path, leaf, document: generated.document, schema }) });
    }
    if (findings.length === 0) continue;
    const relation: Relation = findings.length === 2 ? 'unrelated' : findings[0].direction === 'oursToTheirs' ? 'oursWider' : 'theirsWider';
    disagreements.push({ spec: label, key, relation, findings });
  }
  markInherited(disagreements);
  return { ...base, compared: pairs.length, anySide, unpaired, disagreements, ms: { generate: generateMs, check: compiled.ms } };
}

/**
 * A finding whose message and direction are those of another model's finding, at a path that
 * ends with that model's path, is that model's difference seen from a model containing it.
 * It takes the class of the innermost such model's finding (the one judged), and names it.
 */
function markInherited(disagreements: Disagreement[]): void {
  const all = disagreements.flatMap((d) => d.findings.map((f) => ({ key: d.key, finding: f, segments: pathSegments(f.path) })));
  for (const item of all) {
    const roots = all.filter(
      (other) =>
        other !== item &&
        other.key !== item.key &&
        other.finding.direction === item.finding.direction &&
        other.finding.message === item.finding.message &&
        other.segments.length < item.segments.length &&
        other.segments.every((s, i) => item.segments[item.segments.length - other.segments.length + i] === s),
    );
    if (roots.length === 0) continue;
    const origin = roots.reduce((a, b) => (b.segments.length < a.segments.length ? b : a));
    item.finding.via = origin.key;
    item.finding.class = origin.finding.class;
  }
}

const MAX_MESSAGE = 300;

/**
 * The properties the compiler descended through ("Types of property 'a' are incompatible"),
 * as `.a.b`, and the reason it gave last (in full; findings keep MAX_MESSAGE characters of it).
 */
export function shortMessage(chain: readonly string[]): { path: string; leaf: string } {
  const steps: string[] = [];
  for (const message of chain) {
    const property = /^Types of property '(.+)' are incompatible\.$/.exec(message);
    const between = /^The types of '(.+)' are incompatible between these types\.$/.exec(message);
    if (property) steps.push(`.${property[1]}`);
    else if (between) steps.push(...between[1].split('.').map((s) => `.${s}`));
    else if (/^'(string|number)' index signatures are incompatible\.$/.test(message)) steps.push('[key]');
  }
  return { path: steps.join('') || '(root)', leaf: chain[chain.length - 1].replace(/\s+/g, ' ') };
}

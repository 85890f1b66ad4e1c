import type { ErrorObject } from 'ajv';
import type { Diagnostics } from '../../diagnostics/diagnostic.js';
import type { LoadedSpec } from '../../load/types.js';
import { collapseErrors } from './collapse.js';
import { openApiSchema, type Family } from './openapi-schemas.js';
import { allowedNames, findingFor, SCHEMA_KEYWORDS, type Finding, type ReportContext } from './report.js';
import { closestName } from './suggest.js';

/**
 * The document against the official JSON Schema of its OpenAPI version, once, on the loaded
 * document (files joined, overlays applied; for Swagger 2.0 what was written, before the
 * upgrade). ajv's errors become few located diagnostics: alternatives collapsed to the one meant,
 * an unknown field that is a misspelt required one said once. Severity follows
 * ../README.md: a fixed field the SDK needs with the wrong JSON type is an error, every other
 * finding a warning saying what the SDK does instead.
 */
export function checkStructure(loaded: LoadedSpec, diagnostics: Diagnostics): void {
  const family = familyOf(loaded.sourceVersion);
  const document = family === '2.0' ? loaded.written : loaded.document;
  if (!family || !document) return;
  const schema = openApiSchema(family);
  const raw = schema.validate(document);
  if (raw.length === 0) return;
  const ctx: ReportContext = { loaded, document, schema };
  const findings: Finding[] = [];
  for (const error of withoutMisspeltRequired(collapseErrors(raw, schema), ctx)) {
    const finding = findingFor(error, ctx);
    if (finding) findings.push(finding);
  }
  // In document order (ajv reports 3.1's unevaluated properties after everything else).
  findings.sort(byPlace);
  const said = new Set<string>();
  for (const finding of findings) {
    // Two errors of ajv can be one problem (an empty `responses` is too short and lacks `default`).
    const key = `${finding.where.file}:${finding.where.pointer}:${finding.message}`;
    if (said.has(key)) continue;
    said.add(key);
    if (finding.severity === 'error') diagnostics.error(finding.code, finding.message, finding.where);
    else diagnostics.warning(finding.code, finding.message, finding.where);
  }
}

function byPlace(a: Finding, b: Finding): number {
  const fa = a.where.file ?? '';
  const fb = b.where.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (a.where.line ?? 0) - (b.where.line ?? 0) || (a.where.column ?? 0) - (b.where.column ?? 0);
}

function familyOf(version: string): Family | undefined {
  if (version === '2.0') return '2.0';
  const m = /^3\.([0-2])\./.exec(version);
  return m ? (`3.${m[1]}` as Family) : undefined;
}

/**
 * `descriptio: ok` in a response is both an unknown field and a missing `description`: one
 * mistake, said once, by the unknown field's "did you mean 'description'?" (and a parameter's
 * `type` outside its missing `schema` once, by the unknown field).
 */
function withoutMisspeltRequired(errors: ErrorObject[], ctx: ReportContext): ErrorObject[] {
  const misspelt = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties' && e.keyword !== 'unevaluatedProperties') continue;
    const p = e.params as { additionalProperty?: string; unevaluatedProperty?: string };
    const field = String(p.additionalProperty ?? p.unevaluatedProperty);
    const names = allowedNames(e.parentSchema, ctx.schema);
    const suggestion = closestName(field, names);
    if (suggestion) misspelt.add(`${e.instancePath}\u0000${suggestion}`);
    // `type: integer` on a 3.x parameter: the type meant for its missing `schema`.
    else if (SCHEMA_KEYWORDS.has(field) && names.includes('schema')) misspelt.add(`${e.instancePath}\u0000schema`);
  }
  if (misspelt.size === 0) return errors;
  return errors.filter((e) => e.keyword !== 'required' || !misspelt.has(`${e.instancePath}\u0000${(e.params as { missingProperty: string }).missingProperty}`));
}

/**
 * The judged list of disagreements (accepted.json): one entry per model whose wire type
 * disagrees with openapi-typescript's, with the class of each failed direction and a one-line
 * reason taken from the class's judgment (classes.ts). The differential test compares the
 * checker's findings with it, so a new disagreement, or one that went away, fails the test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Direction } from './check-file.js';
import type { Disagreement, Relation } from './checker.js';
import { classById } from './classes.js';

export interface AcceptedEntry {
  spec: string;
  key: string;
  relation: Relation;
  findings: { direction: Direction; path: string; class: string; via?: string }[];
  reason: string;
}

export interface AcceptedFile {
  about: string;
  disagreements: AcceptedEntry[];
}

const ABOUT =
  'Disagreements between our X$Wire types and openapi-typescript\'s components["schemas"][key], judged (test/differential/REPORT.md, classes.ts): `keep` reasons are readings we hold to, `bug` reasons are IR defects reproduced by a fixture. Regenerate with DIFFERENTIAL_UPDATE=1 npm test -- test/differential/differential.test.ts, then review the diff.';

export function acceptedEntry(d: Disagreement): AcceptedEntry {
  const findings = d.findings.map((f) => ({ direction: f.direction, path: f.path, class: f.class, ...(f.via ? { via: f.via } : {}) }));
  const reasons = [...new Set(d.findings.map((f) => `${f.via ? `via ${f.via}: ` : ''}${classById(f.class)?.reason ?? 'UNJUDGED: no class matches this finding'}`))];
  return { spec: d.spec, key: d.key, relation: d.relation, findings, reason: reasons.join(' | ') };
}

/** What the test compares: everything but the reason, which follows from the classes. */
export function comparable(entry: AcceptedEntry): Omit<AcceptedEntry, 'reason'> {
  const { reason: _reason, ...rest } = entry;
  return rest;
}

export function readAccepted(file: string): AcceptedFile {
  return JSON.parse(readFileSync(file, 'utf8')) as AcceptedFile;
}

export function writeAccepted(file: string, entries: AcceptedEntry[]): void {
  const lines = entries.map((e) => `    ${JSON.stringify(e)}`);
  writeFileSync(file, `{\n  "about": ${JSON.stringify(ABOUT)},\n  "disagreements": [\n${lines.join(',\n')}\n  ]\n}\n`);
}

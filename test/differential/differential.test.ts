/**
 * The differential check (issue 12) on what this repository carries: the fixtures in
 * test/differential/fixtures/ (one per class judged a bug, and keep.yaml with one case of each
 * class judged right) and the embedded Clerk spec. Every disagreement between our wire types
 * and openapi-typescript's must be in accepted.json with the same classes; a new one, or one
 * that disappeared (a fixed bug), fails until the list is regenerated and reviewed:
 * DIFFERENTIAL_UPDATE=1 npm test -- test/differential/differential.test.ts
 * The shared corpora are covered by `npm run differential` (REPORT.md).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { acceptedEntry, comparable, readAccepted, writeAccepted, type AcceptedEntry } from './accepted.js';
import { checkSpec } from './checker.js';
import { CLASSES, UNCLASSIFIED } from './classes.js';

const HERE = path.resolve('test/differential');
const ACCEPTED = path.join(HERE, 'accepted.json');
const UPDATE = process.env.DIFFERENTIAL_UPDATE === '1';
const FIXTURES = readdirSync(path.join(HERE, 'fixtures'))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => ({ label: `fixtures/${f}`, file: path.join(HERE, 'fixtures', f) }));
const SPECS = [...FIXTURES, { label: 'spec/clerk-bapi/openapi.yml', file: path.resolve('spec/clerk-bapi/openapi.yml') }];

test('every class judged a bug has a fixture that reproduces it, and every fixture is one', () => {
  const bugs = CLASSES.filter((c) => c.judgment === 'bug');
  expect(bugs.map((c) => c.fixture && FIXTURES.some((f) => f.label === `fixtures/${c.fixture}`))).toEqual(bugs.map(() => true));
  // Kept classes show in keep.yaml, or in a fixture of their own when keep.yaml's version cannot hold them.
  const ownKeep = CLASSES.filter((c) => c.judgment === 'keep' && c.fixture).map((c) => `fixtures/${c.fixture}`);
  expect(FIXTURES.map((f) => f.label).sort()).toEqual([...bugs.map((c) => `fixtures/${c.fixture}`), ...ownKeep, 'fixtures/keep.yaml'].sort());
});

test('the fixtures of classes once judged a bug and since fixed show no disagreement', async () => {
  const dir = path.join(HERE, 'fixtures', 'fixed');
  const fixed = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  expect(fixed.length).toBeGreaterThan(0);
  for (const f of fixed) {
    const result = await checkSpec(path.join(dir, f), `fixtures/fixed/${f}`);
    expect({ fixture: f, compared: result.compared > 0, disagreements: result.disagreements.map(acceptedEntry) }).toEqual({ fixture: f, compared: true, disagreements: [] });
  }
});

test('the disagreements of the fixtures and the Clerk spec are the judged ones', async () => {
  const found: AcceptedEntry[] = [];
  for (const spec of SPECS) {
    const result = await checkSpec(spec.file, spec.label);
    expect({ spec: spec.label, skipped: result.skipped, anySide: result.anySide }).toEqual({ spec: spec.label, skipped: undefined, anySide: [] });
    expect(result.compared).toBeGreaterThan(0);
    found.push(...result.disagreements.map(acceptedEntry));
  }
  const unclassified = found.filter((e) => e.findings.some((f) => f.class === UNCLASSIFIED));
  expect(unclassified).toEqual([]);
  if (UPDATE) {
    writeAccepted(ACCEPTED, found);
    console.log(`wrote ${found.length} disagreements to ${path.relative(process.cwd(), ACCEPTED)}: review the diff`);
    return;
  }
  const accepted = readAccepted(ACCEPTED).disagreements;
  for (const entry of accepted) expect(entry.reason.trim()).not.toBe('');
  expect(found.map(comparable)).toEqual(accepted.map(comparable));
  // Each bug fixture shows its own class, and keep.yaml shows every class judged right.
  for (const c of CLASSES) {
    const where = c.fixture ? `fixtures/${c.fixture}` : 'fixtures/keep.yaml';
    expect({ class: c.id, seen: found.some((e) => e.spec === where && e.findings.some((f) => f.class === c.id)) }).toEqual({ class: c.id, seen: true });
  }
});

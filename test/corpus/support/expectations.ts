/**
 * What each corpus spec is expected to do (expectations.json, known-failures.json), and the
 * check of one outcome against it: a result that differs is a regression and fails the run; a
 * known failure that went away is printed as FIXED and does not fail it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STACK_FRAME } from '../../unit/robustness/support/run-cli.js';
import { printedDiagnostics } from '../../unit/robustness/support/run-cli.js';
import type { CorpusName, Entry } from './entries.js';

export type Target = 'typescript' | 'csharp';
export const TARGETS: readonly Target[] = ['typescript', 'csharp'];

export interface NamedSpec {
  name: string;
  entry: string;
  fast?: boolean;
  expect: 'pass' | 'invalid';
  codes?: string[];
  errorCount?: number;
  reason?: string;
}

export interface Invalid {
  codes: string[];
  errorCount?: number;
  reason: string;
}

export interface WalkedCorpus {
  csharpBuildEvery: number;
  fast: string[];
  invalid: Record<string, Invalid>;
}

export interface Expectations {
  specs: NamedSpec[];
  'corpus-extra': WalkedCorpus;
  'corpus-edge': WalkedCorpus;
}

export type Stage = 'generate' | 'typecheck' | 'build' | 'timeout';

export interface KnownFailure {
  spec: string;
  target: Target;
  stage: Stage;
  /** Text the failure output must contain, so that a different failure is not mistaken for this one. */
  match?: string;
  owner: string;
  reason: string;
}

/** What happened to one spec in one target. */
export interface TargetOutcome {
  target: Target;
  /** The generator's exit code; -1 when it was stopped or its worker died. */
  exit: number;
  /** 'passed', the stage it failed at, or 'generated' (C# not in the build sample). */
  stage: 'passed' | 'generated' | Stage;
  /** For a failure: the lines that say what went wrong. */
  detail: string;
  stderr: string;
  generateMs: number;
  checkMs?: number;
  /** Set by the check against the expectations. */
  verdict?: 'as expected' | 'known failure' | 'fixed' | 'REGRESSION';
}

export function readExpectations(dir: string): { expectations: Expectations; known: KnownFailure[] } {
  const expectations = JSON.parse(readFileSync(path.join(dir, 'expectations.json'), 'utf8')) as Expectations;
  const known = (JSON.parse(readFileSync(path.join(dir, 'known-failures.json'), 'utf8')) as { failures: KnownFailure[] }).failures;
  return { expectations, known };
}

/** The path of an entry inside its corpus folder (what expectations.json lists). */
export function localPath(entry: Entry): string {
  return entry.id.slice(entry.corpus.length + 1);
}

export function invalidExpectation(expectations: Expectations, entry: Entry): Invalid | undefined {
  if (entry.corpus === 'corpus') {
    const named = expectations.specs.find((s) => `corpus/${s.name}` === entry.id);
    return named?.expect === 'invalid' ? { codes: named.codes ?? [], errorCount: named.errorCount, reason: named.reason ?? '' } : undefined;
  }
  return expectations[entry.corpus].invalid[localPath(entry)];
}

export function isFast(expectations: Expectations, entry: Entry): boolean {
  if (entry.corpus === 'corpus') return expectations.specs.some((s) => `corpus/${s.name}` === entry.id && s.fast === true);
  return expectations[entry.corpus].fast.includes(localPath(entry));
}

/** Whether the C# output of this entry is built in a full run (see `csharpBuildEvery`). */
export function inCsharpSample(expectations: Expectations, entry: Entry): boolean {
  if (entry.corpus === 'corpus') return true;
  return entry.index % Math.max(1, expectations[entry.corpus as Exclude<CorpusName, 'corpus'>].csharpBuildEvery) === 0;
}

/**
 * Sets `outcome.verdict` and returns a message when the outcome is a regression. `built` says
 * whether the outcome is final (a C# output waiting for its build is checked again after it).
 */
export function check(entry: Entry, outcome: TargetOutcome, invalid: Invalid | undefined, known: KnownFailure | undefined): string | undefined {
  const where = `${entry.id} (${outcome.target})`;
  if (STACK_FRAME.test(outcome.stderr)) {
    outcome.verdict = 'REGRESSION';
    return `${where}: printed a stack trace`;
  }
  if (invalid) {
    const errors = printedDiagnostics(outcome.stderr).filter((d) => d.severity === 'error');
    const codes = [...new Set(errors.map((d) => d.code))].sort();
    const unlocated = errors.filter((d) => !/:\d+:\d+$/.test(d.where) || !/^#\//.test(d.pointer ?? ''));
    const problems: string[] = [];
    if (outcome.exit !== 1) problems.push(`exit ${outcome.exit}, expected 1`);
    if (codes.join() !== [...invalid.codes].sort().join()) problems.push(`codes ${codes.join(', ') || '(none)'}, expected ${invalid.codes.join(', ')}`);
    if (invalid.errorCount !== undefined && errors.length !== invalid.errorCount) problems.push(`${errors.length} errors, expected ${invalid.errorCount}`);
    if (unlocated.length > 0) problems.push(`${unlocated.length} errors without file:line:col and #/pointer`);
    outcome.verdict = problems.length === 0 ? 'as expected' : 'REGRESSION';
    return problems.length === 0 ? undefined : `${where}: expected invalid (${invalid.reason}): ${problems.join('; ')}`;
  }
  const ok = outcome.stage === 'passed' || outcome.stage === 'generated';
  if (known) {
    if (ok) {
      outcome.verdict = 'fixed';
      if (outcome.stage === 'passed' || known.stage === 'generate') console.log(`known failure FIXED: ${where} now passes; remove it from known-failures.json`);
      return undefined;
    }
    if (outcome.stage === known.stage && (known.match === undefined || outcome.detail.includes(known.match))) {
      outcome.verdict = 'known failure';
      return undefined;
    }
    outcome.verdict = 'REGRESSION';
    return `${where}: expected the known failure (${known.stage}: ${known.match ?? ''}), got ${outcome.stage}: ${outcome.detail.slice(0, 600)}`;
  }
  outcome.verdict = ok ? 'as expected' : 'REGRESSION';
  return ok ? undefined : `${where}: ${outcome.stage} failed (exit ${outcome.exit}): ${outcome.detail.slice(0, 1200)}`;
}

/** The lines of a failed generation that say what went wrong. */
export function generationDetail(exit: number, stderr: string, timedOut?: boolean, died?: string): string {
  if (timedOut) return 'stopped after the time limit';
  if (died) return `the generator's worker died: ${died}`;
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  const internal = lines.find((l) => l.includes('internal error'));
  if (internal) return internal;
  const errors = lines.filter((l) => / error\[/.test(l) || l.startsWith('error'));
  return (errors.length > 0 ? errors : lines).slice(0, 5).join('\n') || `exit ${exit}, nothing printed`;
}

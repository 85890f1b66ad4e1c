/**
 * A problem found in the input. Every stage reports problems as records like this
 * instead of throwing, so the CLI can print all of them and pick the exit code.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable identifier of the kind of problem, e.g. `yaml-syntax`, `ref-not-found`. */
  code: string;
  severity: Severity;
  message: string;
  /** File the problem is in (as given by the user, or absolute). */
  file?: string;
  /** 1-based line and column. */
  line?: number;
  column?: number;
  /** JSON pointer of the node inside `file`, e.g. `#/paths/~1users/get`. */
  pointer?: string;
}

/** Collects diagnostics of one run; stages append, the CLI reads. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  add(d: Diagnostic): void {
    this.items.push(d);
  }

  error(code: string, message: string, where: Partial<Diagnostic> = {}): void {
    this.add({ ...where, code, severity: 'error', message });
  }

  warning(code: string, message: string, where: Partial<Diagnostic> = {}): void {
    this.add({ ...where, code, severity: 'warning', message });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }
}

/** Thrown when a stage cannot go on; carries every diagnostic collected so far. */
export class InputError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'InputError';
  }
}

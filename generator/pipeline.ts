import { performance } from 'node:perf_hooks';
import type { RunCache } from './cache/run-cache.js';
import { Diagnostics, InputError } from './diagnostics/diagnostic.js';
import type { ApiModel } from './ir/model.js';
import type { ReadSpec } from './load/read-spec.js';
import type { LoadedSpec, LoadInput } from './load/types.js';
import type { GenerateOptions, TargetId } from './options.js';
import type { Surface } from './surface/index.js';
import type { Target, TargetOptions } from './targets/target.js';
import type { CheckResult } from './write/check-output.js';
import type { EmittedFile } from './write/emitted-file.js';
import { OutputNotOursError, OutputPathError, OutputWriteError } from './write/errors.js';
import type { WriteOptions, WriteResult } from './write/write-output.js';

type MaybePromise<T> = T | Promise<T>;

/** The steps of a run, replaceable so tests can run the pipeline on fakes. */
export interface PipelineStages {
  /** Throws TargetUnavailableError like getTarget, without importing the target (the run cache asks first). */
  assertTargetAvailable?(id: TargetId): MaybePromise<void>;
  getTarget(id: TargetId): Promise<Target>;
  /** The entry document, read and parsed (load/). */
  readSpec(input: LoadInput, diagnostics: Diagnostics): Promise<ReadSpec | undefined>;
  /** One document: `$ref`s to other files joined, overlays applied, Swagger 2.0 upgraded (resolve/). */
  resolveSpec(read: ReadSpec, diagnostics: Diagnostics): Promise<LoadedSpec | undefined>;
  validateSpec(loaded: LoadedSpec, diagnostics: Diagnostics): MaybePromise<void>;
  buildModel(loaded: LoadedSpec, diagnostics: Diagnostics): MaybePromise<ApiModel>;
  /** The target's public names, computed once and handed to the target and the docs (surface/). */
  nameSurface(target: TargetId, model: ApiModel, options: TargetOptions): MaybePromise<Surface>;
  /** The target's code with its docs (emit-package.ts); without it, the target's code alone. */
  emitPackage?(target: Target, model: ApiModel, options: TargetOptions, surface: Surface): Promise<EmittedFile[]>;
  /** Files a target's package carries beside the generated SDK, made by other tools from the document. */
  companionFiles?(target: TargetId, document: Record<string, unknown>, diagnostics: Diagnostics): MaybePromise<EmittedFile[]>;
  writeOutput(outDir: string, files: readonly EmittedFile[], options?: WriteOptions): Promise<WriteResult>;
  checkOutput(outDir: string, files: readonly EmittedFile[]): Promise<CheckResult>;
}

/**
 * Stage modules are imported on first use: `--help` and usage errors then never pay for loading
 * the code generators.
 */
export const defaultStages: PipelineStages = {
  assertTargetAvailable: async (id) => (await import('./targets/registry.js')).assertTargetAvailable(id),
  getTarget: async (id) => (await import('./targets/registry.js')).getTarget(id),
  readSpec: async (input, diagnostics) => (await import('./load/read-spec.js')).readSpec(input, diagnostics),
  resolveSpec: async (read, diagnostics) => (await import('./resolve/index.js')).resolveSpec(read, diagnostics),
  validateSpec: async (loaded, diagnostics) => (await import('./validate/index.js')).validateSpec(loaded, diagnostics),
  buildModel: async (loaded, diagnostics) => (await import('./ir/build/build-model.js')).buildModel(loaded, diagnostics),
  nameSurface: async (target, model, options) => (await import('./surface/index.js')).nameSurface(target, model, options),
  emitPackage: async (target, model, options, surface) => (await import('./emit-package.js')).emitPackage(target, model, options, surface),
  companionFiles: async (target, document, diagnostics) => (await import('./companions/index.js')).companionFiles(target, document, diagnostics),
  writeOutput: async (outDir, files, options) => (await import('./write/write-output.js')).writeOutput(outDir, files, options),
  checkOutput: async (outDir, files) => (await import('./write/check-output.js')).checkOutput(outDir, files),
};

/** `cache`: is the output up to date with the inputs; `record`: remember this run for the next one. */
export type StageName = 'cache' | 'target' | 'load' | 'resolve' | 'validate' | 'ir' | 'names' | 'emit' | 'write' | 'check' | 'record';

export interface StageTiming {
  stage: StageName;
  ms: number;
}

/** Told as stages start and end, for progress lines; `summary` says what a stage produced. */
export interface StageObserver {
  started?(stage: StageName): void;
  ended?(timing: StageTiming, summary?: string): void;
}

export interface PipelineResult {
  diagnostics: Diagnostics;
  /** Stages that ran, in order. */
  timings: StageTiming[];
  /** The stage after which the run stopped because of errors; absent when it ran to the end. */
  stoppedAfter?: StageName;
  /** Paths the target emitted (empty when the run stopped before emitting). */
  emitted: string[];
  /** Set when files were written. */
  written?: WriteResult;
  /** Set in check mode when the comparison ran. */
  check?: CheckResult;
  /** Set when the run cache found the output up to date: nothing was generated or written. */
  upToDate?: { fileCount: number };
}

/**
 * load → resolve → validate → IR → names → emit → write (or check), each stage timed by name; with a `cache`,
 * first a look-up that may end the run as up to date, and last a record of it. Problems in the
 * input end up in `diagnostics`; the run stops after the first stage that reported an error.
 * Anything thrown that is not an input problem is a bug and propagates. Exit codes are the
 * caller's business.
 */
export async function runPipeline(options: GenerateOptions, stages: PipelineStages = defaultStages, cache?: RunCache, observer: StageObserver = {}): Promise<PipelineResult> {
  const diagnostics = new Diagnostics();
  const result: PipelineResult = { diagnostics, timings: [], emitted: [] };
  const timed = (timing: StageTiming, summary?: string) => {
    result.timings.push(timing);
    observer.ended?.(timing, summary);
  };

  /**
   * Runs one stage; undefined means the run stops here. With `goOnAfterErrors`, a stage that
   * reported errors but still produced a value does not stop the run: the loader returns the
   * document after a missing `$ref` target so that validation can list its problems too.
   */
  async function stage<T>(name: StageName, run: () => MaybePromise<T>, goOnAfterErrors = false, summarize?: (value: T) => string): Promise<T | undefined> {
    const started = performance.now();
    observer.started?.(name);
    let value: T | undefined;
    try {
      value = await run();
    } catch (error) {
      const reported = inputProblems(error);
      if (reported === undefined) throw error;
      for (const d of reported) if (!diagnostics.items.includes(d)) diagnostics.add(d);
    } finally {
      timed({ stage: name, ms: performance.now() - started }, value !== undefined && summarize ? summarize(value) : undefined);
    }
    if (value === undefined || (diagnostics.hasErrors && !goOnAfterErrors)) {
      result.stoppedAfter = name;
      return undefined;
    }
    return value;
  }

  // A build step regenerates on every build: when nothing that shapes the output changed since
  // the last run and the output is untouched, stop before loading anything heavy.
  const useCache = cache !== undefined && !options.check && options.force !== true;
  if (useCache) {
    await stages.assertTargetAvailable?.(options.target);
    const started = performance.now();
    observer.started?.('cache');
    const hit = cache.lookup(options);
    timed({ stage: 'cache', ms: performance.now() - started });
    if (hit !== undefined) {
      for (const d of hit.diagnostics) diagnostics.add(d);
      result.upToDate = { fileCount: hit.fileCount };
      return result;
    }
  }

  // The target is resolved first so that an unavailable one fails before any real work.
  const target = await stage('target', () => stages.getTarget(options.target));
  if (target === undefined) return result;
  const read = await stage('load', () => stages.readSpec(loadInput(options), diagnostics), true);
  if (read === undefined) return result;
  const loaded = await stage('resolve', () => stages.resolveSpec(read, diagnostics), true);
  if (loaded === undefined) return result;
  const validated = await stage('validate', async () => {
    await stages.validateSpec(loaded, diagnostics);
    return true;
  });
  if (validated === undefined) return result;
  const model = await stage(
    'ir',
    () => stages.buildModel(loaded, diagnostics),
    false,
    (m) => `${count(m.models.length, 'model')}, ${count(m.operations.length, 'operation')}`,
  );
  if (model === undefined) return result;
  const targetOptions: TargetOptions = {
    packageName: options.packageName,
    sdkClassName: options.sdkClassName,
    moduleFormat: options.moduleFormat,
    ...(options.mcp ? { mcp: true } : {}),
    ...(options.envVarPrefix ? { envVarPrefix: options.envVarPrefix } : {}),
  };
  const surface = await stage('names', () => stages.nameSurface(target.id, model, targetOptions));
  if (surface === undefined) return result;
  const files = await stage(
    'emit',
    async () => {
      const sdk = await (stages.emitPackage?.(target, model, targetOptions, surface) ?? target.emit(model, targetOptions, surface));
      for (const d of target.limitations?.(model) ?? []) diagnostics.add(d);
      const companions = (await stages.companionFiles?.(options.target, loaded.document, diagnostics)) ?? [];
      return [...sdk, ...companions].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
    false,
    (f) => count(f.length, 'file'),
  );
  if (files === undefined) return result;
  result.emitted = files.map((file) => file.path);
  // What a skipped run reports again: the input's warnings, not notes about this write.
  const reported = [...diagnostics.items];

  if (options.check) {
    const check = await stage('check', () => stages.checkOutput(options.out, files));
    if (check !== undefined) result.check = check;
  } else {
    const written = await stage(
      'write',
      () => stages.writeOutput(options.out, files, { replaceUserFiles: options.force === true }),
      false,
      (w) => `${w.added.length} added, ${w.changed.length} changed, ${w.removed.length} removed`,
    );
    if (written !== undefined) {
      result.written = written;
      reportWriteNotes(written, diagnostics);
      const inputs = loaded.inputs;
      if (cache !== undefined && inputs !== undefined) {
        const started = performance.now();
        cache.remember(options, inputs, reported);
        timed({ stage: 'record', ms: performance.now() - started });
      }
    }
  }
  return result;
}

/** What the loader needs of the options: the inputs, the network policy, standard input's bytes. */
function loadInput(options: GenerateOptions): LoadInput {
  return {
    spec: options.spec,
    overlays: options.overlays,
    ...(options.offline ? { network: { offline: true } } : {}),
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
  };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Diagnostics carried by an error that stands for bad input or an unusable output folder. */
function inputProblems(error: unknown): InputError['diagnostics'] | undefined {
  if (error instanceof InputError) return error.diagnostics;
  if (error instanceof OutputWriteError) {
    return [{ code: 'write-failed', severity: 'error', message: error.message, file: error.path }];
  }
  if (error instanceof OutputNotOursError) {
    return [{ code: 'output-not-ours', severity: 'error', message: error.message, file: error.outDir }];
  }
  if (error instanceof OutputPathError) {
    return [{ code: 'out-not-a-folder', severity: 'error', message: error.message, file: error.outDir }];
  }
  return undefined;
}

/** Things the writer did that the user should hear about, though none of them is fatal. */
function reportWriteNotes(written: WriteResult, diagnostics: Diagnostics): void {
  const at = (path: string) => ({ file: `${written.outDir}/${path}` });
  if (written.manifestProblem !== undefined) {
    diagnostics.warning('manifest-unreadable', `ignored the previous manifest (${written.manifestProblem}); files from the previous run were kept as user files`, at('.sdkwright/manifest.json'));
  }
  for (const path of written.replacedUserEntries) {
    diagnostics.warning('user-file-replaced', `replaced ${path}, which sdkwright did not generate, with a generated file`, at(path));
  }
  for (const path of written.overwrittenEdits) {
    const what = written.removed.includes(path) ? 'removed' : 'overwrote';
    diagnostics.warning('generated-file-edited', `${what} ${path}, a generated file that had been edited by hand`, at(path));
  }
  if (written.leftover !== undefined) {
    diagnostics.warning('old-output-left', `could not delete the previous output, left at ${written.leftover}`, { file: written.leftover });
  }
}

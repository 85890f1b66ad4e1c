/** Stand-in pipeline stages: the real writer, fake everything before it. */
import type { Diagnostics } from '../../../generator/diagnostics/diagnostic.js';
import type { ApiModel } from '../../../generator/ir/model.js';
import type { LoadedSpec } from '../../../generator/load/types.js';
import type { PipelineStages } from '../../../generator/pipeline.js';
import type { Target } from '../../../generator/targets/target.js';
import type { EmittedFile } from '../../../generator/write/emitted-file.js';
import { checkOutput } from '../../../generator/write/check-output.js';
import { writeOutput } from '../../../generator/write/write-output.js';
import { nameSurface } from '../../../generator/surface/index.js';
import type { ReadSpec } from '../../../generator/load/read-spec.js';

export const EMPTY_MODEL: ApiModel = {
  info: { title: 'Fake', version: '1' },
  servers: [],
  securitySchemes: [],
  security: [],
  models: [],
  operations: [],
  groups: [],
};

export function fakeLoaded(spec: string): LoadedSpec {
  return { document: { openapi: '3.1.0' }, sourceVersion: '3.1.0', files: [spec], locate: () => undefined };
}

export interface FakeStageOptions {
  /** Files the fake target emits; by default two files naming the options it got. */
  files?: (options: { packageName: string; sdkClassName: string }) => EmittedFile[];
  /** Runs inside the given stage, e.g. to add diagnostics or throw. */
  during?: Partial<Record<'load' | 'validate' | 'ir' | 'emit', (diagnostics: Diagnostics) => void>>;
}

export interface RecordedStages extends PipelineStages {
  /** Stage names in the order they ran, with what load was given. */
  calls: string[];
  loadInputs: { spec: string; overlays: string[] }[];
}

export function fakeStages(options: FakeStageOptions = {}): RecordedStages {
  const calls: string[] = [];
  const loadInputs: RecordedStages['loadInputs'] = [];
  const filesFor =
    options.files ??
    ((o) => [
      { path: 'package.json', contents: `{"name":"${o.packageName}"}\n` },
      { path: 'src/sdk.ts', contents: `export class ${o.sdkClassName} {}\n` },
    ]);
  let emitDiagnostics: Diagnostics | undefined;
  const target: Target = {
    id: 'typescript',
    async emit(_model, targetOptions) {
      calls.push('emit');
      options.during?.emit?.(emitDiagnostics!);
      return filesFor(targetOptions);
    },
  };
  return {
    calls,
    loadInputs,
    async getTarget(id) {
      calls.push(`target:${id}`);
      return { ...target, id };
    },
    async readSpec(input, diagnostics) {
      calls.push('load');
      loadInputs.push(input);
      options.during?.load?.(diagnostics);
      return diagnostics.hasErrors ? undefined : ({ input } as ReadSpec);
    },
    async resolveSpec(read) {
      calls.push('resolve');
      return fakeLoaded(read.input.spec);
    },
    validateSpec(_loaded, diagnostics) {
      calls.push('validate');
      options.during?.validate?.(diagnostics);
    },
    buildModel(_loaded, diagnostics) {
      calls.push('ir');
      emitDiagnostics = diagnostics;
      options.during?.ir?.(diagnostics);
      return EMPTY_MODEL;
    },
    nameSurface(target, model, options) {
      calls.push('names');
      return nameSurface(target, model, options);
    },
    async writeOutput(outDir, files, options) {
      calls.push('write');
      return writeOutput(outDir, files, options);
    },
    async checkOutput(outDir, files) {
      calls.push('check');
      return checkOutput(outDir, files);
    },
  };
}

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ApiModel } from '../ir/model.js';
import type { GenerateOptions, TargetId } from '../options.js';
import type { EmittedFile } from '../write/emitted-file.js';
import type { Surface } from '../surface/index.js';

/** What a target needs from a run: naming and packaging settings, not CLI details. */
export type TargetOptions = Pick<GenerateOptions, 'packageName' | 'sdkClassName'> & Partial<Pick<GenerateOptions, 'moduleFormat' | 'mcp' | 'envVarPrefix'>>;

/**
 * A code target. Pure: IR in, files out (docs included); the writer puts them on disk. The IR
 * is all a target reads: it never sees the document.
 */
export interface Target {
  id: TargetId;
  /** `surface`: the names stage's output for this target (the target computes it when absent). */
  emit(model: ApiModel, options: TargetOptions, surface?: Surface): Promise<EmittedFile[]>;
  /**
   * What of the IR this target cannot express, each a warning that says what the code does
   * instead; the pipeline reports them with the run's other warnings.
   */
  limitations?(model: ApiModel): Diagnostic[];
}

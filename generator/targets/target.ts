import type { ApiModel } from '../ir/model.js';
import type { GenerateOptions, TargetId } from '../options.js';
import type { EmittedFile } from '../write/emitted-file.js';

/** What a target needs from a run: naming and packaging settings, not CLI details. */
export type TargetOptions = Pick<GenerateOptions, 'packageName' | 'sdkClassName'>;

/**
 * A code target. Pure: IR in, files out (docs included); the writer puts them on disk.
 * `source` is the loaded OpenAPI document for targets that hand it to another tool
 * (the TypeScript target gives it to openapi-typescript for wire types).
 */
export interface Target {
  id: TargetId;
  emit(model: ApiModel, options: TargetOptions, source: Record<string, unknown>): Promise<EmittedFile[]>;
}

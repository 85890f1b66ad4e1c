export type { EmittedFile } from './emitted-file.js';
export { writeOutput, type WriteResult } from './write-output.js';
export { checkOutput, type CheckResult } from './check-output.js';
export { OutputPathError, OutputWriteError } from './errors.js';
export { MANIFEST_PATH } from './manifest.js';

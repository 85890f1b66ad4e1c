import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsStep } from './errors.js';

export interface StagingPaths {
  /** Where the new tree is built. */
  building: string;
  /** Where the old tree waits while the new one is moved in. */
  aside: string;
}

/**
 * Both live beside the output folder, in the same parent, so every move is a rename within one
 * file system: cheap, and never a half-copied tree. The process id keeps two runs apart.
 */
export function stagingPathsFor(outDir: string, pid: number = process.pid): StagingPaths {
  const parent = dirname(outDir);
  const name = basename(outDir);
  return {
    building: join(parent, `.${name}.sdkwright-tmp-${pid}`),
    aside: join(parent, `.${name}.sdkwright-old-${pid}`),
  };
}

export interface SwapOutcome {
  /** The old tree, when it could not be deleted after the swap (the new tree is in place). */
  leftover?: string;
}

/**
 * Puts `building` at `outDir`. If the second rename fails, the old tree is moved back, so the
 * output folder is either the old tree or the new one, never a mix and never missing.
 */
export async function swapDirectory(outDir: string, staging: StagingPaths, outDirExists: boolean): Promise<SwapOutcome> {
  if (!outDirExists) {
    await fsStep('move new output to', outDir, () => rename(staging.building, outDir));
    return {};
  }
  await fsStep('move aside', outDir, () => rename(outDir, staging.aside));
  try {
    await rename(staging.building, outDir);
  } catch (error) {
    await fsStep(`move the old output back from ${staging.aside} to`, outDir, () => rename(staging.aside, outDir));
    return fsStep('move new output to', outDir, () => Promise.reject(error));
  }
  try {
    await rm(staging.aside, { recursive: true, force: true });
    return {};
  } catch {
    return { leftover: staging.aside };
  }
}

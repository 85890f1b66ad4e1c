import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TargetId } from '../options.js';
import type { Target } from './target.js';

export const TARGET_IDS: readonly TargetId[] = ['typescript', 'csharp'];

export function isTargetId(value: string): value is TargetId {
  return (TARGET_IDS as readonly string[]).includes(value);
}

/** A target that is known but whose module is not part of this build. */
export class TargetUnavailableError extends Error {
  constructor(readonly targetId: TargetId) {
    super(`target ${targetId} is not available yet`);
    this.name = 'TargetUnavailableError';
  }
}

const EXPORT_NAMES: Record<TargetId, string> = {
  typescript: 'typescriptTarget',
  csharp: 'csharpTarget',
};

/** The exports of a target's module, or undefined when that module is not part of this build. */
export type TargetModuleLoader = (id: TargetId) => Promise<Record<string, unknown> | undefined>;

/**
 * Whether the target's module is part of this build, without importing it (importing the
 * TypeScript target loads two TypeScript compilers: over a second).
 */
export function targetModuleExists(id: TargetId): boolean {
  return ['index.js', 'index.ts'].some((file) => existsSync(fileURLToPath(new URL(`./${id}/${file}`, import.meta.url))));
}

/**
 * Looks for the module file before importing it, rather than reading the import error: that way
 * a target module that exists but fails to import (a broken dependency) is never mistaken for a
 * missing target. `index.ts` counts too, for runs from source (tests).
 */
export const importTargetModule: TargetModuleLoader = async (id) => {
  if (!targetModuleExists(id)) return undefined;
  // A relative specifier (not the URL) so that the test runner's module mapping applies.
  const specifier = `./${id}/index.js`;
  return (await import(specifier)) as Record<string, unknown>;
};

/** Fails like getTarget does for a target that is not part of this build, but imports nothing. */
export function assertTargetAvailable(id: TargetId, exists: (id: TargetId) => boolean = targetModuleExists): void {
  if (!exists(id)) throw new TargetUnavailableError(id);
}

/**
 * Targets are imported only when asked for: a run pays only for the target it uses, and a
 * target whose module does not exist fails only when requested, with a clear message.
 */
export async function getTarget(id: TargetId, loadModule: TargetModuleLoader = importTargetModule): Promise<Target> {
  const loaded = await loadModule(id);
  if (loaded === undefined) throw new TargetUnavailableError(id);
  const exportName = EXPORT_NAMES[id];
  const target = loaded[exportName];
  if (!isTarget(target, id)) throw new Error(`the module of target ${id} does not export a target named ${exportName}`);
  return target;
}

function isTarget(value: unknown, id: TargetId): value is Target {
  return typeof value === 'object' && value !== null && (value as Target).id === id && typeof (value as Target).emit === 'function';
}

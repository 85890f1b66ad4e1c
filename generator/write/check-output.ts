import type { EmittedFile } from './emitted-file.js';
import { MANIFEST_PATH } from './manifest.js';
import { planOutput } from './plan-output.js';

/** How the output folder differs from what a write would leave; empty lists mean up to date. */
export interface CheckResult {
  /** Absolute path of the output folder. */
  outDir: string;
  /** Number of generated files (the manifest not included). */
  fileCount: number;
  added: string[];
  changed: string[];
  removed: string[];
  upToDate: boolean;
}

/** Compares the generated files with the output folder without writing anything. */
export async function checkOutput(outDir: string, files: readonly EmittedFile[]): Promise<CheckResult> {
  const plan = await planOutput(outDir, files);
  // A missing or stale manifest is drift too: a write would change it. Not when it is stale only
  // because the user added text to a user-editable file outside its markers: that text is theirs.
  const added = plan.manifestChange === 'add' ? [...plan.added, MANIFEST_PATH] : plan.added;
  const manifestDrift = plan.manifestChange === 'change' && !plan.manifestStaleOnlyForUserText;
  const changed = manifestDrift ? [...plan.changed, MANIFEST_PATH] : plan.changed;
  return {
    outDir: plan.outDir,
    fileCount: plan.files.length,
    added,
    changed,
    removed: plan.removed,
    upToDate: added.length === 0 && changed.length === 0 && plan.removed.length === 0,
  };
}

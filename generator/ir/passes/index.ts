/**
 * The IR passes, in the one order they run (ir/build/build-model.ts runs this list after the
 * builder has read the document). Each takes the IR and changes it in place; none reads the
 * document. The order matters: names are handed out in first-use order over the models that
 * stay, and the response wrapper fields are named after their bodies' final names.
 */
import type { ApiModel, Model } from '../model.js';
import { assignNames } from '../naming/assign-names.js';
import { nameCollidingParameters } from '../naming/parameter-names.js';
import { placeErrorModels } from './error-models.js';
import { keepReachableModels } from './reachable-models.js';
import { nameResponseBodyFields } from './response-body-fields.js';
import { addSecurityModel } from './security-model.js';
import { addFileParts } from './file-parts.js';

export interface IrPass {
  name: string;
  run(api: ApiModel, state: PassState): void;
}

/** What one pass hands to a later one. */
export interface PassState {
  /** The models in first-use order, set by `reachable-models`. */
  useOrder: Model[];
}

export const IR_PASSES: readonly IrPass[] = [
  { name: 'error-models', run: (api) => placeErrorModels(api) },
  { name: 'security-model', run: (api) => addSecurityModel(api) },
  { name: 'file-parts', run: (api) => addFileParts(api) },
  { name: 'reachable-models', run: (api, state) => void (state.useOrder = keepReachableModels(api)) },
  { name: 'assign-names', run: (api, state) => assignNames(api, state.useOrder) },
  { name: 'parameter-names', run: (api) => nameCollidingParameters(api) },
  { name: 'response-body-fields', run: (api) => nameResponseBodyFields(api) },
];

export function runPasses(api: ApiModel): void {
  const state: PassState = { useOrder: [] };
  for (const pass of IR_PASSES) pass.run(api, state);
}

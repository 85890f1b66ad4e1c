/**
 * The IR passes, in the one order they run (ir/build/build-model.ts runs this list after the
 * builder has read the document). Each takes the IR and changes it in place; none reads the
 * document. The order matters: names are handed out in first-use order over the models that
 * stay, and the response wrapper fields are named after their bodies' final names.
 */
import type { ApiModel, Model } from '../model.js';
import { assignNames } from '../naming/assign-names.js';
import type { NameCandidates } from '../naming/name-candidates.js';
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
  /** Name candidates of every model, from the builder and the passes that add models. */
  nameCandidates: NameCandidates;
}

export const IR_PASSES: readonly IrPass[] = [
  { name: 'error-models', run: (api) => placeErrorModels(api) },
  { name: 'security-model', run: (api, state) => addSecurityModel(api, state.nameCandidates) },
  { name: 'file-parts', run: (api, state) => addFileParts(api, state.nameCandidates) },
  { name: 'reachable-models', run: (api, state) => void (state.useOrder = keepReachableModels(api)) },
  { name: 'assign-names', run: (api, state) => assignNames(api, state.useOrder, state.nameCandidates) },
  { name: 'parameter-names', run: (api) => nameCollidingParameters(api) },
  { name: 'response-body-fields', run: (api) => nameResponseBodyFields(api) },
];

/** `nameCandidates`: the builder's, by model id; the table is left behind with the builder. */
export function runPasses(api: ApiModel, nameCandidates: NameCandidates): void {
  const state: PassState = { useOrder: [], nameCandidates };
  for (const pass of IR_PASSES) pass.run(api, state);
}

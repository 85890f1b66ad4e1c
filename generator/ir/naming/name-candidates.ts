/**
 * The names each model may take, most preferred first, by model id: written by the builder (and
 * the passes that add models) while the document is read, read once by the naming pass, and not
 * part of the IR that targets and docs see. A part `{ nameOf }` stands for the final name of
 * another model (the parent), which is how an inline schema gets its parent's name prepended on
 * a collision.
 */
import type { NamePart } from '../model.js';

export type NameCandidates = Map<string, NamePart[][]>;

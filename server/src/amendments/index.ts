/** Amendments and oral revisions (issue 16): apply them to a draft, write them from two versions. Pure. */
export { applyAmendment, applyInstructions, type Amended } from './apply';
export { parseAmendment, detectLang } from './instructions';
export { problemText } from './messages';
export { asAmendLang, type AmendLang } from './ordinals';
export type { Instruction, InstructionResult, Operation, ParaRef, Problem } from './types';
export { MAX_HUNKS, MAX_SHARE, writeAmendments, type WriteOptions, type Written } from './write';
export type { Style } from './formulas';

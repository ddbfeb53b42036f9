import type { Span } from '../model/document';
import type { AmendLang } from './ordinals';

export type PartName = 'preamble' | 'operative';

/** A paragraph as an amendment names it: the n-th preambular paragraph, operative paragraph n, with sub-paragraph labels. */
export interface ParaRef {
	readonly part: PartName;
	/** Preamble: position (1-based; -1 = last). Operative: the number printed in the tabled draft. */
	readonly index: number;
	/** Sub-paragraph labels from the outside in, without brackets: `['c', 'i']`. */
	readonly subs: readonly string[];
	/** Operative, in a text of several sections that each number from 1: the section (`B`, `II`). */
	readonly section?: string;
}

export type Operation =
	| { readonly kind: 'replaceWords'; readonly targets: readonly ParaRef[]; readonly from: string; readonly to: string }
	| { readonly kind: 'deleteWords'; readonly targets: readonly ParaRef[]; readonly words: string }
	| { readonly kind: 'insertWords'; readonly targets: readonly ParaRef[]; readonly words: string; readonly position: 'after' | 'before'; readonly anchor: string }
	| { readonly kind: 'addAtEnd'; readonly targets: readonly ParaRef[]; readonly words: string }
	| { readonly kind: 'replaceParagraph'; readonly targets: readonly ParaRef[]; readonly text: string }
	| { readonly kind: 'deleteParagraphs'; readonly targets: readonly ParaRef[] }
	| { readonly kind: 'insertParagraph'; readonly anchor: ParaRef; readonly position: 'after' | 'before'; readonly part: PartName; readonly texts: readonly string[] }
	| { readonly kind: 'renumber' };

/** One instruction of an amendment, where it is written in the amendment text. */
export interface Instruction {
	readonly span: Span;
	/** The instruction as written, blanks collapsed. */
	readonly text: string;
	readonly lang: AmendLang;
	readonly op?: Operation;
	/** Why it could not be read, when {@link op} is absent. */
	readonly problem?: string;
}

/** Why an instruction could not be applied (message keys, see l10n `amend.*`). */
export type Problem =
	| { readonly kind: 'unreadable' }
	| { readonly kind: 'noParagraph'; readonly ref: string }
	| { readonly kind: 'ambiguous'; readonly ref: string }
	| { readonly kind: 'noSubParagraph'; readonly ref: string }
	| { readonly kind: 'notFound'; readonly words: string; readonly ref: string }
	| { readonly kind: 'foundTwice'; readonly words: string; readonly ref: string; readonly count: number }
	| { readonly kind: 'conflict'; readonly ref: string };

/** The outcome for one instruction. */
export interface InstructionResult {
	readonly instruction: Instruction;
	readonly applied: boolean;
	readonly problem?: Problem;
}

import { footnoteMissingText } from './footnote-missing-text';
import { footnoteNumbering } from './footnote-numbering';
import { footnotePlacement } from './footnote-placement';
import { footnoteUnused } from './footnote-unused';
import { operativeNumbering } from './operative-numbering';
import { paragraphReference } from './paragraph-reference';
import { subparagraphLabels } from './subparagraph-labels';
import type { Rule } from './types';

/**
 * Every rule, in the order their diagnostics are listed. A rule set (citations, lead phrases,
 * punctuation …) joins by adding its files here; ids are unique and are the settings keys.
 */
export const RULES: readonly Rule[] = [
	// Paragraph structure
	operativeNumbering,
	subparagraphLabels,
	paragraphReference,
	// Footnotes
	footnoteMissingText,
	footnoteUnused,
	footnoteNumbering,
	footnotePlacement,
];

export function ruleById(id: string): Rule | undefined {
	return RULES.find((r) => r.id === id);
}

import { citationBody } from './citation-body';
import { citationDateMismatch } from './citation-date-mismatch';
import { citationOrder } from './citation-order';
import { footnoteMissingText } from './footnote-missing-text';
import { footnoteNumbering } from './footnote-numbering';
import { footnotePlacement } from './footnote-placement';
import { footnoteUnused } from './footnote-unused';
import { operativeNumbering } from './operative-numbering';
import { paragraphReference } from './paragraph-reference';
import { subparagraphLabels } from './subparagraph-labels';
import type { Rule } from './types';
import { uncataloguedResolution } from './uncatalogued-resolution';
import { unknownResolution } from './unknown-resolution';
// Drafting rules (lead phrases, punctuation, organ line)
import { leadPhraseAgreement } from './lead-phrase-agreement';
import { operativePunctuation } from './operative-punctuation';
import { organLine } from './organ-line';
import { preambularPunctuation } from './preambular-punctuation';
import { repeatedLeadPhrase } from './repeated-lead-phrase';
import { rolloverReview } from './rollover-review';
import { unknownLeadPhrase } from './unknown-lead-phrase';

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
	// Citations (the catalogue comes in the context; without it only the calendar, the order and the bodies are checked)
	unknownResolution,
	uncataloguedResolution,
	citationDateMismatch,
	citationOrder,
	citationBody,
	// Drafting: organ line, lead phrases, punctuation
	organLine,
	unknownLeadPhrase,
	repeatedLeadPhrase,
	leadPhraseAgreement,
	preambularPunctuation,
	operativePunctuation,
	// Versions: a draft made from an earlier resolution
	rolloverReview,
];

export function ruleById(id: string): Rule | undefined {
	return RULES.find((r) => r.id === id);
}

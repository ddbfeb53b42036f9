/**
 * `65. Option 2: {No text required}`: a numbered paragraph that only names an option of a negotiation text and its
 * `{…}` label holds no sentence, so it has no ending to check (UNFCCC drafts number such options like paragraphs).
 */
const OPTION_ONLY = /^\s*(?:\d{1,3}\.\s+)?Option\s+(?:\d{1,2}[A-Z]?|[A-Z])\s*:?\s*\{[^{}\n]{0,80}\}\s*$/;

/** True when `text` (a paragraph, its number included or not) is an option head with its braces label and nothing else. */
export function isOptionPlaceholder(text: string): boolean {
	return text.length < 140 && OPTION_ONLY.test(text);
}

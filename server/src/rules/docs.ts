/**
 * Where each rule's page (`docs/rules/<id>.md`) is read: the repository's docs folder on its main branch.
 * Every diagnostic links there through `codeDescription.href`; change this one constant if the repository moves.
 */
export const RULE_DOCS_BASE = 'https://github.com/unres/unres/blob/main/docs/rules/';

/** The page of a rule: what it checks, why (with its Editorial Manual source), examples, options and fix. */
export function ruleDocUrl(id: string): string {
	return `${RULE_DOCS_BASE}${id}.md`;
}

// The drafts in the workspace the harness prepares (test/e2e/harness/workspace.mjs), and what is known about them.

export interface Draft {
	/** File name in the workspace folder. */
	readonly file: string;
	readonly lang: 'en' | 'fr' | 'es';
	readonly preambular: number;
	readonly operative: number;
	readonly footnotes: number;
	/** A line the editor shows for it. */
	readonly organLine: string;
}

/** GA resolution 75/10 in French, copied from ../shared/samples when that is present. */
export const REFERENCE: Draft = {
	file: 'A-RES-75-10.fr.unres.md',
	lang: 'fr',
	preambular: 21,
	operative: 16,
	footnotes: 7,
	organLine: "L'Assemblée générale,",
};

/** Copies of the reference with one deliberate fault each (see derivedDrafts in harness/workspace.mjs). */
export const MUTATED_REFERENCE = 'A-RES-75-10.fr.mutated.unres.md';

/** A draft whose operative numbering has a gap: paragraph `missing` was deleted, so `missing - 1` is followed by `missing + 1`. */
export interface GapDraft {
	readonly file: string;
	/** The draft it was made from. */
	readonly original: Draft;
	readonly missing: number;
	/** How the paragraph after the gap starts, with its (wrong) number. */
	readonly after: string;
	/** A reference to a paragraph after the gap, "paragraphe N ci-dessus", that renumbering must rewrite. */
	readonly reference?: string;
}

/** The reference with operative paragraph 5 deleted; paragraph 15 refers to "paragraphe 13 ci-dessus". */
export const REFERENCE_GAP: GapDraft = {
	file: 'A-RES-75-10.fr.gap.unres.md',
	original: REFERENCE,
	missing: 5,
	after: '6. *Réaffirme*',
	reference: 'paragraphe 13 ci-dessus',
};

/** The repository's own drafts (test/e2e/workspace/), always present. */
export const OWN_FRENCH: Draft = {
	file: 'projet-cooperation.fr.unres.md',
	lang: 'fr',
	preambular: 3,
	operative: 3,
	footnotes: 1,
	organLine: "L'Assemblée générale,",
};

export const OWN_ENGLISH: Draft = {
	file: 'draft-cooperation.en.unres',
	lang: 'en',
	preambular: 3,
	operative: 3,
	footnotes: 1,
	organLine: 'The General Assembly,',
};

/** A plain-text file the extension does not claim by its name. */
export const PLAIN_NOTES = 'notes.txt';

/** The French document the tests read: the reference when the harness could copy it, else the own French draft. */
export async function frenchDraft(exists: (file: string) => Promise<boolean>): Promise<Draft> {
	return (await exists(REFERENCE.file)) ? REFERENCE : OWN_FRENCH;
}

/** The own French draft with operative paragraph 2 (and its sub-paragraphs) deleted: the fallback without ../shared. */
export const OWN_GAP: GapDraft = {
	file: 'projet-cooperation.fr.gap.unres.md',
	original: OWN_FRENCH,
	missing: 2,
	after: '3. *Décide*',
};

/** The draft with a numbering gap: made from the reference when the harness could copy it, else from the own French draft. */
export async function gapDraft(exists: (file: string) => Promise<boolean>): Promise<GapDraft> {
	return (await exists(REFERENCE_GAP.file)) ? REFERENCE_GAP : OWN_GAP;
}

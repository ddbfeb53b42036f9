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

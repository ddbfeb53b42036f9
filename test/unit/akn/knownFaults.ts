/**
 * Disagreements and diagnostics the AKN4UN conformance sample meets (issue 17), each with its reason: a real
 * fault of the official text (`fault`), or a limit of unres listed as work left in the README (`unres`).
 * test/unit/akn/conformance.test.ts and `npm run conformance` read it.
 */
export interface KnownFault {
	/** Path inside the archives' tree, after the collection: `ga-resolutions/75session/English/75_274_F.xml`. */
	readonly file: string;
	/** `structure`: the draft's structure differs from the XML's; `diagnostic`: unres warns on the official text. */
	readonly kind: 'structure' | 'diagnostic';
	/** For diagnostics: the rules that fire. */
	readonly rules?: readonly string[];
	/** Whose fault: the official text's, or a limit of unres (work left). */
	readonly whose: 'fault' | 'unres';
	readonly reason: string;
}

const HRC_NOTE_1 = 'The Human Rights Council files number their notes from 2: note 1 of the printed text (on the masthead) is not in the XML, so the notes read 2, 3 … (footnote-numbering).';
const DATE_ONLY_CLOSING = 'Adopted without a meeting: the conclusions hold a date only, which unres does not take for a closing line, so the last operative paragraph reads as not the last (operative-punctuation).';
const NUMBER_WITHOUT_DOT = (n: number) => `Paragraph ${n}’s number is printed without its full stop (“${n} *…*”) in the XML’s text, so it is no paragraph number (operative-numbering).`;

export const KNOWN_FAULTS: readonly KnownFault[] = [
	// Structure
	{ file: 'ga-resolutions/76session/Spanish/A_RES_76_39-2118437S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2021-12-06 against the text’s 7 December 2020 (SOURCE.md: symbols with different FRBR dates per language).' },
	// Diagnostics
	{ file: 'ga-resolutions/75session/French/A_RES_75_316-2111345F.xml', kind: 'diagnostic', rules: ['preambular-punctuation'], whose: 'fault', reason: 'A preambular paragraph (“Réaffirmant que la création …”) ends without its comma in the XML.' },
	{ file: 'ga-resolutions/78session/Spanish/A_RES_78_156-2325896S.xml', kind: 'diagnostic', rules: ['preambular-punctuation'], whose: 'fault', reason: 'Two preambular paragraphs (“Observando …”, “Profundamente preocupada …”) end with a semicolon in the XML.' },
	{ file: 'ga-resolutions/78session/Spanish/A_RES_78_95-2324975S.xml', kind: 'diagnostic', rules: ['operative-punctuation', 'preambular-punctuation'], whose: 'fault', reason: 'Preambular paragraphs end with “;” and “.”, and operative paragraph 8 with “,” in the XML.' },
	{ file: 'ga-resolutions/77session/Spanish/A_RES_77_236-2229002S.xml', kind: 'diagnostic', rules: ['footnote-unused'], whose: 'fault', reason: 'Note 11 has no call in the text of the XML.' },
	{ file: 'ga-resolutions/75session/Spanish/75_228_S.xml', kind: 'diagnostic', rules: ['operative-numbering'], whose: 'fault', reason: NUMBER_WITHOUT_DOT(15) },
	{ file: 'ga-resolutions/79session/French/A_RES_79_161-2424154F.xml', kind: 'diagnostic', rules: ['operative-numbering'], whose: 'fault', reason: NUMBER_WITHOUT_DOT(24) },
	{ file: 'ecosoc-resolutions/2021/Spanish/E_RES_2021_4-2012077S.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'unres', reason: DATE_ONLY_CLOSING },
	{ file: 'ecosoc-resolutions/2021/French/E_RES_2021_20-2110314F.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'unres', reason: '“Recommande à l’Assemblée générale d’adopter le projet de résolution suivant :” then the draft: a resolution inside a resolution, which unres reads as one.' },
	{ file: 'ga-resolutions/79session/French/A_RES_79_161-2424154F.xml', kind: 'diagnostic', rules: ['citation-date-mismatch', 'operative-numbering'], whose: 'unres', reason: `${NUMBER_WITHOUT_DOT(24)} And “rappelant les résolutions 44/20 du 17 juillet 2020 …” (Council resolutions, the Council named earlier in the sentence): unres takes the bare numbers for the Assembly’s (44/20 of 1989), though the date of 2020 fits only the Council’s.` },
	{ file: 'hrc-resolutions/57session/French/A_HRC_RES_57_19F.xml', kind: 'diagnostic', rules: ['citation-date-mismatch'], whose: 'unres', reason: '“9/3 du 17 septembre 2008”: the catalogue dates Council resolution 9/3 24 September 2008; which is right is for the catalogue (asked on COORD.md).' },
];

/** A fault every file of a collection shares, checked on each file by `applies` rather than listed file by file. */
export interface KnownPattern {
	/** The collection folder, `hrc-resolutions/`. */
	readonly collection: string;
	readonly rule: string;
	readonly whose: 'fault' | 'unres';
	readonly reason: string;
	/** Whether the fault is there in this file (e.g. its first note is numbered 2). */
	readonly applies: (v: { readonly firstNote?: string }) => boolean;
}

export const KNOWN_PATTERNS: readonly KnownPattern[] = [
	{ collection: 'hrc-resolutions/', rule: 'footnote-numbering', whose: 'fault', reason: HRC_NOTE_1, applies: (v) => v.firstNote === '2' },
];

/** The rules a file's diagnostics may name without being a new fault: its own entry's and the collection's. */
export function explainedRules(v: { readonly file: string; readonly firstNote?: string }): Set<string> {
	const own = KNOWN_FAULTS.filter((k) => k.file === v.file && k.kind === 'diagnostic').flatMap((k) => k.rules ?? []);
	const shared = KNOWN_PATTERNS.filter((p) => v.file.startsWith(p.collection) && p.applies(v)).map((p) => p.rule);
	return new Set([...own, ...shared]);
}

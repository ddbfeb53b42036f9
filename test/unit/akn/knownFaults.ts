/**
 * Disagreements and diagnostics the AKN4UN conformance sample meets (issue 17), each with its reason: a real
 * fault of the official text (`fault`), or a limit of unres listed as work left in the README (`unres`).
 * test/unit/akn/conformance.test.ts and `npm run conformance` read it. Faults of the texts' punctuation, agreement and
 * numbering, checked against the XML file by file, are in knownTextFaults.ts.
 */
import { knownCitation } from './knownCitations';
import { TEXT_FAULTS, TEXT_LIMITS } from './knownTextFaults';

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
/** 17 Assembly and Council files (A/RES/74/33 in French: its note 1, “United Nations, Treaty Series, vol. 610”, is in the English and Spanish files). */
const NOTE_1_LOST = 'The XML’s notes start at 2: note 1 of the printed text (the same note 1 as in the other languages’ files) is not in it, so the notes read 2, 3 … (footnote-numbering).';
const NUMBER_WITHOUT_DOT = (n: number) => `Paragraph ${n}’s number is printed without its full stop (“${n} *…*”) in the XML’s text, so it is no paragraph number (operative-numbering).`;

export const KNOWN_FAULTS: readonly KnownFault[] = [
	// Structure
	// Faults of the XML found by the whole run (`npm run conformance`): dates, titles, symbols, language folders,
	// well-formedness, order — each checked by hand on a few files, the pattern then listed.
	{ file: 'ga-resolutions/74session/French/74_19_F.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2019-12-10 against the closing line’s 2019-12-11.' },
	{ file: 'ga-resolutions/74session/Spanish/74_115_S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2020-01-24 against the closing line’s 2019-12-16.' },
	{ file: 'ga-resolutions/74session/Spanish/74_270_S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2020-04-02 against the closing line’s 2020-04-03.' },
	{ file: 'ga-resolutions/75session/French/75_220_F.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2020-12-30 against the closing line’s 2020-12-21.' },
	{ file: 'ga-resolutions/75session/Spanish/75_251_B_S.xml', kind: 'structure', whose: 'fault', reason: 'The XML is not well-formed (Opening and ending tag mismatch: "inline" != "p"), so it cannot be read.' },
	{ file: 'ga-resolutions/75session/Spanish/75_321_S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2021-09-02 against the closing line’s 2021-02-09.' },
	{ file: 'ga-resolutions/75session/Spanish/A_RES_75_297_C.xml', kind: 'structure', whose: 'fault', reason: 'A file in the wrong language folder (FRBRlanguage zh; SOURCE.md, known errors): compared as its own language, not the folder’s.' },
	{ file: 'ga-resolutions/76session/English/A_RES_76_254-2203841E.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2022-03-17 against the closing line’s 2022-03-15.' },
	{ file: 'ga-resolutions/76session/French/A_RES_76_294-2210762F.xml', kind: 'structure', whose: 'fault', reason: 'No resolutionTitle in the XML (SOURCE.md, known errors).' },
	{ file: 'ga-resolutions/76session/French/A_RES_76_246-2119713F.xml', kind: 'structure', whose: 'fault', reason: 'The four italic sub-headings of sections II and V (“Résolution 75/282 sur …”, “Résolution 75/291 sur …”, “Résolution 2021/18 sur …”, “Résolution 2021/31 sur …”) are marked up as preambular paragraphs (<crossHeading refersTo="#preamble">), where the English and Spanish files mark the same lines as <subheading>: 4 preambular paragraphs too many.' },
	{ file: 'ga-resolutions/76session/Spanish/A_RES_76_39-2118437S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2021-12-06 against the closing line’s 2020-12-07.' },
	{ file: 'ga-resolutions/76session/Spanish/A_RES_76_43-2118441S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2021-12-06 against the closing line’s 2020-12-06.' },
	{ file: 'ga-resolutions/76session/Spanish/A_RES_76_44-2118442S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2021-12-06 against the closing line’s 2020-12-06.' },
	{ file: 'ga-resolutions/76session/Spanish/A_RES_ES-11_4_2223239S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2022-10-12 against the closing line’s 2022-04-07.' },
	{ file: 'ga-resolutions/77session/Spanish/A_RES_77_1-2223391S.xml', kind: 'structure', whose: 'fault', reason: 'No resolutionTitle in the XML (SOURCE.md, known errors).' },
	{ file: 'ga-resolutions/77session/Spanish/A_RES_77_104-2228250S.xml', kind: 'structure', whose: 'fault', reason: 'The XML is not well-formed (Opening and ending tag mismatch: "doc" != "statement"), so it cannot be read.' },
	{ file: 'ga-resolutions/77session/Spanish/A_RES_77_18-2226540S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2022-11-10 against the closing line’s 2022-11-21.' },
	{ file: 'ga-resolutions/77session/Spanish/A_RES_77_305_2312995S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2023-07-07 against the closing line’s 2023-06-30.' },
	{ file: 'ga-resolutions/77session/Spanish/A_RES_77_81-2228184S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2022-12-07 against the closing line’s 2012-12-07.' },
	{ file: 'ga-resolutions/78session/French/A_RES_78_4_F.xml', kind: 'structure', whose: 'fault', reason: 'The XML’s symbol and the number before its title differ (A/RES/78/3 / A/RES/78/4).' },
	{ file: 'ga-resolutions/78session/French/A_RES_78_60-2324472F.xml', kind: 'structure', whose: 'fault', reason: 'The XML’s symbol and the number before its title differ (A/RES/78/60 / A/RES/78/6).' },
	{ file: 'ga-resolutions/79session/French/A_RES_79_285-2506950F.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2025-05-02 against the closing line’s 2025-04-29.' },
	{ file: 'ga-resolutions/79session/French/A_RES_79_287-2506953F.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2025-05-02 against the closing line’s 2025-04-29.' },
	{ file: 'ga-resolutions/79session/Spanish/A_RES_79_237-2424615S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2024-12-24 against the closing line’s 2021-12-24.' },
	{ file: 'ga-resolutions/79session/Spanish/A_RES_79_300-2510814S.xml', kind: 'structure', whose: 'fault', reason: 'No resolutionTitle in the XML (SOURCE.md, known errors).' },
	{ file: 'ga-resolutions/80session/Spanish/A_RES_80_55-2520003S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2025-12-05 against the closing line’s 2025-12-01.' },
	{ file: 'ga-resolutions/Emergency sessions/ES-11/Spanish/A_RES_ES-11_4_2223239S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2022-10-12 against the closing line’s 2022-04-07.' },
	{ file: 'ecosoc-resolutions/2021/English/E_RES_2021_13-2107777E.xml', kind: 'structure', whose: 'fault', reason: 'The preambular paragraph “Noting with satisfaction:” of part B has no points after it in the XML (its points are nowhere in the file): a paragraph ending with a colon that nothing completes reads as part B’s first operative paragraph, not as the start of its preamble.' },
	{ file: 'ecosoc-resolutions/2021/French/E_RES_2021_13-2107777F.xml', kind: 'structure', whose: 'fault', reason: 'The preambular paragraph “Noting with satisfaction:” of part B has no points after it in the XML (its points are nowhere in the file): a paragraph ending with a colon that nothing completes reads as part B’s first operative paragraph, not as the start of its preamble.' },
	{ file: 'ecosoc-resolutions/2021/Spanish/E_RES_2021_13-2107777S.xml', kind: 'structure', whose: 'fault', reason: 'The preambular paragraph “Noting with satisfaction:” of part B has no points after it in the XML (its points are nowhere in the file): a paragraph ending with a colon that nothing completes reads as part B’s first operative paragraph, not as the start of its preamble.' },
	{ file: 'ecosoc-resolutions/2021/Spanish/E_RES_2021_15-2107814S.xml', kind: 'structure', whose: 'fault', reason: 'No resolutionTitle in the XML (SOURCE.md, known errors).' },
	{ file: 'ecosoc-resolutions/2024/Spanish/E_RES_2024_1-2315461S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2023-07-07 against the closing line’s 2023-07-27.' },
	{ file: 'hrc-resolutions/55session/French/A_HRC_RES_55_1F.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2024-04-04 against the closing line’s 2024-04-03.' },
	{ file: 'hrc-resolutions/55session/French/A_HRC_RES_55_6F.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2024-04-05 against the closing line’s 2024-04-03.' },
	{ file: 'hrc-resolutions/55session/Spanish/A_HRC_RES_55_31S.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2024-04-12 against the closing line’s 2024-04-05.' },
	{ file: 'hrc-resolutions/57session/English/A_HRC_RES_57_18R.xml', kind: 'structure', whose: 'fault', reason: 'A file in the wrong language folder (FRBRlanguage ru; SOURCE.md, known errors): compared as its own language, not the folder’s.' },
	{ file: 'hrc-resolutions/59session/French/A_HRC_RES_59_10_F.xml', kind: 'structure', whose: 'fault', reason: 'FRBR adoption date 2015-07-07 against the closing line’s 2025-07-07.' },
	{ file: 'ga-resolutions/77session/Spanish/A_RES_77_317-2314926S.xml', kind: 'structure', whose: 'fault', reason: 'Paragraph 1 has no <num>: its number is written “1 ” without its full stop at the start of the text, so it reads as a preambular paragraph.' },
	{ file: 'ga-resolutions/78session/Spanish/A_RES_78_76-2324928S.xml', kind: 'structure', whose: 'fault', reason: 'Paragraph 1 has no <num>: its number is written “1 ” without its full stop at the start of the text (“1 Encomia …”), so it reads as a preambular paragraph.' },
	{ file: 'ga-resolutions/80session/Spanish/A_RES_80_80-2520080S.xml', kind: 'structure', whose: 'fault', reason: 'Paragraph 1 has no <num>: its number is written “1 ” without its full stop at the start of the text (“1 Encomia …”), so it reads as a preambular paragraph.' },
	{ file: 'ga-resolutions/80session/English/A_RES_80_243-2521248E.xml', kind: 'structure', whose: 'fault', reason: 'The preambular paragraph of section XVII (“Recalling its resolution 79/258 A;”) ends with “;” in the XML where the French and Spanish files end it with “,”: unres reads it as the section’s first operative paragraph (preambular 35 ≠ 34, operative 181 ≠ 182).' },
	{ file: 'ga-resolutions/76session/English/A_RES_76_256-2204678E.xml', kind: 'structure', whose: 'fault', reason: 'Paragraph 1 (“Decides to designate 12 May …”) is numbered “l.” (the letter l, not the digit 1) in the XML’s <num>, paragraph 2 follows: read as a sub-paragraph “l.” of the last preambular paragraph.' },
	// Diagnostics
	{ file: 'ga-resolutions/75session/French/A_RES_75_316-2111345F.xml', kind: 'diagnostic', rules: ['preambular-punctuation'], whose: 'fault', reason: 'A preambular paragraph (“Réaffirmant que la création …”) ends without its comma in the XML.' },
	{ file: 'ga-resolutions/78session/Spanish/A_RES_78_156-2325896S.xml', kind: 'diagnostic', rules: ['preambular-punctuation'], whose: 'fault', reason: 'Two preambular paragraphs (“Observando …”, “Profundamente preocupada …”) end with a semicolon in the XML.' },
	{ file: 'ga-resolutions/78session/Spanish/A_RES_78_95-2324975S.xml', kind: 'diagnostic', rules: ['operative-punctuation', 'preambular-punctuation'], whose: 'fault', reason: 'Preambular paragraphs end with “;” and “.”, and operative paragraph 8 with “,” in the XML.' },
	{ file: 'ga-resolutions/75session/Spanish/75_228_S.xml', kind: 'diagnostic', rules: ['operative-numbering'], whose: 'fault', reason: NUMBER_WITHOUT_DOT(15) },
	{ file: 'ga-resolutions/79session/French/A_RES_79_161-2424154F.xml', kind: 'diagnostic', rules: ['operative-numbering'], whose: 'fault', reason: NUMBER_WITHOUT_DOT(24) },
	{ file: 'ecosoc-resolutions/2021/French/E_RES_2021_20-2110314F.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'unres', reason: '“Recommande à l’Assemblée générale d’adopter le projet de résolution suivant :” then the draft: a resolution inside a resolution, which unres reads as one.' },
	{ file: 'ga-resolutions/74session/Spanish/74_306_S.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'fault', reason: 'The meeting line reads “6aͣ sesión plenaria” (a combining ‘a’ after a cut number; the XML’s title attribute says 64a): no meeting line, so the date below it reads as a last paragraph without its full stop (operative-punctuation).' },
	{ file: 'ga-resolutions/76session/English/A_RES_76_242-2119707E.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'fault', reason: 'The meeting line reads “54th resumed plenary meeting”, where the Assembly’s texts write “54th (resumed) plenary meeting”: unres does not read it as the closing line, so the date below it reads as a last paragraph (operative-punctuation).' },
	{ file: 'ga-resolutions/80session/Spanish/A_RES_80_55-2520003S.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'fault', reason: 'No <conclusions>: the date “s1 de diciembre de 2025” (a stray ‘s’) stands in the body as a paragraph without its full stop (operative-punctuation).' },
	{ file: 'hrc-resolutions/55session/French/A_HRC_RES_55_1F.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'fault', reason: 'The meeting line reads “53e réunion” where the Council’s French texts write “53e séance”: no meeting line for unres, so the date below it reads as a last paragraph (operative-punctuation).' },
	{ file: 'hrc-resolutions/55session/French/A_HRC_RES_55_6F.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'fault', reason: 'The meeting line reads “53e réunion” where the Council’s French texts write “53e séance”: no meeting line for unres, so the date below it reads as a last paragraph (operative-punctuation).' },
	{ file: 'hrc-resolutions/55session/Spanish/A_HRC_RES_55_31S.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'fault', reason: 'The meeting line reads “56º período de sesiones” (a session, not the meeting): no meeting line, so the date below it reads as a last paragraph (operative-punctuation).' },
	{ file: 'hrc-resolutions/56session/Spanish/A_HRC_RES_56_10S.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'fault', reason: 'The meeting line reads “35ª reunión” where the Council’s Spanish texts write “35ª sesión”: no meeting line for unres, so the date below it reads as a last paragraph (operative-punctuation).' },
	{ file: 'ga-resolutions/77session/Spanish/A_RES_77_317-2314926S.xml', kind: 'diagnostic', rules: ['operative-numbering', 'preambular-punctuation'], whose: 'fault', reason: 'Paragraph 1 has no number in the XML (the structure fault above), so the numbered paragraphs start at 2 (operative-numbering). Read as a preambular paragraph, paragraph 1 then ends with the operative “;” (preambular-punctuation).' },
	{ file: 'ga-resolutions/78session/Spanish/A_RES_78_76-2324928S.xml', kind: 'diagnostic', rules: ['operative-numbering', 'preambular-punctuation'], whose: 'fault', reason: 'Paragraph 1 has no number in the XML (the structure fault above), so the numbered paragraphs start at 2 (operative-numbering). Read as a preambular paragraph, paragraph 1 then ends with the operative “;” (preambular-punctuation).' },
	{ file: 'ga-resolutions/80session/Spanish/A_RES_80_80-2520080S.xml', kind: 'diagnostic', rules: ['operative-numbering', 'preambular-punctuation'], whose: 'fault', reason: 'Paragraph 1 has no number in the XML (the structure fault above), so the numbered paragraphs start at 2 (operative-numbering). Read as a preambular paragraph, paragraph 1 then ends with the operative “;” (preambular-punctuation).' },
	{ file: 'ga-resolutions/76session/English/A_RES_76_256-2204678E.xml', kind: 'diagnostic', rules: ['operative-numbering', 'preambular-punctuation', 'subparagraph-labels'], whose: 'fault', reason: 'Paragraph 1 is numbered “l.” (a letter) in the XML (the structure fault above): the numbered paragraphs start at 2 (operative-numbering), “l.” reads as a sub-paragraph of the last preambular paragraph, a list starting at l. (subparagraph-labels), with its operative “;” and a paragraph before it without its colon (preambular-punctuation).' },
	{ file: 'ga-resolutions/75session/Spanish/A_RES_75_297_C.xml', kind: 'diagnostic', rules: ['operative-numbering'], whose: 'unres', reason: 'A Chinese text in the Spanish folder (the structure fault above): unres reads the numbers of Chinese paragraphs only in part (operative-numbering).' },
	{ file: 'ga-resolutions/76session/English/A_RES_76_1_E.xml', kind: 'diagnostic', rules: ['organ-line'], whose: 'fault', reason: 'The organ line has no comma in the XML (“The General Assembly” then “Adopts the following political declaration …”) (organ-line).' },
	{ file: 'ga-resolutions/76session/French/A_RES_76_1_F.xml', kind: 'diagnostic', rules: ['organ-line'], whose: 'fault', reason: 'The organ line has no comma in the XML (“The General Assembly” then “Adopts the following political declaration …”) (organ-line).' },
	{ file: 'ga-resolutions/76session/Spanish/A_RES_76_1_S.xml', kind: 'diagnostic', rules: ['organ-line'], whose: 'fault', reason: 'The organ line has no comma in the XML (“The General Assembly” then “Adopts the following political declaration …”) (organ-line).' },
	{ file: 'ga-resolutions/78session/English/A_RES_78_253-2326236E.xml', kind: 'diagnostic', rules: ['organ-line'], whose: 'unres', reason: 'Sections come before any preamble: the XML’s formula keeps its comma (“The General Assembly,”), which the import leaves out when no preamble follows, so that a lone paragraph after it stays operative (organ-line).' },
	{ file: 'ga-resolutions/78session/English/A_RES_78_223-2325990E.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'fault', reason: 'Point (d) of paragraph 12, the last workshop (“… in crime prevention and criminal justice.”), ends with “.” in the XML where the French file ends it with “;” (operative-punctuation).' },
	{ file: 'ga-resolutions/78session/Spanish/A_RES_78_223-2325990S.xml', kind: 'diagnostic', rules: ['operative-punctuation'], whose: 'fault', reason: 'Point d) of paragraph 12, the last workshop (“… en la prevención del delito y la justicia penal.”), ends with “.” in the XML where the French file ends it with “;” (operative-punctuation).' },
	{ file: 'ga-resolutions/77session/Spanish/A_RES_77_256 A-B-2300172S.xml', kind: 'diagnostic', rules: ['preambular-punctuation'], whose: 'fault', reason: 'The last preambular paragraph of B (“Reconociendo los desafíos financieros mundiales … de la Comisión;”) ends with “;” in the XML where the English and French files end it with “,” (preambular-punctuation).' },
	{ file: 'ga-resolutions/79session/Spanish/A_RES_79_258-2424700S.xml', kind: 'diagnostic', rules: ['preambular-punctuation'], whose: 'fault', reason: 'The preambular paragraph of section XII (“Habiendo examinado el tercer informe anual … de la Comisión Consultiva.”) ends with “.” in the XML where the English file ends it with “,” (preambular-punctuation).' },
	{ file: 'ga-resolutions/75session/French/75_245_F.xml', kind: 'diagnostic', rules: ['preambular-punctuation'], whose: 'fault', reason: 'The preambular paragraphs of sections A and B (“Rappelant sa résolution 44/198 … ;”, “Rappelant la section I.B de sa résolution 51/216 … ;”) end with “;” in the XML where the English file ends them with “,” (preambular-punctuation).' },
	{ file: 'ga-resolutions/75session/English/75_253_E.xml', kind: 'diagnostic', rules: ['preambular-punctuation'], whose: 'fault', reason: 'The preambular paragraph of section XVII (“Recalling its resolution 75/252 … for 2021;”) ends with “;” in the XML where the French and Spanish files end it with “,” (preambular-punctuation).' },
	{ file: 'ga-resolutions/75session/French/75_253_F.xml', kind: 'diagnostic', rules: ['operative-numbering'], whose: 'fault', reason: NUMBER_WITHOUT_DOT(9) },
	...TEXT_FAULTS,
	...TEXT_LIMITS,
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
	{ collection: 'ga-resolutions/', rule: 'footnote-numbering', whose: 'fault', reason: NOTE_1_LOST, applies: (v) => v.firstNote === '2' },
	{ collection: 'ecosoc-resolutions/', rule: 'footnote-numbering', whose: 'fault', reason: NOTE_1_LOST, applies: (v) => v.firstNote === '2' },
];

/** The rules a file's diagnostics may name without being a new fault: its own entry's and the collection's. */
export function explainedRules(v: { readonly file: string; readonly firstNote?: string }): Set<string> {
	const own = KNOWN_FAULTS.filter((k) => k.file === v.file && k.kind === 'diagnostic').flatMap((k) => k.rules ?? []);
	const shared = KNOWN_PATTERNS.filter((p) => v.file.startsWith(p.collection) && p.applies(v)).map((p) => p.rule);
	return new Set([...own, ...shared]);
}

/** The diagnostics of a file that nothing listed explains: its own entries, its collection's patterns, knownCitations.ts. */
export function unexplained<D extends { readonly rule: string; readonly message?: string }>(v: { readonly file: string; readonly firstNote?: string; readonly diagnostics: readonly D[] }): D[] {
	const rules = explainedRules(v);
	return v.diagnostics.filter((d) => !rules.has(d.rule) && !knownCitation(d));
}

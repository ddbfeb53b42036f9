/**
 * Citations the official AKN4UN texts write wrongly (issue 17): a wrong date, a mistyped number. Unlike a file's entry
 * in knownFaults.ts, one entry explains the diagnostic in every file that cites the text so (the same paragraph is
 * copied from year to year, and the French and Spanish texts follow the English). An entry is the diagnostic's
 * English message, which names the cited text, the catalogue's date and the date written; the catalogue's dates
 * and their sources are scripts/build-catalog.ts's (`dateSource`), each checked here against ../shared/data/raw.
 */
export interface KnownCitation {
	readonly rule: string;
	/** The diagnostic's message in English, whatever the file's language. */
	readonly message: string;
	/** `fault`: the official text is wrong; `unres`: unres misreads it (work left). */
	readonly whose: 'fault' | 'unres';
	readonly reason: string;
}

const TEXT = 'The cited resolution’s own official text (its closing line in the XML) gives the catalogue’s date: the citing text’s date is wrong.';
const UNDL = 'The UN Digital Library vote record (meeting and date) gives the catalogue’s date: the citing text’s date is wrong.';
const UNDL_7 = `${UNDL} mined-from-texts/SOURCE.md lists this one as a citation typo of the texts; the French texts say 15 June.`;
const OHCHR = 'The OHCHR voting record of the Council (meeting and date, ohchr-voting-lszoszk) gives the catalogue’s date: the citing text’s date is wrong.';
const HRC9 = 'The OHCHR voting record dates all 19 resolutions of the Council’s ninth session 24 September 2008 (22nd and 23rd meetings); the texts date 9/3 17 September and 9/14 18 September though both were adopted at the 22nd meeting. No other source in ../shared: the record is kept.';
const MEETINGS = 'The Security Council meetings tables (unsc-meetings-tables-intreleng) give the catalogue’s date: the citing text’s date is wrong.';

export const KNOWN_CITATIONS: readonly KnownCitation[] = [
	{ rule: 'citation-date-mismatch', message: 'Economic and Social Council resolution 2017/9 was adopted on 7 June 2017, not on 6 July 2017', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Economic and Social Council resolution 2019/19 was adopted on 23 July 2019, not on 24 May 2019', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Economic and Social Council resolution 2020/15 was adopted on 17 July 2020, not on 27 July 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Economic and Social Council resolution 2021/11 was adopted on 8 June 2021, not on 24 July 2018', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Economic and Social Council resolution 2022/19 was adopted on 22 July 2022, not on 22 July 2021', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 69/245 was adopted on 29 December 2014, not on 28 December 2014', whose: 'fault', reason: UNDL },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 70/280 was adopted on 17 June 2016, not on 15 June 2016', whose: 'fault', reason: UNDL },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 72/102 was adopted on 7 December 2017, not on 7 December 2917', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 73/143 was adopted on 17 December 2018, not on 16 September 2019', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 73/244 was adopted on 20 December 2018, not on 25 September 2018', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 73/297 was adopted on 28 May 2019, not on 28 April 2019', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 74/270 was adopted on 2 April 2020, not on 4 April 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 75/161 was adopted on 16 December 2020, not on 23 December 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 75/192 was adopted on 16 December 2020, not on 15 December 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 75/235 was adopted on 21 December 2020, not on 30 December 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 76/114 was adopted on 9 December 2021, not on 15 December 2021', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 76/126 was adopted on 10 December 2021, not on 10 December 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 77/101 was adopted on 7 December 2022, not on 7 December 2001', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 77/231 was adopted on 15 December 2022, not on 1 August 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 77/270 was adopted on 20 February 2023, not on 24 February 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 77/28 was adopted on 6 December 2022, not on 16 December 2022', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 77/289 was adopted on 18 May 2023, not on 22 June 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/163 was adopted on 19 December 2023, not on 21 December 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/167 was adopted on 19 December 2023, not on 19 December 2024', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/205 was adopted on 19 December 2023, not on 22 December 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/217 was adopted on 19 December 2023, not on 22 December 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/257 was adopted on 22 December 2023, not on 23 December 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/289 was adopted on 19 June 2024, not on 24 June 2024', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/68 was adopted on 5 December 2023, not on 9 December 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 79/199 was adopted on 19 December 2024, not on 23 December 2024', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 79/218 was adopted on 19 December 2024, not on 23 December 2024', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 79/247 was adopted on 24 December 2024, not on 22 December 2024', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 15/26 was adopted on 1 October 2010, not on 1 October 2020', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 45/30 was adopted on 7 October 2020, not on 13 October 2020', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 48/9 was adopted on 8 October 2021, not on 29 September 2021', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 53/28 was adopted on 14 July 2023, not on 4 April 2023', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 54/21 was adopted on 12 October 2023, not on 16 October 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 60/16 was adopted on 7 October 2025, not on 10 October 2024', whose: 'fault', reason: OHCHR },
	{ rule: 'unknown-resolution', message: 'General Assembly resolution 178/145 cannot exist yet: session 178 of the General Assembly opens in September 2123', whose: 'fault', reason: '“178/145” for 78/145 (a stray 1) in the XML.' },
	{ rule: 'unknown-resolution', message: 'General Assembly resolution 74/2639 does not exist: the General Assembly’s resolutions of session 74 run from 74/1 to 74/307', whose: 'fault', reason: '“74/2639” for 74/263 followed by the call of note 9, printed as one number in the XML.' },
	{ rule: 'unknown-resolution', message: 'General Assembly resolution 78/1721 does not exist: the General Assembly’s resolutions of session 78 run from 78/1 to 78/331', whose: 'fault', reason: '“78/1721” for 78/172 with a stray 1 in the XML.' },
	{ rule: 'unknown-resolution', message: 'Security Council resolution 2256 was adopted in 2015: “2256 (2020)” gives the year 2020', whose: 'fault', reason: '“2256 (2020) du 18 décembre 2020” for 2556 (2020), adopted that day: digits swapped in the XML.' },
	{ rule: 'citation-date-mismatch', message: 'Economic and Social Council resolution 2021/4 was adopted on 14 September 2020, not on 14 September 2019', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 68/3 was adopted on 23 September 2013, not on 23 December 2013', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 73/130 was adopted on 13 December 2018, not on 24 December 2018', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 74/175 was adopted on 18 December 2019, not on 18 January 2019', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 74/280 was adopted on 30 June 2020, not on 3 July 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 77/266 was adopted on 30 December 2022, not on 7 June 2022', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 77/298 was adopted on 22 June 2023, not on 30 June 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 79/8 was adopted on 12 November 2024, not on 19 May 2023', whose: 'unres', reason: 'ESCAP resolution 79/8 (“by the Economic and Social Commission for Asia and the Pacific at its seventy-ninth session, of resolution 79/8”): the commission is named too far before the number for unres to see it.' },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 12/16 was adopted on 2 October 2009, not on 12 October 2009', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 15/15 was adopted on 30 September 2010, not on 24 September 2010', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 18/28 was adopted on 30 September 2011, not on 17 October 2011', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 31/3 was adopted on 23 March 2016, not on 20 April 2016', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 35/34 was adopted on 23 June 2017, not on 24 June 2017', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 54/13 was adopted on 11 October 2023, not on 13 October 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 9/14 was adopted on 24 September 2008, not on 18 September 2008', whose: 'fault', reason: HRC9 },
	{ rule: 'citation-date-mismatch', message: 'General Assembly decision 75/561 was adopted on 16 April 2021, not on 16 April 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 68/32 was adopted on 5 December 2013, not on 10 December 2013', whose: 'fault', reason: UNDL },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 74/262 was adopted on 27 December 2019, not on 14 January 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 75/313 was adopted on 29 July 2021, not on 20 July 2021', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 76/253 was adopted on 15 March 2022, not on 17 March 2022', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/145 was adopted on 19 December 2023, not on 21 December 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/31 was adopted on 4 December 2023, not on 6 December 2023', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 78/69 was adopted on 5 December 2023, not on 5 December 2024', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 79/40 was adopted on 2 December 2024, not on 7 December 2024', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 38/6 was adopted on 5 July 2018, not on 2 July 2018', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 43/17 was adopted on 22 June 2020, not on 22 June 2022', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 51/29 was adopted on 7 October 2022, not on 3 October 2022', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 53/24 was adopted on 13 July 2023, not on 21 July 2023', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'Security Council resolution 2525 (2020) was adopted on 4 June 2020, not on 3 June 2020', whose: 'fault', reason: MEETINGS },
	{ rule: 'citation-date-mismatch', message: 'Security Council resolution 2709 (2023) was adopted on 15 November 2023, not on 14 November 2023', whose: 'fault', reason: UNDL },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 74/306 was adopted on 11 September 2020, not on 15 September 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 75/168 was adopted on 16 December 2020, not on 23 December 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 9/3 was adopted on 24 September 2008, not on 17 September 2008', whose: 'fault', reason: HRC9 },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 75/311 was adopted on 23 July 2021, not on 31 July 2021', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 76/290 was adopted on 29 June 2022, not on 19 June 2022', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'Human Rights Council resolution 26/20 was adopted on 26 June 2014, not on 27 June 2014', whose: 'fault', reason: OHCHR },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 74/45 was adopted on 12 December 2019, not on 19 December 2019', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 74/54 was adopted on 12 December 2019, not on 19 December 2019', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 75/45 was adopted on 7 December 2020, not on 17 December 2020', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 77/186 was adopted on 14 December 2022, not on 22 December 2022', whose: 'fault', reason: TEXT },
	{ rule: 'citation-date-mismatch', message: 'General Assembly resolution 70/280 was adopted on 17 June 2016, not on 15 July 2016', whose: 'fault', reason: UNDL_7 },
];

/** Whether a diagnostic (with its English message) is a listed citation fault. */
export function knownCitation(d: { readonly rule: string; readonly message?: string }): KnownCitation | undefined {
	return d.message === undefined ? undefined : KNOWN_CITATIONS.find((k) => k.rule === d.rule && k.message === d.message);
}

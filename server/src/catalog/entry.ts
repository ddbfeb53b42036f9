/** What the catalogue knows about one resolution or decision. */
import type { ResolutionSymbol } from './symbols';

/** How a text was adopted. Tallies are present when the source gives them. */
export interface Vote {
	/**
	 * `recorded`: a recorded vote with its tally; `withoutVote`: adopted without a vote (by consensus);
	 * `nonRecorded`: adopted by a vote whose tally the record does not give; `unanimous`: adopted unanimously.
	 */
	readonly kind: 'recorded' | 'withoutVote' | 'nonRecorded' | 'unanimous';
	readonly yes?: number;
	readonly no?: number;
	readonly abstain?: number;
	readonly nonVoting?: number;
}

/**
 * Where the date of adoption comes from, best first: the resolution's own text, the UN meetings tables (SC),
 * vote records (UN Digital Library, OHCHR), dated citations in later texts; or a user's catalogue file.
 */
export type DateSource = 'text' | 'meetings' | 'votes' | 'citations' | 'user';

export interface CatalogEntry extends ResolutionSymbol {
	/** The symbol as printed: the key, with the year for the SC (`S/RES/2178 (2014)`). */
	readonly symbol: string;
	/** The part this record describes (`B` of `A/RES/57/270B`), for a part's own record. */
	readonly part?: string;
	/** ISO `YYYY-MM-DD`. For a resolution in parts, the earliest part's date. */
	readonly date?: string;
	readonly dateSource?: DateSource;
	/** English title. For the SC, which gives its resolutions no titles, the UN Digital Library's subject line. */
	readonly title?: string;
	/** French and Spanish titles, present only where known and different from the English one. */
	readonly titleFr?: string;
	readonly titleEs?: string;
	readonly vote?: Vote;
	/** Meeting record symbol (`A/73/PV.56`, `S/PV.7272`) or description (`10th meeting`). */
	readonly meeting?: string;
	/** Draft the text was adopted from (`A/75/L.20`). */
	readonly draft?: string;
	/** Main Committee report it was adopted on (`A/73/590`). */
	readonly committeeReport?: string;
	/** Agenda item: number and title (`109 Crime prevention and criminal justice`). SC: the meeting's agenda item. */
	readonly agendaItem?: string;
	/** UN Digital Library record of the document. */
	readonly undlId?: number;
	/** UN Digital Library "Voting Data" record. */
	readonly undlVoteId?: number;
	/** OHCHR search library record (Human Rights Council). */
	readonly ohchrId?: number;
	/**
	 * Known to exist only because the numbering of a complete session (or of the SC) runs through it:
	 * the catalogue has no details.
	 */
	readonly stub?: boolean;
}

/** The title in `lang` when the catalogue has it, else undefined (the English title is `title`). */
export function titleIn(e: CatalogEntry, lang: string): string | undefined {
	return lang === 'fr' ? e.titleFr : lang === 'es' ? e.titleEs : e.title;
}

/**
 * Real faults of the official AKN4UN texts that the conformance suite meets (issue 17): each file, what is wrong
 * with it and why it is the text's fault, not unres's. The conformance test and `npm run conformance` read it.
 */
export interface KnownFault {
	/** Path inside the archives' tree: `ga-resolutions/75session/English/75_274_F.xml`. */
	readonly file: string;
	readonly reason: string;
}

export const KNOWN_FAULTS: readonly KnownFault[] = [];

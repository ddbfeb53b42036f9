import type { Body, Citation } from '../model/document';

/**
 * Readings of a cited number that depend on its period and its context (issue 19 item 6).
 *
 * `session/number` is the General Assembly's numbering only from its 31st session (1976): before it, the Assembly
 * numbered `2625 (XXV)`. An unnamed `14/221` is therefore no GA resolution (it was one of the League of Arab
 * States'); named as the Assembly's, it stays, and the unknown-resolution rule says it is malformed. Special and
 * emergency special sessions (`S-10/2`, `ES-10/24`) were always numbered `session/number`.
 */
export const FIRST_SLASH_SESSION = 31;

export function neverGaNumber(c: Citation, named: Body | undefined, own: boolean, documentBody: Body | undefined): boolean {
	return c.body !== 'SC' && c.body !== 'ECOSOC' && c.session !== undefined && c.sessionKind === 'regular' && c.session < FIRST_SLASH_SESSION
		&& !c.text.includes('(') && named === undefined && !own && documentBody !== 'HRC';
}

/**
 * A bare number (`resolution 1493 of 28 July 2003`) is a Security Council resolution where the context says so
 * (`Security Council resolution 1493`, `du Conseil de sécurité`, `its resolution 1493` in a Council text) or where a
 * date since 1946 gives its year; otherwise it is not read. The year comes from the date, when there is one.
 */
export function bareSecurityCouncil(c: Citation, named: Body | undefined, own: boolean, documentBody: Body | undefined, now: number): Citation | undefined {
	if (c.kind !== 'resolution') {
		return undefined;
	}
	const year = c.date ? Number(c.date.value.slice(0, 4)) : undefined;
	const dated = year !== undefined && year >= 1946 && year <= now;
	const sc = named === 'SC' || (own && documentBody === 'SC');
	// `its resolution 1493 of …` in an Assembly text: the Assembly never numbered so; nothing is read.
	if (!(sc || (dated && named === undefined && !own))) {
		return undefined;
	}
	return { ...c, body: 'SC', ...(dated ? { year } : {}) };
}

/**
 * Whether a written date can date a text of regular session `n` of the Assembly (it opens in September 1945 + n and
 * closes before the next one) or of the Human Rights Council (three sessions a year since June 2006).
 */
export function dateFitsSession(body: 'GA' | 'HRC', n: number, iso: string): boolean {
	if (body === 'GA') {
		return iso >= `${1945 + n}-09-01` && iso <= `${1946 + n}-09-30`;
	}
	const year = Number(iso.slice(0, 4));
	const first = 2006 + Math.floor((n - 1) / 3);
	return year >= first && year <= first + 1;
}

/**
 * `resolutions 42/3 of 26 September 2019, 39/2 of 27 September 2018` where the Council is named earlier in the
 * sentence, or `sa résolution 65/281 du 17 juin 2011` after the Council is named: a dated `n/m` that no body names
 * right beside it belongs to the Assembly or the Council whose session fits its date. Undefined when the date
 * fits neither (a typo, or another body's numbering: the reading stays as it was) or the citation is no dated
 * regular `n/m`.
 */
export function bodyByDate(c: Citation): 'GA' | 'HRC' | undefined {
	if (!c.date || c.session === undefined || c.sessionKind !== 'regular' || c.body === 'SC' || c.body === 'ECOSOC' || c.text.includes('(')) {
		return undefined;
	}
	const ga = dateFitsSession('GA', c.session, c.date.value);
	const hrc = dateFitsSession('HRC', c.session, c.date.value);
	return ga === hrc ? undefined : ga ? 'GA' : 'HRC';
}

/** The Economic and Social Council numbered its resolutions `1086 B (XXXIX)` until its 63rd session (1977). */
const LAST_ROMAN_ECOSOC = 63;

/**
 * `resolution 990 (LIV)`, `542 (LXXIII) 2022 … of the African Commission`: a roman session from the 31st on, with no
 * body named and no `its`, is none the Assembly numbered so. In a text of the Economic and Social Council it is the
 * Council's own (up to 1977); elsewhere another organization's: `none`, not read.
 */
export function lateRoman(c: Citation, named: Body | undefined, own: boolean, documentBody: Body | undefined): 'ECOSOC' | 'none' | undefined {
	if (!c.text.includes('(') || c.body === 'SC' || c.session === undefined || c.sessionKind !== 'regular' || c.session < FIRST_SLASH_SESSION || named !== undefined || own) {
		return undefined;
	}
	const recent = c.date !== undefined && Number(c.date.value.slice(0, 4)) > 1978;
	return documentBody === 'ECOSOC' && c.session <= LAST_ROMAN_ECOSOC && !recent ? 'ECOSOC' : 'none';
}

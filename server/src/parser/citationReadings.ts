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

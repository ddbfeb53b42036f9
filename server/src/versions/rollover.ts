import { formatDate } from '../citations/dateStyle';
import type { Lang, ResolutionDocument } from '../model/document';
import { DATE_SOURCE } from '../parser/dates';
import { parse } from '../parser/parse';
import { blankFurniture } from './furniture';
import { sessionLine } from './sessionWords';
import { readVersion, type VersionUnit } from './units';

/**
 * Next session's draft from an adopted resolution, the way sponsors make it: a masthead for the new session,
 * `Distr.: Limited`, the agenda item kept, a sponsors placeholder, the title and organ line, the preamble with the
 * base recalled (`Recalling its resolution 75/10 of 23 November 2020`, in the chronological place among the
 * recalls), the operative part and the footnotes kept. References to sessions are left for the drafter to review
 * (the `rollover-review` rule points at each).
 */
export interface RolloverOptions {
	/** The new session; default: the base's session + 1. */
	readonly session?: number;
	/** The base's adoption date (ISO) when its text does not say it (from the catalogue). */
	readonly date?: string;
	/** Written into the draft as `<!-- unres-base: … -->`, so that compare finds the base. */
	readonly basePath?: string;
}

export interface Rollover {
	readonly text: string;
	/** `75/10`, as recalled. */
	readonly recalled?: string;
	/** ISO date of the base, when known. */
	readonly date?: string;
	/** How the recall was made: a list of recalls extended, or a new paragraph. */
	readonly recall: 'extended' | 'inserted' | 'none';
	readonly session?: number;
}

interface Words {
	readonly un: string;
	readonly organ: string;
	readonly distr: string;
	readonly original: string;
	readonly sponsors: string;
	readonly recalling: string;
	readonly recallingAlso: string;
	readonly its: RegExp;
	readonly plural: (s: string) => string;
	readonly and: string;
	readonly of: string;
	readonly agenda: (item: string) => string;
}

const WORDS: Record<'en' | 'fr' | 'es', Words> = {
	en: {
		un: 'United Nations', organ: 'General Assembly', distr: 'Distr.: Limited', original: 'Original: English',
		sponsors: '[Sponsors]: draft resolution', recalling: 'Recalling', recallingAlso: 'Recalling also',
		its: /\bits resolution $/, plural: () => 'its resolutions ', and: ' and ', of: 'of', agenda: (i) => `Agenda item ${i}`,
	},
	fr: {
		un: 'Nations Unies', organ: 'Assemblée générale', distr: 'Distr. limitée', original: 'Original : français',
		sponsors: '[Auteurs] : projet de résolution', recalling: 'Rappelant', recallingAlso: 'Rappelant également',
		its: /\bsa résolution $/, plural: () => 'ses résolutions ', and: ' et ', of: 'du', agenda: (i) => `Point ${i} de l'ordre du jour`,
	},
	es: {
		un: 'Naciones Unidas', organ: 'Asamblea General', distr: 'Distr. limitada', original: 'Original: español',
		sponsors: '[Patrocinadores]: proyecto de resolución', recalling: 'Recordando', recallingAlso: 'Recordando también',
		its: /\bsu resolución $/, plural: () => 'sus resoluciones ', and: ' y ', of: 'de', agenda: (i) => `Tema ${i} del programa`,
	},
};

const RECALL_LEAD = /^(?:Recalling|Rappelant|Recordando)\b/;
const OWN = /\b(?:its resolutions?|sa résolution|ses résolutions|su resolución|sus resoluciones)\b/;
/** `73/11 of 26 November 2018`, `73/11 du 26 novembre 2018`, `73/11, de 26 de noviembre de 2018`. */
const DATED = new RegExp(`\\b(\\d{1,2})/(\\d{1,3})(?: [A-Z])?,? (?:of|du|de) ${DATE_SOURCE}`, 'giu');

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => String(n).replace(/\d/g, (d) => SUPERSCRIPTS[Number(d)]);

function langOf(doc: ResolutionDocument): 'en' | 'fr' | 'es' {
	return doc.lang === 'fr' || doc.lang === 'es' ? doc.lang : 'en';
}

/** The base's own session and number: `A/RES/75/10` → 75, 10. */
function ownNumber(symbol: string | undefined): { session: number; number: number } | undefined {
	const m = /^A\/RES\/(\d{1,3})\/(\d{1,4})/.exec(symbol ?? '');
	return m ? { session: Number(m[1]), number: Number(m[2]) } : undefined;
}

/** Adds the base to the latest list of own resolutions recalled; undefined when no paragraph recalls an earlier one. */
function extendRecall(texts: string[], units: readonly VersionUnit[], own: { session: number; number: number }, phrase: string, w: Words): number | undefined {
	let best: { unit: number; index: number; end: number; session: number; number: number } | undefined;
	units.forEach((u, i) => {
		if (!RECALL_LEAD.test(u.text) || !OWN.test(u.text)) {
			return;
		}
		for (const m of u.text.matchAll(DATED)) {
			const session = Number(m[1]);
			const number = Number(m[2]);
			if (session === own.session && number === own.number) {
				best = undefined;
				return;
			}
			if (session < own.session && (!best || session > best.session || (session === best.session && number > best.number))) {
				best = { unit: i, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, session, number };
			}
		}
	});
	if (!best) {
		return undefined;
	}
	const t = texts[best.unit];
	const before = t.slice(0, best.index);
	const connector = [' and ', ' et ', ' y '].find((c) => before.endsWith(c));
	let head = before;
	if (connector) {
		head = `${before.slice(0, -connector.length)}, `;
	} else if (w.its.test(before)) {
		head = before.replace(w.its, w.plural(''));
	}
	texts[best.unit] = `${head}${t.slice(best.index, best.end)}${w.and}${phrase}${t.slice(best.end)}`;
	return best.unit;
}

/** The place of a new recall: after the last recall that cites nothing later than the base. */
function recallPlace(units: readonly VersionUnit[], own: { session: number }): number {
	let place = -1;
	let firstRecall = -1;
	units.forEach((u, i) => {
		if (!RECALL_LEAD.test(u.text)) {
			return;
		}
		firstRecall = firstRecall < 0 ? i : firstRecall;
		const later = [...u.text.matchAll(/\b(\d{1,2})\/\d{1,3}\b/g)].some((m) => Number(m[1]) >= own.session);
		if (!later) {
			place = i + 1;
		}
	});
	return place >= 0 ? place : Math.max(0, firstRecall);
}

export function rollover(baseText: string, options: RolloverOptions = {}): Rollover {
	const doc = parse(blankFurniture(baseText));
	const version = readVersion(baseText, doc);
	const lang: Lang = langOf(doc);
	const w = WORDS[langOf(doc)];
	const own = ownNumber(version.symbol);
	const session = options.session ?? (own ? own.session + 1 : undefined);
	const date = doc.adoption?.date?.value ?? options.date ?? doc.closing?.date?.value;

	// Footnotes keep the base's order (numbered 1, 2 … as they stand), so that each stays where it was.
	const call = (f: number) => superscript(f + 1);
	const withCalls = (u: VersionUnit) => {
		let out = '';
		let at = 0;
		for (const n of u.notes) {
			out += u.text.slice(at, n.at) + call(n.footnote);
			at = n.at;
		}
		return out + u.text.slice(at);
	};

	const preamble = version.preamble.map(withCalls);
	let recall: Rollover['recall'] = 'none';
	let recalled: string | undefined;
	if (own) {
		recalled = `${own.session}/${own.number}`;
		const phrase = date ? `${recalled}${lang === 'es' ? ',' : ''} ${w.of} ${formatDate(date, lang === 'fr' ? 'fr' : lang === 'es' ? 'es' : 'en')}` : recalled;
		if (extendRecall(preamble, version.preamble, own, phrase, w) !== undefined) {
			recall = 'extended';
		} else if (!version.preamble.some((u) => u.text.includes(`${recalled} `) || u.text.includes(`${recalled},`))) {
			const at = recallPlace(version.preamble, own);
			const lead = version.preamble.slice(0, at).some((u) => RECALL_LEAD.test(u.text)) ? w.recallingAlso : w.recalling;
			const its = lang === 'fr' ? 'sa résolution' : lang === 'es' ? 'su resolución' : 'its resolution';
			preamble.splice(at, 0, `${lead} ${its} ${phrase},`);
			recall = 'inserted';
		}
	}

	const operative = version.operative.map((u, i) => `${version.operative.length > 1 ? `${i + 1}. ` : ''}${withCalls(u)}`);
	const annex = version.annex.map(withCalls);
	const notes = version.footnotes.map((f, i) => `${superscript(i + 1)} ${f.text}`);
	const agenda = doc.masthead.agendaItem?.value.replace(/\s+/g, ' ');
	const organLine = doc.organ ? baseText.slice(doc.organ.span.start, doc.organ.span.end).replace(/[*_]/g, '').trim() : lang === 'fr' ? 'L’Assemblée générale,' : lang === 'es' ? 'La Asamblea General,' : 'The General Assembly,';
	const lines = [
		...(options.basePath ? [`<!-- unres-base: ${options.basePath} -->`, ''] : []),
		w.un,
		session ? `A/${session}/L.__` : 'A/L.__',
		w.organ,
		w.distr,
		w.original,
		'',
		...(session ? [sessionLine(session, lang), ''] : []),
		...(agenda ? [agenda, ''] : []),
		w.sponsors,
		'',
		version.title ?? '',
		'',
		organLine,
		'',
		...preamble.flatMap((p) => [p, '']),
		...operative.flatMap((p) => [p, '']),
		...(annex.length > 0 ? [lang === 'fr' ? 'Annexe' : lang === 'es' ? 'Anexo' : 'Annex', '', ...annex.flatMap((p) => [p, ''])] : []),
		...notes.flatMap((n) => [n, '']),
	];
	return {
		text: `${lines.join('\n').replace(/\n+$/, '')}\n`,
		...(recalled ? { recalled } : {}),
		...(date ? { date } : {}),
		recall,
		...(session ? { session } : {}),
	};
}

/**
 * Hover on a cited resolution (spec §5): body and symbol, title, date of adoption, session and meeting, how it was
 * adopted, agenda item, draft, and links to the text on undocs.org (in the document's language) and to the UN
 * Digital Library. The title is in the document's language where the catalogue has it, else in English, said to be
 * so. A citation the catalogue does not know says so and shows the date the document gives; where the catalogue
 * has no title, the hover says so and shows what the citing text says of it (the clause after the citation). Pure.
 */
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { titleIn } from '../catalog/entry';
import type { CatalogEntry, CatalogLike } from '../catalog/index';
import { displaySymbol, undlUrl, undocsUrl } from '../catalog/symbols';
import { citationName } from '../citations/context';
import { formatDate } from '../citations/dateStyle';
import { adoptionDates, resolveCitation } from '../citations/resolve';
import { citedClause } from './citationClause';
import { format, formatMessage, type Locale, type MessageArg, type MessageKey } from '../l10n/messages';
import type { Citation, Lang, ResolutionDocument } from '../model/document';
import type { LineMap } from '../parser/lines';

/** What the hover reads of an analysed document (`Analysis` has it all). */
export interface CitationDocument {
	readonly text: string;
	readonly doc: ResolutionDocument;
	readonly lines: LineMap;
}

/** The citation whose token contains `offset` (its end included, where the cursor sits after typing it). */
export function citationAt(doc: ResolutionDocument, offset: number): Citation | undefined {
	const list = doc.citations;
	let lo = 0;
	let hi = list.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		const c = list[mid];
		if (offset < c.span.start) {
			hi = mid - 1;
		} else if (offset > c.span.end) {
			lo = mid + 1;
		} else {
			return c;
		}
	}
	return undefined;
}

/** The address of a citation's text on undocs.org, in the document's language (undocs.org serves all six). */
export function citationUrl(c: Citation, lang: Lang, catalog?: CatalogLike): string | undefined {
	if (c.kind === 'document') {
		return `https://undocs.org/${lang}/${c.symbol}`;
	}
	const { key, entry } = resolveCitation(c, catalog);
	if (!key) {
		return undefined;
	}
	return undocsUrl(key, lang, key.startsWith('S/RES/') ? entry?.year ?? c.year : undefined);
}

// Markdown that a title could trigger by accident.
const escape = (s: string): string => s.replace(/([\\`*_[\]<>|#])/g, '\\$1');

export function citationHover(analysis: CitationDocument, offset: number, catalog: CatalogLike | undefined, locale: Locale): Hover | undefined {
	const c = citationAt(analysis.doc, offset);
	if (!c) {
		return undefined;
	}
	const t = (key: MessageKey, ...args: MessageArg[]) => format(key, args, locale);
	const lines: string[] = [];
	const url = citationUrl(c, analysis.doc.lang, catalog);
	if (c.kind === 'document') {
		lines.push(`**${escape(t('hover.document', c.symbol))}**`);
		if (url) {
			lines.push('', `[${t('hover.text')} (undocs.org)](${url})`);
		}
		return hover(lines, analysis.lines.range(c.span));
	}
	const r = resolveCitation(c, catalog);
	const entry = r.entry;
	const symbol = r.key ? displaySymbol(r.key, c.body === 'SC' ? entry?.year ?? c.year : undefined) : c.symbol;
	lines.push(`**${escape(formatMessage(citationName(c), locale))}** — \`${symbol}\``);
	// What the text says of a resolution the catalogue gives no title (the SC has none: its subject line stands in).
	const said = (): string[] => {
		const clause = !entry?.title && c.body !== 'SC' ? citedClause(analysis.text, analysis.doc, c) : undefined;
		const [open, close] = locale === 'fr' ? ['« ', ' »'] : ['“', '”'];
		return clause ? ['', `${t('hover.textSays')} ${open}${escape(clause)}${close}`] : [];
	};
	if (!entry) {
		lines.push('', t('hover.uncatalogued'), ...said());
		if (c.date) {
			lines.push('', t('hover.cited', formatDate(c.date.value, locale)));
		}
	} else {
		details(entry, c, analysis.doc.lang, locale, lines, said());
		const dates = adoptionDates(r, catalog);
		if (c.date && dates.length > 0 && !dates.includes(c.date.value)) {
			lines.push('', t('hover.cited', formatDate(c.date.value, locale)));
		}
		if (c.body === 'SC' && c.year !== undefined && entry.year !== undefined && c.year !== entry.year) {
			lines.push('', t('hover.writtenYear', c.year));
		}
	}
	const links: string[] = [];
	if (url) {
		links.push(`[${t('hover.text')} (undocs.org)](${url})`);
	}
	if (entry?.undlId) {
		links.push(`[${t('hover.library')}](${undlUrl(entry.undlId)})`);
	}
	if (entry?.undlVoteId) {
		links.push(`[${t('hover.votingRecord')}](${undlUrl(entry.undlVoteId)})`);
	}
	if (links.length > 0) {
		lines.push('', links.join(' · '));
	}
	return hover(lines, analysis.lines.range(c.span));
}

function details(e: CatalogEntry, c: Citation, lang: Lang, locale: Locale, lines: string[], said: readonly string[]): void {
	const t = (key: MessageKey, ...args: MessageArg[]) => format(key, args, locale);
	const own = titleIn(e, lang);
	if (e.title && e.body === 'SC') {
		// The SC gives its resolutions no titles: the Digital Library's subject line stands in.
		lines.push('', escape(t('hover.subject', e.title)));
	} else if (own) {
		lines.push('', `*${escape(own)}*`);
	} else if (e.title) {
		lines.push('', `*${escape(e.title)}* ${t('hover.englishTitle')}`);
	} else if (e.stub) {
		lines.push('', t('hover.stub'), ...said);
	} else {
		lines.push('', t('hover.noTitle'), ...said);
	}
	const facts: string[] = [];
	const when: string[] = [];
	if (e.date) {
		when.push(t('hover.adopted', formatDate(e.date, locale)));
	}
	if (e.session !== undefined && e.body !== 'SC') {
		const key: MessageKey = e.sessionKind === 'special' ? 'hover.specialSession' : e.sessionKind === 'emergency' ? 'hover.emergencySession' : 'hover.session';
		when.push(lowerFirst(t(key, e.session)));
	}
	if (e.meeting) {
		when.push(lowerFirst(t('hover.meeting', e.meeting)));
	}
	if (when.length > 0) {
		facts.push(when.join(' · '));
	}
	const vote = voteLine(e, locale);
	if (vote) {
		facts.push(vote);
	}
	if (e.agendaItem) {
		const agenda = e.agendaItem.length > 200 ? `${e.agendaItem.slice(0, 199)}…` : e.agendaItem;
		facts.push(escape(t('hover.agenda', agenda)));
	}
	const sources: string[] = [];
	if (e.draft) {
		sources.push(t('hover.draft', e.draft));
	}
	if (e.committeeReport) {
		sources.push(t('hover.report', e.committeeReport));
	}
	if (sources.length > 0) {
		facts.push(sources.join(' · '));
	}
	if (e.parts && e.parts.length > 0 && !c.parts) {
		facts.push(t('hover.parts', e.parts.join(', ')));
	}
	if (facts.length > 0) {
		// Two trailing spaces: a Markdown line break, so each fact keeps its own line.
		lines.push('', facts.join('  \n'));
	}
}

function voteLine(e: CatalogEntry, locale: Locale): string | undefined {
	const v = e.vote;
	if (!v) {
		return undefined;
	}
	switch (v.kind) {
		case 'recorded': {
			if (v.yes === undefined) {
				return format('hover.vote.recordedNoTally', [], locale);
			}
			const tally = format('hover.vote.recorded', [v.yes, v.no ?? 0, v.abstain ?? 0], locale);
			return v.nonVoting ? `${tally} (${lowerFirst(format('hover.vote.nonVoting', [v.nonVoting], locale))})` : tally;
		}
		case 'withoutVote':
			return format('hover.vote.withoutVote', [], locale);
		case 'nonRecorded':
			return format('hover.vote.nonRecorded', [], locale);
		case 'unanimous':
			return v.yes !== undefined
				? `${format('hover.vote.unanimous', [], locale)} (${v.yes}–${v.no ?? 0}–${v.abstain ?? 0})`
				: format('hover.vote.unanimous', [], locale);
	}
}

function lowerFirst(s: string): string {
	return s.charAt(0).toLowerCase() + s.slice(1);
}

function hover(lines: string[], range: Hover['range']): Hover {
	const contents: MarkupContent = { kind: 'markdown', value: lines.join('\n') };
	return { contents, ...(range ? { range } : {}) };
}

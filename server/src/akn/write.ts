/**
 * {@link AknResolution} → AKN4UN XML with the department's element structure: `<statement name="resolution">`,
 * FRBR identification (work, expression in the language, manifestation), `<coverPage>`, `<preface>` with
 * `docNumber`/`docTitle`, `<preamble>` with the formula and one `<container>` per preambular paragraph,
 * `<mainBody>` with `<paragraph>`/`<num>` and sub-paragraphs as `<list>`/`<point>`, notes as `<authorialNote>`,
 * `<conclusions>` with the meeting and date. Built as a DOM and serialised by xmldom, so escaping is never ours.
 */
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { Body } from '../model/document';
import { AKN_NS } from './dom';
import type { AknParagraph, AknResolution, AknSubParagraph, Inline } from './model';
import { LANG_TO_CODE } from './read';

const ORGANS: Record<Body, { uri: string; author: string; name: string }> = {
	GA: { uri: 'unga', author: 'ga', name: 'generalAssembly' },
	SC: { uri: 'unsc', author: 'sc', name: 'securityCouncil' },
	ECOSOC: { uri: 'unecosoc', author: 'ecosoc', name: 'economicAndSocialCouncil' },
	HRC: { uri: 'unga-hrc', author: 'hrc', name: 'humanRightsCouncil' },
};

export interface WriteOptions {
	/** Date of the markup (today), ISO; the FRBR manifestation carries it. */
	readonly today?: string;
}

export function writeAkn(res: AknResolution, options: WriteOptions = {}): string {
	const w = new Writer(res);
	return w.write(options);
}

class Writer {
	readonly doc: Document;
	#eid = 0;

	constructor(readonly res: AknResolution) {
		this.doc = new DOMImplementation().createDocument(AKN_NS, 'akomaNtoso', null);
	}

	write(options: WriteOptions): string {
		const res = this.res;
		const root = this.doc.documentElement!;
		root.setAttribute('xmlns:akn4un', 'http://un.org/akn4un');
		const statement = this.el(root, 'statement', { name: 'resolution' });
		this.meta(statement, options);
		this.cover(statement);
		const uncalled = this.uncalledNotes();
		if (res.number || res.title || uncalled.length > 0) {
			const p = this.el(this.el(statement, 'preface'), 'p');
			if (res.number) {
				this.el(p, 'docNumber', {}, `${res.number}.`);
			}
			if (res.title) {
				this.el(p, 'docTitle', { refersTo: '#resolutionTitle' }, res.title);
			}
			// Notes no paragraph calls (called in the heading zone or an annex): kept with the title, never lost.
			this.p(p, uncalled.map((note) => ({ note })), false);
		}
		if (res.organLine || res.preamble.length > 0) {
			const preamble = this.el(statement, 'preamble');
			if (res.organLine) {
				const p = this.el(this.el(preamble, 'formula', { name: 'enactingFormula', eId: 'formula_1' }), 'p');
				this.el(p, 'span', { class: 'italic' }, res.organLine);
				p.appendChild(this.doc.createTextNode(res.preamble.length > 0 ? ',' : ''));
			}
			for (const para of res.preamble) {
				const c = this.el(preamble, 'container', { name: para.lead ?? '', eId: `container_${++this.#eid}` });
				this.body(c, para);
			}
		}
		const main = this.el(statement, 'mainBody');
		for (const part of res.parts) {
			if (part.heading) {
				this.el(main, 'crossHeading', { eId: `crossHeading_${++this.#eid}` }, part.heading);
			}
			for (const para of part.preamble ?? []) {
				// A section's own preamble, as the department marks it up inside the main body.
				const el = this.el(main, 'crossHeading', { refersTo: '#preamble', eId: `preamble_${++this.#eid}` });
				this.p(el, [...(para.lead ? [{ text: para.lead, italic: true }, { text: ' ' }] : []), ...para.text]);
			}
			for (const para of part.paragraphs) {
				const el = this.el(main, 'paragraph', { eId: `para_${++this.#eid}` });
				if (para.num) {
					this.el(el, 'num', {}, `${para.num}.`);
				}
				this.body(el, para);
			}
		}
		if (res.meeting || res.closingDateText) {
			const p = this.el(this.el(statement, 'conclusions', { eId: 'conclusions' }), 'p');
			if (res.meeting) {
				this.text(this.el(p, 'inline', { name: 'adoptionMeeting' }), [{ text: res.meeting }]);
				this.el(p, 'eol');
			}
			if (res.closingDateText) {
				this.el(p, 'docDate', { ...(res.closingDate ? { date: res.closingDate } : {}), refersTo: '#adoptionDate' }, res.closingDateText);
			}
		}
		indent(this.doc, root, 0);
		return `${new XMLSerializer().serializeToString(this.doc)}\n`;
	}

	meta(statement: Element, options: WriteOptions): void {
		const res = this.res;
		const organ = ORGANS[res.body ?? 'GA'];
		const date = res.adoptionDate ?? '0001-01-01';
		const work = `/akn/un/statement/deliberation/${organ.uri}/${date}/${(res.number ?? 'draft').replace(/\//g, '-').replace(/\s+/g, '')}/`;
		const lang = res.langCode ?? (res.lang ? LANG_TO_CODE[res.lang] : 'eng');
		const meta = this.el(statement, 'meta');
		const identification = this.el(meta, 'identification', { source: '#unres' });
		const frbr = (name: string, self: string, uri: string, dates: [string, string][], author: [string, string], extra?: (e: Element) => void) => {
			const e = this.el(identification, name);
			this.el(e, 'FRBRthis', { value: self });
			this.el(e, 'FRBRuri', { value: uri });
			for (const [d, n] of dates) {
				this.el(e, 'FRBRdate', { date: d, name: n });
			}
			this.el(e, 'FRBRauthor', { href: author[0], as: author[1] });
			extra?.(e);
		};
		frbr('FRBRWork', `${work}!main/`, work, [[date, 'adoption']], [organ.author, 'author'], (e) => this.el(e, 'FRBRcountry', { value: 'un' }));
		frbr('FRBRExpression', `${work}${lang}@!main/`, `${work}${lang}@/`, [[res.masthead.date ?? date, 'publication']], [organ.author, 'issuer'], (e) => this.el(e, 'FRBRlanguage', { language: lang }));
		frbr('FRBRManifestation', `${work}${lang}@/!main.xml`, `${work}${lang}@.xml`, [[options.today ?? date, 'markup']], ['#unres', 'editor']);
		this.el(this.el(meta, 'references', { source: '#unres' }), 'TLCOrganization', { eId: organ.author, href: `/akn/ontology/organization/un/${organ.name}`, showAs: res.masthead.organName ?? organ.name });
	}

	cover(statement: Element): void {
		const m = this.res.masthead;
		const cover = this.el(statement, 'coverPage', { eId: 'coverPage_1' });
		const p = () => this.el(cover, 'p');
		if (this.res.symbol) {
			this.el(this.el(cover, 'p', { class: 'upperRight' }), 'docNumber', { refersTo: '#symbol' }, this.res.symbol);
		}
		if (m.organName) {
			this.el(p(), 'docAuthority', { refersTo: '#issuingBody' }, m.organName);
		}
		if (m.distribution) {
			this.el(p(), 'docStatus', { refersTo: '#generalDistribution' }, m.distribution);
		}
		if (m.dateText) {
			this.el(p(), 'docDate', { ...(m.date ? { date: m.date } : {}), refersTo: '#dateOfIssuance' }, m.dateText);
		}
		if (m.session) {
			this.el(p(), 'session', { refersTo: '#generalAssembly', ...(m.sessionNumber ? { value: m.sessionNumber } : {}) }, m.session);
		}
		if (m.agendaItem) {
			this.el(p(), 'inline', { name: 'agenda item' }, m.agendaItem);
		}
		if (m.agendaTitle) {
			this.el(p(), 'inline', { name: 'agenda item name' }, m.agendaTitle);
		}
		if (m.adoptionLine) {
			this.el(p(), 'docTitle', {}, m.adoptionLine);
		}
		if (m.proponent) {
			this.el(p(), 'docProponent', {}, m.proponent);
		}
	}

	/** The words of a paragraph (lead in italics), then its sub-paragraphs as a list of points. */
	body(el: Element, para: AknParagraph): void {
		const first: Inline[] = [...(para.lead ? [{ text: para.lead, italic: true }, { text: ' ' }] : []), ...para.text];
		const id = el.getAttribute('eId') ?? '';
		if (para.subParagraphs.length === 0) {
			// Preambular containers hold their `<p>` directly, operative paragraphs in `<content>` (as DGACM's files).
			const content = el.localName === 'container' ? el : this.el(el, 'content', { eId: `${id}__content` });
			[first, ...(para.intro ?? [])].forEach((runs) => this.p(content, runs));
		} else {
			const list = this.el(el, 'list', { eId: `${id}_list` });
			const intro = this.el(list, 'intro', { eId: `${id}_list_intro` });
			[first, ...(para.intro ?? [])].forEach((runs) => this.p(intro, runs));
			this.points(list, para.subParagraphs, `${id}_list`);
		}
		for (const more of para.more ?? []) {
			this.p(this.el(el, 'content', { eId: `${id}__content_${++this.#eid}` }), more);
		}
	}

	points(list: Element, subs: readonly AknSubParagraph[], prefix: string): void {
		for (const s of subs) {
			const key = s.label.replace(/[^a-z0-9]/gi, '');
			const point = this.el(list, 'point', { eId: `${prefix}_point_${key}` });
			this.el(point, 'num', {}, s.label);
			this.p(this.el(point, 'content', { eId: `${prefix}_point_${key}_content` }), s.text);
			if (s.children.length > 0) {
				this.points(this.el(point, 'list', { eId: `${prefix}_point_${key}_list` }), s.children, `${prefix}_point_${key}_list`);
			}
		}
	}

	uncalledNotes(): number[] {
		const called = new Set<number>();
		const mark = (runs: readonly Inline[]) => runs.forEach((r) => 'note' in r && called.add(r.note));
		const para = (p: AknParagraph) => {
			mark(p.text);
			const subs = (list: readonly AknSubParagraph[]) => list.forEach((s) => (mark(s.text), subs(s.children)));
			subs(p.subParagraphs);
			[...(p.intro ?? []), ...(p.more ?? [])].forEach(mark);
		};
		this.res.preamble.forEach(para);
		this.res.parts.forEach((part) => [...(part.preamble ?? []), ...part.paragraphs].forEach(para));
		return this.res.notes.map((_, i) => i).filter((i) => !called.has(i));
	}

	/** A `<p>` of mixed content: text, `<span class="italic">`, `<sup>` for `30^e`, `<authorialNote>`. */
	p(parent: Element, runs: readonly Inline[], wrap = true): void {
		const p = wrap ? this.el(parent, 'p') : parent;
		for (const r of runs) {
			if ('note' in r) {
				const note = this.res.notes[r.note];
				if (!note) {
					continue;
				}
				const n = this.el(p, 'authorialNote', { marker: note.marker, placement: 'bottom', eId: `authorialNote_${r.note + 1}` });
				this.text(this.el(n, 'p'), note.text);
				continue;
			}
			this.text(p, [r]);
		}
	}

	text(p: Element, runs: readonly Inline[]): void {
		for (const r of runs) {
			if ('note' in r) {
				continue;
			}
			const target = r.italic ? this.el(p, 'span', { class: 'italic' }) : p;
			// `30^e`, `n^o`: superscripts as unres drafts write them.
			const pieces = r.text.split(/\^(\p{Ll}{1,3})/u);
			pieces.forEach((piece, i) => {
				if (i % 2 === 1) {
					this.el(target, 'sup', {}, piece);
				} else if (piece) {
					target.appendChild(this.doc.createTextNode(piece));
				}
			});
		}
	}

	el(parent: Element, name: string, attrs: Record<string, string> = {}, text?: string): Element {
		const e = this.doc.createElementNS(AKN_NS, name);
		for (const [k, v] of Object.entries(attrs)) {
			e.setAttribute(k, v);
		}
		if (text !== undefined) {
			e.appendChild(this.doc.createTextNode(text));
		}
		parent.appendChild(e);
		return e;
	}
}

/** Line breaks and indentation between block elements only: mixed content (`<p>`, `<num>` …) is left exactly as is. */
function indent(doc: Document, el: Element, depth: number): void {
	if (el.localName === 'p') {
		return;
	}
	const kids: Element[] = [];
	for (let n = el.firstChild; n; n = n.nextSibling) {
		if (n.nodeType !== 1) {
			return;
		}
		kids.push(n as Element);
	}
	if (kids.length === 0) {
		return;
	}
	for (const k of kids) {
		el.insertBefore(doc.createTextNode(`\n${'  '.repeat(depth + 1)}`), k);
		indent(doc, k, depth + 1);
	}
	el.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
}

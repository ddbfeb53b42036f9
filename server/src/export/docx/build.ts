import { AlignmentType, Document, Packer, Paragraph, TextRun, type IParagraphOptions, type ParagraphChild } from 'docx';
import { pairVersions, wordDiff, type DiffOp, type PartName, type VersionPair } from '../../versions/compare';
import { readVersion, type Version, type VersionUnit } from '../../versions/units';
import { runsOf, type Revision } from './runs';

/**
 * A draft resolution as a Word document laid out the UN way (Times New Roman, masthead, title, organ line, lead
 * phrases in italics, numbered operative paragraphs, sub-paragraphs on their own lines, real footnotes). With a
 * base text, every change against it is a tracked change at word level: Word's Accept All gives the draft and
 * Reject All the base, paragraph for paragraph. Pure: returns the bytes.
 */
export interface DocxOptions {
	readonly base?: string;
	/** Author of the tracked changes (default `unres`). */
	readonly author?: string;
	/** ISO date-time of the tracked changes (default: now). */
	readonly date?: string;
}

const FONT = 'Times New Roman';
/** Half-points: the UN's 10-point body text, 14-point bold title. */
const BODY = 20;
const TITLE = 28;
/** Twips (1/1440 inch): the UN indent of 1.27 cm, and the sub-paragraph step. */
const INDENT = 720;

type Row = { readonly draft?: VersionUnit; readonly base?: VersionUnit; readonly diff: readonly (readonly [DiffOp, string])[] };

/** The rows of a part: kept or changed paragraphs once, moved ones as removed where they were and added where they are. */
function partRows(pair: VersionPair | undefined, draft: Version, name: PartName): Row[] {
	if (!pair) {
		return draft[name].map((u) => ({ draft: u, diff: u.text ? [[0, u.text]] : [] }));
	}
	const { rows } = pair.parts[name];
	return rows.map((r): Row => {
		if (r.draft !== undefined && r.base !== undefined) {
			return { draft: draft[name][r.draft], base: pair.base[name][r.base], diff: wordDiff(pair.base[name][r.base].text, draft[name][r.draft].text) };
		}
		if (r.draft !== undefined) {
			return { draft: draft[name][r.draft], diff: [[1, draft[name][r.draft].text]] };
		}
		const b = pair.base[name][r.base as number];
		return { base: b, diff: [[-1, b.text]] };
	});
}

/** Paragraph properties: the whole paragraph mark tracked when the paragraph was added or removed. */
function tracked(row: Row, revision: Revision | undefined): Pick<IParagraphOptions, 'run'> {
	if (!revision || (row.draft && row.base)) {
		return {};
	}
	const change = { id: revision.nextId++, author: revision.author, date: revision.date };
	return { run: row.draft ? { insertion: change } : { deletion: change } };
}

function plain(text: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}): TextRun {
	return new TextRun({ text, ...options });
}

export async function exportDocx(draftText: string, options: DocxOptions = {}): Promise<Uint8Array> {
	const draft = readVersion(draftText);
	const pair = options.base !== undefined ? pairVersions(readVersion(options.base), draft) : undefined;
	const revision: Revision | undefined = pair ? { author: options.author ?? 'unres', date: options.date ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'), nextId: 1 } : undefined;

	// Footnotes: one Word footnote per row of the footnote part, numbered in that order.
	const noteRows = partRows(pair, draft, 'footnotes');
	const draftNote = new Map<number, number>();
	const baseNote = new Map<number, number>();
	const footnotes: Record<number, { children: Paragraph[] }> = {};
	noteRows.forEach((row, i) => {
		const id = i + 1;
		if (row.draft) {
			draftNote.set(draft.footnotes.indexOf(row.draft), id);
		} else if (row.base && pair) {
			baseNote.set(pair.base.footnotes.indexOf(row.base), id);
		}
		footnotes[id] = { children: [new Paragraph({ ...tracked(row, revision), children: runsOf(row.diff, row.draft, row.base, { draft: () => undefined, base: () => undefined }, revision) })] };
	});
	const noteIds = { draft: (f: number) => draftNote.get(f), base: (f: number) => baseNote.get(f) };

	const body: Paragraph[] = [];
	const doc = draft.doc;
	const m = doc.masthead;
	const line = (text: string | undefined, opts: IParagraphOptions = {}) => {
		if (text) {
			body.push(new Paragraph({ ...opts, children: [plain(text.replace(/\s+/g, ' ').trim())] }));
		}
	};
	line(draft.symbol, { alignment: AlignmentType.RIGHT });
	line(m.organ?.value ?? (doc.lang === 'fr' ? 'Assemblée générale' : doc.lang === 'es' ? 'Asamblea General' : 'General Assembly'));
	line(m.distribution?.value, { alignment: AlignmentType.RIGHT });
	line(m.original?.value, { alignment: AlignmentType.RIGHT });
	line(m.session?.value, { spacing: { before: 240 } });
	line(m.agendaItem?.value);
	line(m.sponsors ? sponsorsBlock(draftText, m.sponsors.span.end) : undefined, { spacing: { before: 240 } });

	// Title: tracked like a paragraph.
	const title = pair ? wordDiff(pair.base.title ?? '', draft.title ?? '') : draft.title ? [[0, draft.title] as [DiffOp, string]] : [];
	if (title.length > 0) {
		body.push(new Paragraph({ spacing: { before: 360, after: 240 }, indent: { left: INDENT }, children: runsOf(title, undefined, undefined, noteIds, revision, { bold: true, size: TITLE }) }));
	}
	const organ = doc.organ ? draftText.slice(doc.organ.span.start, doc.organ.span.end).replace(/[*_]/g, '').trim() : undefined;
	if (organ) {
		body.push(new Paragraph({ indent: { firstLine: INDENT }, spacing: { after: 120 }, children: [plain(organ)] }));
	}

	const paragraph = (row: Row, name: PartName) => {
		const numbered = name === 'operative' && (draft.operative.length > 1 || (pair?.base.operative.length ?? 0) > 1);
		const children: ParagraphChild[] = [];
		if (numbered) {
			// Numbers are tracked too, so that Reject All gives the base's numbering back.
			const was = row.base ? `${row.base.position}.\t` : '';
			const now = row.draft ? `${row.draft.position}.\t` : '';
			children.push(...runsOf(pair ? (was === now ? [[0, now]] : [...(was ? [[-1, was] as [DiffOp, string]] : []), ...(now ? [[1, now] as [DiffOp, string]] : [])]) : [[0, now]], undefined, undefined, noteIds, revision));
		}
		children.push(...runsOf(row.diff, row.draft, row.base, noteIds, revision));
		body.push(new Paragraph({
			...tracked(row, revision),
			alignment: AlignmentType.JUSTIFIED,
			spacing: { after: 120 },
			indent: { firstLine: INDENT },
			children,
		}));
	};
	for (const name of ['preamble', 'operative', 'annex'] as const) {
		if (name === 'annex' && (draft.annex.length > 0 || (pair?.base.annex.length ?? 0) > 0)) {
			line(doc.annexes[0]?.heading.value ?? 'Annex', { alignment: AlignmentType.CENTER, spacing: { before: 360 } });
		}
		for (const row of partRows(pair, draft, name)) {
			paragraph(row, name);
		}
	}

	const document = new Document({
		creator: options.author ?? 'unres',
		title: draft.title ?? draft.symbol ?? 'Draft resolution',
		styles: { default: { document: { run: { font: FONT, size: BODY } } }, paragraphStyles: [] },
		features: { trackRevisions: pair !== undefined },
		footnotes,
		sections: [{
			properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, bottom: 1440, left: 1440 + 360, right: 1440 + 360 } } },
			children: body,
		}],
	});
	return Packer.pack(document, 'uint8array');
}

/** The sponsors line with the lines of its block above it: PDF text wraps a long list of sponsors. */
function sponsorsBlock(text: string, end: number): string {
	const lines = text.slice(Math.max(0, end - 4000), end).split(/\r\n?|\n/);
	let first = lines.length - 1;
	while (first > 0 && lines[first - 1].trim() !== '' && !/^\s*(?:Agenda item|Point|Tema)\b/.test(lines[first - 1])) {
		first--;
	}
	return lines.slice(first).join(' ');
}

/**
 * {@link AknResolution} → a unres draft in the Markdown style. Notes are written as Markdown footnotes (`[^1]` in
 * the text, `[^1]: …` below the paragraph that calls them): the label is explicit, so a note called after a number
 * (`2030[^4]`) or out of order survives, the draft previews as Markdown anywhere, and no superscript digit can be
 * mistaken for part of a year or a symbol. The note texts sit below the paragraph (with its sub-paragraphs) that
 * calls them, as on the printed page.
 */
import type { AknParagraph, AknResolution, AknSubParagraph, Inline } from './model';

const UNITED_NATIONS: Record<string, string> = { en: 'United Nations', fr: 'Nations Unies', es: 'Naciones Unidas' };

export function toMarkdown(res: AknResolution): string {
	const blocks: string[] = [];
	const m = res.masthead;
	const un = UNITED_NATIONS[res.lang ?? 'en'] ?? UNITED_NATIONS.en;
	blocks.push(res.symbol ? `${un} ${res.symbol}` : un);
	push(blocks, m.organName);
	push(blocks, [m.distribution, m.dateText].filter(Boolean).join('\n'));
	push(blocks, m.session);
	push(blocks, m.agendaItem);
	if (m.agendaTitle) {
		blocks.push(`**${m.agendaTitle}**`);
	}
	push(blocks, m.adoptionLine);
	push(blocks, m.proponent);
	const notesWritten = new Set<number>();
	const calls = inlineMarkdown(res.titleNotes ?? [], res.notes);
	if (res.title) {
		blocks.push(res.number ? `${res.number}. ${res.title}${calls}` : `**${res.title}${calls}**`);
	}
	for (const r of res.titleNotes ?? []) {
		if ('note' in r && !notesWritten.has(r.note)) {
			notesWritten.add(r.note);
			blocks.push(`[^${res.notes[r.note].marker}]: ${inlineMarkdown(res.notes[r.note].text, res.notes)}`);
		}
	}
	const withNotes = (paragraphBlocks: string[], runsList: readonly (readonly Inline[])[]) => {
		blocks.push(...paragraphBlocks);
		const due: number[] = [];
		for (const runs of runsList) {
			for (const r of runs) {
				if ('note' in r && !notesWritten.has(r.note)) {
					notesWritten.add(r.note);
					due.push(r.note);
				}
			}
		}
		for (const n of due) {
			const note = res.notes[n];
			blocks.push(`[^${note.marker}]: ${inlineMarkdown(note.text, res.notes)}`);
		}
	};
	const hasPreamble = res.preamble.length > 0 || (res.parts[0]?.preamble?.length ?? 0) > 0;
	if (res.organLine) {
		blocks.push(hasPreamble ? `${res.organLine},` : res.organLine);
	}
	for (const p of res.preamble) {
		withNotes(paragraphBlocks(p, res.notes), allRuns(p));
	}
	for (const part of res.parts) {
		if (part.heading) {
			blocks.push(part.heading);
		}
		for (const p of part.preamble ?? []) {
			withNotes(paragraphBlocks(p, res.notes), allRuns(p));
		}
		for (const p of part.paragraphs) {
			withNotes(paragraphBlocks(p, res.notes), allRuns(p));
		}
	}
	// Notes never called in the text (a fault of the source) are kept at the end, so no text is lost.
	res.notes.forEach((note, i) => {
		if (!notesWritten.has(i)) {
			blocks.push(`[^${note.marker}]: ${inlineMarkdown(note.text, res.notes)}`);
		}
	});
	if (res.meeting || res.closingDateText) {
		blocks.push(`*${[res.meeting, res.closingDateText].filter(Boolean).join('\n')}*`);
	}
	return `${blocks.join('\n\n')}\n`;
}

function push(blocks: string[], line: string | undefined): void {
	if (line) {
		blocks.push(line);
	}
}

function paragraphBlocks(p: AknParagraph, notes: AknResolution['notes']): string[] {
	const text = inlineMarkdown(p.text, notes);
	const lead = p.lead ? `*${p.lead}*` : '';
	const body = lead && text ? `${lead}${/^[\s,.;:)]/.test(text) ? '' : ' '}${text}` : lead || text;
	const out = [p.num !== undefined ? `${p.num}. ${body}` : body, ...(p.intro ?? []).map((block) => inlineMarkdown(block, notes))];
	const subs = (list: readonly AknSubParagraph[]) => {
		for (const s of list) {
			out.push(`${s.label} ${inlineMarkdown(s.text, notes)}`.trimEnd());
			subs(s.children);
		}
	};
	// The blocks after the paragraph, each in its place among the sub-paragraphs (all after them when unplaced).
	const more = p.more ?? [];
	const at = (i: number) => p.moreAt?.[i] ?? p.subParagraphs.length;
	let next = 0;
	p.subParagraphs.forEach((s, k) => {
		for (; next < more.length && at(next) <= k; next++) {
			out.push(inlineMarkdown(more[next], notes));
		}
		subs([s]);
	});
	for (; next < more.length; next++) {
		out.push(inlineMarkdown(more[next], notes));
	}
	return out;
}

function allRuns(p: AknParagraph): (readonly Inline[])[] {
	const out: (readonly Inline[])[] = [p.text, ...(p.intro ?? [])];
	const subs = (list: readonly AknSubParagraph[]) => {
		for (const s of list) {
			out.push(s.text);
			subs(s.children);
		}
	};
	subs(p.subParagraphs);
	out.push(...(p.more ?? []));
	return out;
}

/** Runs as Markdown: italics in `*…*` (spaces kept outside the stars), note calls as `[^n]`. */
export function inlineMarkdown(runs: readonly Inline[], notes?: readonly { marker: string }[]): string {
	let s = '';
	for (const r of runs) {
		if ('note' in r) {
			s += `[^${notes?.[r.note]?.marker ?? r.note + 1}]`;
			continue;
		}
		if (r.italic && r.text.trim()) {
			const m = /^(\s*)(.*?)(\s*)$/s.exec(r.text)!;
			s += `${m[1]}*${m[2]}*${m[3]}`;
		} else {
			s += r.text;
		}
	}
	return s;
}


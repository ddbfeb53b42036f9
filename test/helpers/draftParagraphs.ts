/**
 * The paragraphs of a draft imported from AKN4UN, each with a key that names the same paragraph in the other
 * languages' files of the symbol (`pre 4`, `op 12`, `op 3 b`): the audit of the listed faults of the official texts
 * (scripts/audit-known-faults.ts) shows a diagnostic's paragraph beside its English, French and Spanish versions.
 */

export interface DraftBlock {
	/** First and last line, 1-based, as the diagnostics count them. */
	readonly start: number;
	readonly end: number;
	readonly text: string;
	/** `head`, `organ`, `pre 3`, `pre 3 a`, `op 5`, `op 5#2` (the second paragraph 5: parts numbered anew), `op 5 b`, `note`, `after op 9 1` … */
	readonly key: string;
}

const OPERATIVE = /^(\d+)\.\s/;
const LABEL = /^\(?([a-z]{1,4}|[ivxlc]+)\)\s/;

/** The draft's blocks (runs of lines between blank lines), keyed. */
export function draftBlocks(markdown: string, organLine?: string): DraftBlock[] {
	const lines = markdown.split(/\r?\n/);
	const raw: { start: number; end: number; text: string }[] = [];
	let from = -1;
	for (let i = 0; i <= lines.length; i++) {
		const blank = i === lines.length || lines[i].trim() === '';
		if (!blank && from < 0) {
			from = i;
		} else if (blank && from >= 0) {
			raw.push({ start: from + 1, end: i, text: lines.slice(from, i).join('\n') });
			from = -1;
		}
	}
	const organ = organLine?.trim();
	let phase: 'head' | 'pre' | 'op' = organ ? 'head' : 'pre';
	let pre = 0;
	let parent = '';
	let after = 0;
	const seen = new Map<string, number>();
	const out: DraftBlock[] = [];
	for (const b of raw) {
		const text = b.text.trim();
		let key: string;
		if (text.startsWith('[^')) {
			key = 'note';
		} else if (phase === 'head') {
			key = organ && text.replace(/,$/, '') === organ ? 'organ' : 'head';
			if (key === 'organ') {
				phase = 'pre';
			}
		} else if (OPERATIVE.test(text)) {
			phase = 'op';
			const n = OPERATIVE.exec(text)![1];
			const occ = (seen.get(n) ?? 0) + 1;
			seen.set(n, occ);
			parent = occ > 1 ? `op ${n}#${occ}` : `op ${n}`;
			after = 0;
			key = parent;
		} else if (LABEL.test(text) && parent) {
			key = `${parent} ${LABEL.exec(text)![1]}`;
		} else if (phase === 'pre') {
			parent = `pre ${++pre}`;
			key = parent;
		} else {
			key = `after ${parent} ${++after}`;
		}
		out.push({ ...b, key });
	}
	return out;
}

/** The block that holds a line. */
export function blockAt(blocks: readonly DraftBlock[], line: number): DraftBlock | undefined {
	return blocks.find((b) => b.start <= line && line <= b.end);
}

/** The paragraph's last mark, note calls and italics left out (`;`, `,`, `.`, `:`, or the last letter). */
export function lastMark(text: string): string {
	const bare = text.replace(/\[\^[^\]]*\]/g, '').replace(/[*\s]+$/g, '').trimEnd();
	return bare.slice(-1);
}

/** Plain words of a block: italics and note calls out, the number or label off the front. */
export function plainWords(text: string): string {
	return text
		.replace(/\[\^[^\]]*\]/g, '')
		.replace(/\*/g, '')
		.replace(OPERATIVE, '')
		.replace(LABEL, '')
		.replace(/\s+/g, ' ')
		.trim();
}

import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads a .docx back the way Word's Accept All and Reject All would leave it: per paragraph of the body and per
 * footnote, the text with every insertion kept and every deletion dropped (accept), or the reverse (reject).
 * Paragraphs whose mark is deleted vanish on accept; those whose mark is inserted vanish on reject.
 */
export interface DocxText {
	readonly accept: string[];
	readonly reject: string[];
	readonly footnotes: { readonly accept: string[]; readonly reject: string[] };
	readonly insertions: number;
	readonly deletions: number;
	readonly xml: Record<string, string>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]);

function paragraphs(xml: string): { accept: string[]; reject: string[] } {
	const accept: string[] = [];
	const reject: string[] = [];
	for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
		let content = m[1];
		const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(content);
		const markRunProps = pPr ? /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(pPr[1])?.[1] ?? '' : '';
		const markInserted = /<w:ins\b/.test(markRunProps);
		const markDeleted = /<w:del\b/.test(markRunProps);
		if (pPr) {
			content = content.replace(pPr[0], '');
		}
		let ins = 0;
		let del = 0;
		let inText = false;
		let a = '';
		let r = '';
		for (const t of content.matchAll(/<(\/?)w:(ins|del|t|delText|tab|br)\b[^>]*?(\/?)>|([^<]+)|<[^>]*>/g)) {
			const [, close, name, selfClose, text] = t;
			if (text !== undefined) {
				if (inText) {
					const s = decode(text);
					a += del > 0 ? '' : s;
					r += ins > 0 ? '' : s;
				}
				continue;
			}
			if (name === undefined) {
				continue;
			}
			if (name === 'tab') {
				a += del > 0 ? '' : '\t';
				r += ins > 0 ? '' : '\t';
			} else if (name === 'ins' || name === 'del') {
				if (!selfClose) {
					const d = close ? -1 : 1;
					if (name === 'ins') {
						ins += d;
					} else {
						del += d;
					}
				}
			} else if (name === 't' || name === 'delText') {
				inText = !close && !selfClose;
			}
		}
		if (!markDeleted) {
			accept.push(a);
		} else if (a !== '') {
			throw new Error(`a paragraph whose mark is deleted keeps text on Accept All: ${a}`);
		}
		if (!markInserted) {
			reject.push(r);
		} else if (r !== '') {
			throw new Error(`a paragraph whose mark is inserted keeps text on Reject All: ${r}`);
		}
	}
	return { accept, reject };
}

export function readDocx(bytes: Uint8Array): DocxText {
	const files = unzipSync(bytes);
	const xml: Record<string, string> = {};
	for (const [name, data] of Object.entries(files)) {
		if (name.endsWith('.xml') || name.endsWith('.rels')) {
			xml[name] = strFromU8(data);
		}
	}
	const body = paragraphs(xml['word/document.xml'] ?? '');
	const notes = { accept: [] as string[], reject: [] as string[] };
	for (const m of (xml['word/footnotes.xml'] ?? '').matchAll(/<w:footnote\b[^>]*w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
		if (Number(m[1]) < 1) {
			continue; // the separators
		}
		const p = paragraphs(m[2]);
		const a = p.accept.join('\n');
		const r = p.reject.join('\n');
		if (p.accept.length > 0 && a !== '') {
			notes.accept.push(a);
		}
		if (p.reject.length > 0 && r !== '') {
			notes.reject.push(r);
		}
	}
	const all = Object.values(xml).join('');
	return { accept: body.accept, reject: body.reject, footnotes: notes, insertions: (all.match(/<w:ins\b/g) ?? []).length, deletions: (all.match(/<w:del\b/g) ?? []).length, xml };
}

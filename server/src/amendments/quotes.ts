/**
 * Quoted words in amendment text: “…” (English, Spanish), « … » (French), "…" and ‘…’. Curly and angle quotes nest;
 * a straight quote closes at the next straight quote that is not followed by a letter.
 */
export interface Quote {
	readonly start: number;
	readonly end: number;
	/** The words between the marks, without the blanks just inside them. */
	readonly text: string;
}

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '„': '“' };

export function findQuotes(s: string): Quote[] {
	const out: Quote[] = [];
	let i = 0;
	while (i < s.length) {
		const c = s[i];
		const close = PAIRS[c];
		if (close !== undefined && !(c === '‘' && /\p{L}/u.test(s[i - 1] ?? ''))) {
			let depth = 1;
			let j = i + 1;
			for (; j < s.length; j++) {
				if (s[j] === c && close !== c) {
					depth++;
				} else if (s[j] === close) {
					depth--;
					if (depth === 0) {
						break;
					}
				}
			}
			if (j < s.length) {
				out.push({ start: i, end: j + 1, text: trimQuote(s.slice(i + 1, j)) });
				i = j + 1;
				continue;
			}
		} else if (c === '"') {
			let j = s.indexOf('"', i + 1);
			while (j >= 0 && /\p{L}/u.test(s[j + 1] ?? '')) {
				j = s.indexOf('"', j + 1);
			}
			if (j > i) {
				out.push({ start: i, end: j + 1, text: trimQuote(s.slice(i + 1, j)) });
				i = j + 1;
				continue;
			}
		}
		i++;
	}
	return out;
}

function trimQuote(s: string): string {
	return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export type QuoteStyle = 'en' | 'fr' | 'es';

/** Quotes words in the language's marks (French with no-break spaces inside the guillemets). */
export function quote(s: string, style: QuoteStyle): string {
	return style === 'fr' ? `«\u00a0${s}\u00a0»` : `“${s}”`;
}

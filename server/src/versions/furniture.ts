/**
 * Page furniture of official PDF text that the parser may leave in the body: the running head (the symbol, with
 * the short title under it on odd pages) and the asterisk note on sponsors under the first page's footnote rule.
 * It is blanked, not removed, so that every offset still points into the original text.
 */
const SYMBOL_LINE = /^[ \t]*((?:A|S|E)\/[A-Z0-9.]+(?:\/[A-Za-z0-9._]+)+)[ \t]*$/;
const SEPARATOR = /^[ \t]*_{5,}[ \t]*$/;
const STAR_NOTE = /^[ \t]*\*{1,3}[ \t]+\S/;

/** The document symbol printed alone on one of the first lines (`A/80/L.12`), if any. */
export function headSymbol(text: string): string | undefined {
	const head = text.slice(0, 2000).split(/\r\n?|\n/).slice(0, 12);
	for (const line of head) {
		const m = SYMBOL_LINE.exec(line);
		if (m) {
			return m[1];
		}
	}
	return undefined;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function blankFurniture(text: string): string {
	const symbol = headSymbol(text);
	const lines = text.split(/(?<=\n)/);
	const headText = squash(lines.slice(0, 60).join(' '));
	let changed = false;
	const blank = (i: number) => {
		lines[i] = lines[i].replace(/[^\r\n]/g, ' ');
		changed = true;
	};
	let afterSeparator = -1;
	for (let i = 12; i < lines.length; i++) {
		const t = lines[i].trim();
		if (SEPARATOR.test(t)) {
			afterSeparator = i;
			continue;
		}
		if (afterSeparator >= 0 && i - afterSeparator <= 3 && STAR_NOTE.test(t)) {
			blank(i);
			for (let j = i + 1; j < lines.length && lines[j].trim() !== '' && !/^\d{1,3}\s/.test(lines[j].trim()); j++) {
				blank(j);
			}
			continue;
		}
		if (symbol !== undefined && t === symbol) {
			blank(i);
			// The running title: short lines up to the next blank one, that repeat words of the heading.
			let j = i + 1;
			const title: number[] = [];
			for (; j < lines.length && j <= i + 5 && lines[j].trim() !== ''; j++) {
				title.push(j);
			}
			const isTitle = (ks: number[]) => {
				const words = squash(ks.map((k) => lines[k]).join(' '));
				return ks.length > 0 && words.length < 400 && !/[.,;:]$/.test(words) && headText.includes(words);
			};
			if (isTitle(title)) {
				title.forEach(blank);
			}
			// On odd pages the title stands above the symbol, after a blank line.
			const above: number[] = [];
			for (j = i - 1; j >= 12 && j >= i - 5 && lines[j].trim() !== ''; j--) {
				above.unshift(j);
			}
			if ((j < 12 || lines[j].trim() === '') && isTitle(above)) {
				above.forEach(blank);
			}
		}
	}
	return changed ? lines.join('') : text;
}

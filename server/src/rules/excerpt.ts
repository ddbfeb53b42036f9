/** The opening words of a text for a message: emphasis marks dropped, cut at a word with "…" past `max` characters. */
export function excerpt(text: string, max = 40): string {
	const plain = text.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
	if (plain.length <= max) {
		return plain;
	}
	const cut = plain.slice(0, max + 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : plain.slice(0, max)).replace(/[\s,;:.]+$/, '')}…`;
}

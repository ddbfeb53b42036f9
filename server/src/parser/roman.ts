const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** Value of a roman numeral (`iv` = 4), or NaN when it is not one. */
export function romanValue(s: string): number {
	const t = s.toLowerCase();
	if (!/^[ivxlc]+$/.test(t)) {
		return NaN;
	}
	let total = 0;
	for (let i = 0; i < t.length; i++) {
		const v = ROMAN[t[i]];
		const next = i + 1 < t.length ? ROMAN[t[i + 1]] : 0;
		total += v < next ? -v : v;
	}
	return total;
}

/** Lower-case roman numeral of `n` (1 to 399). */
export function toRomanLower(n: number): string {
	const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
	let out = '';
	for (const [v, s] of table) {
		while (n >= v) {
			out += s;
			n -= v;
		}
	}
	return out;
}

/** Ordinal of a latin letter label: `a` = 1, `z` = 26, `aa` = 27, `bb` = 28. */
export function alphaValue(s: string): number {
	const t = s.toLowerCase();
	if (/^([a-z])\1*$/.test(t)) {
		return (t.length - 1) * 26 + (t.charCodeAt(0) - 96);
	}
	return NaN;
}

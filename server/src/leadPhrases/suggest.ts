import { LEAD_ENTRIES, OPTIONAL_TAIL, PLACEHOLDER, type Gender, type LeadEntry, type LeadForm } from './entries';
import type { LeadKind, LeadLang } from './table';
import { normWord, splitWords } from './words';

// Counterparts (participle ↔ verb) and spelling suggestions for unknown lead phrases.

/** English stem of a lead word for pairing a participle with its verb: `Recalling`/`Recalls` → `recall`. */
function stems(word: string): string[] {
	const w = normWord(word);
	if (w.endsWith('ing')) {
		return [w.slice(0, -3), `${w.slice(0, -3)}e`];
	}
	if (w.endsWith('es')) {
		return [w.slice(0, -2), w.slice(0, -1)];
	}
	return w.endsWith('s') ? [w.slice(0, -1)] : [w];
}

let counterparts: Map<LeadEntry, LeadEntry> | undefined;

/** The operative verb of a preambular participle and the reverse: `Recalling` ↔ `Recalls`, `Taking note of` ↔ `Takes note of`. */
export function counterpart(entry: LeadEntry): LeadEntry | undefined {
	if (!counterparts) {
		counterparts = new Map();
		const keyOf = (e: LeadEntry) => {
			const words = splitWords(e.forms.en[0].text.replace(PLACEHOLDER, '')).map(normWord);
			return { first: stems(words[0]), rest: words.slice(1).join(' ') };
		};
		const operative = LEAD_ENTRIES.filter((e) => e.kind === 'operative' && !e.modifier);
		for (const pre of LEAD_ENTRIES.filter((e) => e.kind === 'preambular' && !e.modifier)) {
			const a = keyOf(pre);
			const op = operative.find((o) => {
				const b = keyOf(o);
				return b.rest === a.rest && b.first.some((s) => a.first.includes(s));
			});
			if (op) {
				counterparts.set(pre, op);
				if (!counterparts.has(op)) {
					counterparts.set(op, pre);
				}
			}
		}
	}
	return counterparts.get(entry);
}

function distance(a: string, b: string, cap: number): number {
	if (Math.abs(a.length - b.length) > cap) {
		return cap + 1;
	}
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			best = Math.min(best, row[j]);
		}
		if (best > cap) {
			return cap + 1;
		}
		prev = row;
	}
	return prev[b.length];
}

/**
 * The known phrase of `kind` closest to the opening words of an unknown lead (`Recaling` → `Recalling`,
 * `Requets` → `Requests`): a small spelling distance over as many words as the phrase has (its trailing
 * preposition aside). `count` is that number of words; `words` the phrase's own words to write instead.
 */
export function closestForm(words: readonly string[], lang: LeadLang, kind: LeadKind, gender: Gender | undefined): { form: LeadForm; count: number; words: string } | undefined {
	// The search compares with every form of the table: remembered, as a draft repeats its unknown openings.
	const key = `${lang}|${kind}|${gender ?? ''}|${words.join(' ')}`;
	if (closest.has(key)) {
		return closest.get(key);
	}
	// Bounded: typing makes a new unknown opening at each keystroke, and a long session must not keep them all.
	if (closest.size > 500) {
		closest.clear();
	}
	const found = searchClosest(words, lang, kind, gender);
	closest.set(key, found);
	return found;
}

const closest = new Map<string, ReturnType<typeof closestForm>>();

function searchClosest(words: readonly string[], lang: LeadLang, kind: LeadKind, gender: Gender | undefined): ReturnType<typeof closestForm> {
	const norms = words.map(normWord);
	let best: { form: LeadForm; d: number; count: number } | undefined;
	for (const entry of LEAD_ENTRIES) {
		if (entry.kind !== kind || entry.modifier) {
			continue;
		}
		for (const form of entry.forms[lang]) {
			if ((form.gender && gender && form.gender !== gender) || form.modifier) {
				continue;
			}
			const core = form.core.length > 1 && OPTIONAL_TAIL.has(form.core[form.core.length - 1]) ? form.core.slice(0, -1) : form.core;
			if (core.length > norms.length) {
				continue;
			}
			const target = core.join(' ');
			const typed = norms.slice(0, core.length).join(' ');
			const cap = Math.min(3, Math.floor(target.length / 4));
			const d = distance(typed, target, cap);
			if (d > 0 && d <= cap && (!best || d < best.d || (d === best.d && form.main && !best.form.main))) {
				best = { form, d, count: core.length };
			}
		}
	}
	return best && { form: best.form, count: best.count, words: splitWords(best.form.text).slice(0, best.count).join(' ') };
}
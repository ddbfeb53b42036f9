import { LEAD_ENTRIES, LEAD_LANGS, OPTIONAL_TAIL, type LeadForm } from './entries';
import type { LeadLang } from './table';

/** A word trie per language: a text is matched word by word and stops at the first word no formula has there. */
export interface TrieNode {
	/** Forms whose core (or core without its optional tail, or a long prefix) ends here. */
	forms?: LeadForm[];
	readonly next: Map<string, TrieNode>;
}

let index: Record<LeadLang, TrieNode> | undefined;

export function leadTrie(): Record<LeadLang, TrieNode> {
	if (index) {
		return index;
	}
	const roots: Record<LeadLang, TrieNode> = { en: { next: new Map() }, fr: { next: new Map() }, es: { next: new Map() } };
	const add = (lang: LeadLang, words: readonly string[], form: LeadForm) => {
		let node = roots[lang];
		for (const w of words) {
			let child = node.next.get(w);
			if (!child) {
				child = { next: new Map() };
				node.next.set(w, child);
			}
			node = child;
		}
		if (!node.forms) {
			node.forms = [form];
		} else if (!node.forms.includes(form)) {
			node.forms.push(form);
		}
	};
	for (const entry of LEAD_ENTRIES) {
		for (const lang of LEAD_LANGS) {
			for (const form of entry.forms[lang]) {
				const core = form.core;
				add(lang, core, form);
				if (core.length > 1 && OPTIONAL_TAIL.has(core[core.length - 1])) {
					add(lang, core.slice(0, -1), form);
				}
				// `Acting under Chapter VII of the Charter,`: a long formula matches from its first four words.
				for (let k = 4; core.length >= 6 && k < core.length; k++) {
					add(lang, core.slice(0, k), form);
				}
			}
		}
	}
	index = roots;
	return index;
}

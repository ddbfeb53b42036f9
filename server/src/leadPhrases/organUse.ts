import type { Body } from '../model/document';
import type { LeadEntry } from './index';

/** Phrases only the Security Council writes: it alone acts under Chapter VII of the Charter. */
const SECURITY_COUNCIL_ONLY: ReadonlySet<string> = new Set(['acting-under-chapter-vii-of-the-charter-of-the-united-nations']);

/**
 * How a lead phrase fits a draft of this organ: `never` for Security Council language in another organ's draft
 * (`Acting under Chapter VII …` in a General Assembly text), `rare` for phrases mostly of Security Council texts,
 * `usual` otherwise and whenever the organ is not known.
 */
export function organUse(entry: LeadEntry, body: Body | undefined): 'usual' | 'rare' | 'never' {
	if (body === undefined || body === 'SC' || !entry.sc) {
		return 'usual';
	}
	return SECURITY_COUNCIL_ONLY.has(entry.id) ? 'never' : 'rare';
}

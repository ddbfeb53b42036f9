/**
 * The claims a listed fault's reason makes (knownTextFaults.ts), read back and checked against the diagnostics the
 * file gets: “A preambular paragraph (“Recordando …”) ends with “;” in the XML.” must name a paragraph that starts so,
 * ends so and is flagged; “And 2 more of the same kind.” counts the rest. A reason whose every diagnostic is not so
 * named would hide a new one of the same rule on that file. Used by the unit test and scripts/audit-known-faults.ts.
 */
import type { KnownFault } from './knownFaults';

export interface Flagged {
	readonly rule: string;
	readonly message: string;
	/** The paragraph at the diagnostic's line, as the imported draft writes it. */
	readonly text: string;
}

export interface Claimed {
	/** Every claim met, and every diagnostic of a checked rule claimed. */
	readonly ok: boolean;
	readonly failed: readonly string[];
	/** Listed rules the file no longer gets. */
	readonly stale: readonly string[];
}

const PUNCTUATION = ['preambular-punctuation', 'operative-punctuation'];
const ENDS = /^(A preambular paragraph|A preambular sub-paragraph|An operative paragraph|The last operative paragraph|The single operative paragraph|A sub-paragraph) \(“(.+?) …”\) ends with (?:“(.)”|no punctuation \(“…(.+?)”\)) in the XML\b/;
const MORE = /^And (\d+) more of the same kind\b/;
const LEAD = /^The lead phrase “(.+?)” does not agree in gender with (?:the organ|[^:]+?) in the XML: it should read “(.+?)”/;
const GAP = /^The XML numbers no paragraph (\d+): paragraph (\d+) follows a lower number/;

/** The words of a paragraph as a claim quotes them: italics and note calls out, the number off the front. */
export function claimWords(text: string): string {
	return text
		.replace(/\[\^[^\]]*\]/g, '')
		.replace(/\*/g, '')
		.replace(/^\d+\.\s+/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The reason's sentences (a full stop, then a capital or the end). */
export function sentences(reason: string): string[] {
	return reason.split(/(?<=[.)”])\s+(?=(?:A|An|And|The|Operative|Paragraph) )/).map((s) => s.trim()).filter(Boolean);
}

/** Whether a sentence is one of the checked claims (the rest are free text, judged by hand). */
export function isClaim(sentence: string): boolean {
	return ENDS.test(sentence) || MORE.test(sentence) || LEAD.test(sentence) || GAP.test(sentence);
}

export function checkClaims(entry: KnownFault, flagged: readonly Flagged[]): Claimed {
	const rules = entry.rules ?? [];
	const stale = rules.filter((r) => !flagged.some((f) => f.rule === r));
	const failed: string[] = [];
	const used = new Set<Flagged>();
	const checked = new Set<string>();
	let more = 0;
	for (const s of sentences(entry.reason)) {
		let m: RegExpExecArray | null;
		if ((m = ENDS.exec(s))) {
			const [, kind, lead, mark, tail] = m;
			const ruleOf = kind.includes('operative') ? ['operative-punctuation'] : kind === 'A sub-paragraph' ? PUNCTUATION : ['preambular-punctuation'];
			ruleOf.forEach((r) => checked.add(r));
			const hit = flagged.find((f) => !used.has(f) && ruleOf.includes(f.rule) && claimWords(f.text).startsWith(lead.replace(/\s+/g, ' ')) && (mark ? claimWords(f.text).endsWith(mark) && f.message.includes(`ends with “${mark}”`) : claimWords(f.text).endsWith(tail) && f.message.includes('no punctuation')));
			if (hit) {
				used.add(hit);
			} else {
				failed.push(`no ${ruleOf.join('/')} diagnostic on a paragraph “${lead} …” ending ${mark ? `with “${mark}”` : `“…${tail}”`}`);
			}
		} else if ((m = MORE.exec(s))) {
			more += Number(m[1]);
		} else if ((m = LEAD.exec(s))) {
			checked.add('lead-phrase-agreement');
			const [, phrase, should] = m;
			const hit = flagged.find((f) => !used.has(f) && f.rule === 'lead-phrase-agreement' && f.message.includes(`“${phrase}”`) && f.message.includes(`write “${should}”`));
			if (hit) {
				used.add(hit);
			} else {
				failed.push(`no lead-phrase-agreement diagnostic on “${phrase}” asking for “${should}”`);
			}
		} else if ((m = GAP.exec(s))) {
			checked.add('operative-numbering');
			const [, gap, next] = m;
			const hit = flagged.find((f) => !used.has(f) && f.rule === 'operative-numbering' && new RegExp(`^Operative paragraph ${gap} is missing: \\d+ is followed by ${next}\\b`).test(f.message));
			if (hit) {
				used.add(hit);
			} else {
				failed.push(`no operative-numbering diagnostic saying paragraph ${gap} is missing before ${next}`);
			}
		}
	}
	// Every diagnostic of a checked rule is claimed, by name or as one of “N more of the same kind”.
	const unclaimed = flagged.filter((f) => checked.has(f.rule) && !used.has(f));
	if (unclaimed.length !== more) {
		failed.push(`${unclaimed.length} diagnostic(s) of ${[...checked].join('/')} not named by the reason, which says ${more} more: ${unclaimed.map((f) => f.message).join(' | ')}`);
	}
	return { ok: failed.length === 0 && stale.length === 0, failed, stale };
}

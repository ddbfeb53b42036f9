import { ruleSetting, type RuleResult, type RuleSettings } from '../features/diagnostics';
import type { DocumentFacts } from '../model/analysis';
import type { Span } from '../model/document';
import type { Finding, Fix, Related } from '../model/finding';
import { LOCAL_EDIT, type LocalEdit } from '../parser/splice';
import type { Rule, RuleContext } from '../rules/types';

/**
 * Rules whose input an edit did not change keep their findings (decision 17). A version whose model was spliced
 * from the one before (parser/splice.ts: only paragraph P changed, the rest rebased) is checked rule by rule: a rule
 * that cannot see what changed in P answers its previous findings, rebased; the others run. What each rule reads
 * of a paragraph is written down here, conservatively (the property tests compare with a full check after every
 * edit); a rule not listed always runs.
 */
const READS: Readonly<Record<string, (e: LocalEdit, ctx: RuleContext) => boolean>> = {
	// The lead-phrase view holds the preamble and operative parts, never the annexes; of a paragraph it reads the
	// opening (a clause up to 400 characters before the verb), the ending and the sub-paragraphs' endings. Without
	// an organ line, the organ rule reads the whole text (the councils it names); the last operative paragraph's
	// punctuation reads the text after it up to the closing line (or the first annex).
	'organ-line': (e, ctx) => ctx.doc.organ !== undefined && leadView(e),
	'unknown-lead-phrase': leadView,
	'repeated-lead-phrase': leadView,
	'lead-phrase-agreement': leadView,
	'preambular-punctuation': leadView,
	'operative-punctuation': (e, ctx) => leadView(e) && (ctx.doc.closing === undefined || e.start > ctx.doc.closing.span.end),
	// Numbers and labels (their values the splice keeps), the first two words after a number (whether a numbered
	// paragraph counts as one, fixes/numbering.ts) and a paragraph's last characters (an introduction's colon).
	'operative-numbering': (e) => e.numberWords && e.tail > 12,
	'subparagraph-labels': (e) => e.numberWords,
	// References, citations and dates are written with digits: none in reach of the edit, none changed; a reference
	// is also read by a paragraph's first 400 characters (`Recalls … resolution …, that`, rules/recalledText.ts),
	// and needs its keyword (`paragraph 5`): a paragraph without one holds none, whatever is typed in it.
	'paragraph-reference': (e) => !e.references || (!e.digitsNear && (!e.digits || e.head > 400)),
	'unknown-resolution': (e) => !e.digitsNear,
	'uncatalogued-resolution': (e) => !e.digitsNear,
	'citation-date-mismatch': (e) => !e.digitsNear,
	'citation-order': (e) => !e.digitsNear,
	'citation-body': (e) => !e.digitsNear,
	// Footnote texts are never edited on the in-line path, but a paragraph's bare-digit calls may change (one
	// deleted, the number expected after the line the same): the footnote rules run when P holds a marker.
	'footnote-numbering': (e) => !e.markers,
	'footnote-unused': (e) => !e.markers,
	'footnote-missing-text': (e) => !e.markers,
	'footnote-placement': (e) => !e.markers,
};

function leadView(e: LocalEdit): boolean {
	return e.zone === 'annex' || (e.head > 400 && e.tail > 12 && !e.subParagraphs);
}

/** The check of the version before, for reuse: its facts, findings, settings and catalogue. */
export interface PreviousCheck {
	readonly facts: DocumentFacts;
	readonly results: readonly RuleResult[];
	readonly rules: unknown;
	readonly catalog: unknown;
	readonly day: string;
}

/** How many rule runs were reused (for the benchmark and the tests). */
export const reuseStats = { reused: 0, run: 0, last: undefined as LocalEdit | undefined, ran: new Map<string, number>() };

/**
 * `runRules`, reusing the previous check's findings of the rules that cannot see the edit. `previous` must be the
 * check of the version `facts.previous` names, under the same settings, catalogue and day.
 */
export function runRulesReusing(
	ctx: RuleContext, settings: RuleSettings | undefined, onError: (rule: Rule, error: unknown) => void, rules: readonly Rule[],
	previous: PreviousCheck | undefined,
): RuleResult[] {
	const local = ctx.facts.get(LOCAL_EDIT);
	reuseStats.last = local;
	const usable = local && previous && ctx.facts.previous?.facts === previous.facts ? previous : undefined;
	const byRule = new Map<Rule, RuleResult[]>();
	if (usable) {
		for (const r of usable.results) {
			(byRule.get(r.rule) ?? byRule.set(r.rule, []).get(r.rule)!).push(r);
		}
	}
	const out: RuleResult[] = [];
	for (const rule of rules) {
		const setting = ruleSetting(settings, rule.id);
		if (setting === 'off') {
			continue;
		}
		const reads = READS[rule.id];
		const old = usable && local && reads?.(local, ctx) ? byRule.get(rule) ?? [] : undefined;
		if (old && old.every((r) => !touches(r.finding, local!))) {
			reuseStats.reused++;
			let fresh: Finding[] | undefined;
			// The fixes are made on demand from this version (a plan over the whole text): the rule runs then.
			const fixesAt = (i: number) => (fresh ??= rule.check(ctx))[i]?.fixes;
			old.forEach((r, i) => out.push({ ...r, finding: rebased(r.finding, local!, () => fixesAt(i)) }));
			continue;
		}
		reuseStats.run++;
		if (local) {
			reuseStats.ran.set(rule.id, (reuseStats.ran.get(rule.id) ?? 0) + 1);
		}
		let findings: Finding[];
		try {
			findings = rule.check(ctx);
		} catch (error) {
			onError(rule, error);
			continue;
		}
		for (const finding of findings) {
			out.push({ rule, finding, severity: setting ?? finding.severity ?? rule.defaultSeverity });
		}
	}
	return out;
}

/** A finding at or across the edit: its place or words may have changed. */
function touches(f: Finding, e: LocalEdit): boolean {
	const near = (s: Span) => s.end >= e.start && s.start <= e.oldEnd;
	return near(f.span) || (f.related ?? []).some((r) => near(r.span));
}

function rebased(f: Finding, e: LocalEdit, fixes: () => readonly Fix[] | undefined): Finding {
	const delta = e.newEnd - e.oldEnd;
	const at = (x: number) => (x > e.oldEnd ? x + delta : x);
	const span = (s: Span): Span => (s.start > e.oldEnd || s.end > e.oldEnd ? { start: at(s.start), end: at(s.end) } : s);
	const { messageKey, args, severity, related } = f;
	let made = false;
	let kept: readonly Fix[] | undefined;
	return {
		span: span(f.span), messageKey, args,
		...(severity ? { severity } : {}),
		...(related ? { related: related.map((r): Related => ({ ...r, span: span(r.span) })) } : {}),
		get fixes(): readonly Fix[] | undefined {
			if (!made) {
				made = true;
				// The same Fix objects for every ask: code actions group diagnostics by fix identity.
				kept = fixes();
			}
			return kept;
		},
	};
}

import type { CatalogLike } from '../catalog/catalog';
import { fixAllOptions } from '../features/codeActions';
import { runRules, type RuleResult, type RuleSettings } from '../features/diagnostics';
import { applyEdits, normalizeEdits, type Edit } from '../fixes/edits';
import { planRenumber } from '../fixes/renumber';
import type { Message } from '../l10n/messages';
import type { Lang, ResolutionDocument } from '../model/document';
import { splitCompilation } from '../parser/compilation';
import { LineMap } from '../parser/lines';
import { parseVersion } from '../parser/parse';
import { createContext, type RuleContext } from '../rules/types';
import { checkSegments, fixSegments } from './compilation';

/**
 * Checking and fixing a text with every rule: the core of `unres check`, the same functions the language
 * server runs (parse → rule context → runRules; fixes from the same plans as the quick fixes).
 */
export interface CheckOptions {
	readonly lang?: Lang;
	readonly rules?: RuleSettings;
	/** The resolution catalogue the citation rules read (the caller loads it: this layer reads no disk). */
	readonly catalog?: CatalogLike;
	/** Fields the rule context carries beyond the document (a catalogue, the date of today …). */
	readonly extend?: (ctx: RuleContext) => RuleContext;
	readonly onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface CheckResult {
	readonly doc: ResolutionDocument;
	readonly ctx: RuleContext;
	readonly lines: LineMap;
	readonly results: RuleResult[];
}

export function checkText(text: string, options: CheckOptions = {}): CheckResult {
	// A file of several resolutions: each checked on its own (decision 20); doc and ctx read the file as one.
	const segments = splitCompilation(text);
	if (segments.length < 2) {
		return checkOne(text, options);
	}
	// The file read as one is parsed only if asked for (the CLI reads results and lines).
	let whole: CheckResult | undefined;
	const asOne = () => (whole ??= checkOne(text, options, []));
	const results = checkSegments(text, segments, (t) => checkOne(t, options));
	return {
		get doc() {
			return asOne().doc;
		},
		get ctx() {
			return asOne().ctx;
		},
		lines: new LineMap(text),
		results,
	};
}

function checkOne(text: string, options: CheckOptions, rules?: RuleResult[]): CheckResult {
	const facts = parseVersion(text, options.lang ? { lang: options.lang } : {});
	const doc = facts.doc;
	const lines = new LineMap(text);
	// The catalogue the caller gives (the CLI: built-in with the user's layers); `extend` may add more.
	const base = createContext(doc, text, lines, { facts, ...(options.catalog ? { catalog: options.catalog } : {}) });
	const ctx = options.extend ? options.extend(base) : base;
	const results = rules ?? runRules(ctx, options.rules, (rule, error) => options.onRuleError?.(rule.id, error));
	return { doc, ctx, lines, results };
}

export interface FixOutcome {
	readonly text: string;
	/** What was applied, as messages (fix titles) to format in the user's language. */
	readonly applied: readonly Message[];
}

const MAX_PASSES = 8;

/**
 * Applies every safe fix: the fix-all plan (renumbering paragraphs, labels, footnotes and the references to
 * them) and the fixes rules mark `safe`. Repeats until nothing is left to fix, since one fix can reveal another.
 */
export function fixText(text: string, options: CheckOptions = {}): FixOutcome {
	const segments = splitCompilation(text);
	if (segments.length > 1) {
		const { text: fixed, outcomes } = fixSegments(text, segments, (t) => fixOne(t, options));
		return { text: fixed, applied: outcomes.flatMap((o) => o.applied) };
	}
	return fixOne(text, options);
}

function fixOne(text: string, options: CheckOptions): FixOutcome {
	let current = text;
	const applied: Message[] = [];
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const { ctx, results } = checkOne(current, options);
		const plan = planRenumber(ctx, fixAllOptions(options.rules));
		let edits: Edit[] = [...plan.edits];
		if (edits.length > 0) {
			applied.push({ key: 'fix.renumberAll', args: [] });
		} else {
			for (const result of results) {
				const fix = result.finding.fixes?.find((f) => f.safe);
				if (!fix || fix.edits.some((e) => edits.some((x) => e.span.start < x.span.end && x.span.start < e.span.end))) {
					continue;
				}
				edits.push(...fix.edits);
				applied.push({ key: fix.titleKey, args: fix.titleArgs ?? [] });
			}
		}
		if (edits.length === 0) {
			break;
		}
		edits = normalizeEdits(edits);
		const next = applyEdits(current, edits);
		if (next === current) {
			break;
		}
		current = next;
	}
	return { text: current, applied };
}

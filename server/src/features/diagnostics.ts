import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { format, type Locale, type MessageArg, type MessageKey } from '../l10n/messages';
import type { LineMap } from '../parser/lines';
import { RULES } from '../rules/index';
import { SEVERITIES, type Finding, type Rule, type RuleContext, type RuleSetting, type Severity } from '../rules/types';
import { ruleDocUrl } from '../rules/docs';

/** `unres.rules`: rule id → `off` or a severity. Anything else in the user's JSON is ignored. */
export type RuleSettings = Readonly<Record<string, unknown>>;

export interface RuleResult {
	readonly rule: Rule;
	readonly finding: Finding;
	readonly severity: Severity;
}

/** The user's setting for a rule, if it is a valid one. */
export function ruleSetting(settings: RuleSettings | undefined, id: string): RuleSetting | undefined {
	const value = settings?.[id];
	return value === 'off' || SEVERITIES.includes(value as Severity) ? (value as RuleSetting) : undefined;
}

export function ruleEnabled(settings: RuleSettings | undefined, id: string): boolean {
	return ruleSetting(settings, id) !== 'off';
}

/**
 * Runs every enabled rule. A rule that throws is skipped (and reported through `onError`), so one bug
 * does not hide the other rules' findings.
 */
export function runRules(ctx: RuleContext, settings?: RuleSettings, onError?: (rule: Rule, error: unknown) => void, rules: readonly Rule[] = RULES): RuleResult[] {
	const out: RuleResult[] = [];
	for (const rule of rules) {
		const setting = ruleSetting(settings, rule.id);
		if (setting === 'off') {
			continue;
		}
		let findings: Finding[];
		try {
			findings = rule.check(ctx);
		} catch (error) {
			onError?.(rule, error);
			continue;
		}
		for (const finding of findings) {
			out.push({ rule, finding, severity: setting ?? finding.severity ?? rule.defaultSeverity });
		}
	}
	return out;
}

const LSP_SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

export function diagnosticMessage(result: RuleResult, locale: Locale): string {
	return formatted(result.finding.messageKey, result.finding.args, locale);
}

/**
 * Messages by their arguments' array: a finding a later version keeps (service/ruleReuse.ts) shares it, so a
 * keystroke formats only the messages of the rules that ran.
 */
const MESSAGES = new WeakMap<readonly unknown[], { key: string; locale: Locale; message: string }>();
function formatted(key: MessageKey, args: readonly MessageArg[], locale: Locale): string {
	const hit = MESSAGES.get(args);
	if (hit && hit.key === key && hit.locale === locale) {
		return hit.message;
	}
	const message = format(key, args, locale);
	MESSAGES.set(args, { key, locale, message });
	return message;
}

export function toDiagnostic(result: RuleResult, uri: string, lines: LineMap, locale: Locale): Diagnostic {
	const { finding, rule } = result;
	const relatedInformation: DiagnosticRelatedInformation[] = (finding.related ?? []).map((r) => ({
		location: { uri, range: lines.range(r.span) },
		message: formatted(r.messageKey, r.args, locale),
	}));
	return {
		range: lines.range(finding.span),
		severity: LSP_SEVERITY[result.severity],
		code: rule.id,
		codeDescription: { href: ruleDocUrl(rule.id) },
		source: 'unres',
		message: diagnosticMessage(result, locale),
		...(relatedInformation.length > 0 ? { relatedInformation } : {}),
	};
}

export function toDiagnostics(results: readonly RuleResult[], uri: string, lines: LineMap, locale: Locale): Diagnostic[] {
	return results.map((r) => toDiagnostic(r, uri, lines, locale));
}

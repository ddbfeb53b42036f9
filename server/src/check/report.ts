import type { RuleResult } from '../features/diagnostics';
import { format, type Locale } from '../l10n/messages';
import type { LineMap } from '../parser/lines';
import { RULES } from '../rules/index';
import type { Severity } from '../rules/types';

/** One diagnostic of `unres check`, in 1-based lines and columns as editors and CI annotations count them. */
export interface Problem {
	readonly line: number;
	readonly column: number;
	readonly endLine: number;
	readonly endColumn: number;
	readonly severity: Severity;
	readonly code: string;
	readonly message: string;
	readonly related: readonly { line: number; column: number; message: string }[];
}

export interface FileReport {
	/** As given or found, relative to the working directory when possible. */
	readonly file: string;
	readonly problems: readonly Problem[];
	/** Fixes applied by `--fix`, already formatted. */
	readonly fixed?: readonly string[];
}

export function toProblems(results: readonly RuleResult[], lines: LineMap, locale: Locale): Problem[] {
	return results
		.map((r) => {
			const start = lines.position(r.finding.span.start);
			const end = lines.position(r.finding.span.end);
			return {
				line: start.line + 1,
				column: start.character + 1,
				endLine: end.line + 1,
				endColumn: end.character + 1,
				severity: r.severity,
				code: r.rule.id,
				message: format(r.finding.messageKey, r.finding.args, locale),
				related: (r.finding.related ?? []).map((x) => {
					const p = lines.position(x.span.start);
					return { line: p.line + 1, column: p.character + 1, message: format(x.messageKey, x.args, locale) };
				}),
			};
		})
		.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** `file:line:col severity code message`, the form compilers and linters print. */
export function formatText(reports: readonly FileReport[]): string {
	const lines: string[] = [];
	const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
	for (const report of reports) {
		for (const fix of report.fixed ?? []) {
			lines.push(`${report.file}: fixed: ${fix}`);
		}
		for (const p of report.problems) {
			counts[p.severity]++;
			lines.push(`${report.file}:${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`);
		}
	}
	const files = reports.length === 1 ? '1 file' : `${reports.length} files`;
	lines.push(`${counts.error} errors, ${counts.warning} warnings, ${counts.information} information, ${counts.hint} hints in ${files}`);
	return `${lines.join('\n')}\n`;
}

export function formatJson(reports: readonly FileReport[]): string {
	return `${JSON.stringify(reports, null, 2)}\n`;
}

const SRCROOT = '%SRCROOT%';

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0, as code-scanning services read it. `uriFor` turns a file into the artifact URI; a relative one is
 * relative to `%SRCROOT%`, which `srcRoot` (a `file:` URI ending with `/`) defines in `originalUriBaseIds`.
 */
export function formatSarif(reports: readonly FileReport[], version: string, uriFor: (file: string) => string, srcRoot?: string): string {
	const index = new Map(RULES.map((r, i) => [r.id, i]));
	const artifact = (file: string) => {
		const uri = uriFor(file);
		return /^[a-z][a-z0-9+.-]*:/i.test(uri) ? { uri } : { uri, uriBaseId: SRCROOT };
	};
	const log = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'unres',
						version,
						informationUri: 'https://undocs.org/',
						rules: RULES.map((r) => ({
							id: r.id,
							shortDescription: { text: r.description },
							defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
						})),
					},
				},
				...(srcRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: srcRoot } } } : {}),
				results: reports.flatMap((report) =>
					report.problems.map((p) => ({
						ruleId: p.code,
						...(index.has(p.code) ? { ruleIndex: index.get(p.code) } : {}),
						level: SARIF_LEVEL[p.severity],
						message: { text: p.message },
						locations: [{
							physicalLocation: {
								artifactLocation: artifact(report.file),
								region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
							},
						}],
						...(p.related.length > 0
							? {
								relatedLocations: p.related.map((r, id) => ({
									id,
									message: { text: r.message },
									physicalLocation: { artifactLocation: artifact(report.file), region: { startLine: r.line, startColumn: r.column } },
								})),
							}
							: {}),
					})),
				),
			},
		],
	};
	return `${JSON.stringify(log, null, 2)}\n`;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type CatalogLike } from '../../../server/src/catalog/index';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { diagnosticMessage, runRules, type RuleResult } from '../../../server/src/features/diagnostics';
import type { Locale } from '../../../server/src/l10n/messages';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { ruleById } from '../../../server/src/rules/index';
import { createContext } from '../../../server/src/rules/types';
import { CORPUS_EN, SAMPLE_FR } from '../../helpers/paths';
import { TEST_NOW } from './harness';

/** Runs one rule with a chosen catalogue and date; the findings as `line: message`. */
export function findings(ruleId: string, text: string, options: { now?: Date; catalog?: CatalogLike | null; locale?: Locale } = {}): string[] {
	return results(ruleId, text, options).map(({ r, lines }) => `${lines.position(r.finding.span.start).line + 1}: ${diagnosticMessage(r, options.locale ?? 'en')}`);
}

export function results(ruleId: string, text: string, options: { now?: Date; catalog?: CatalogLike | null } = {}): { r: RuleResult; lines: LineMap }[] {
	const rule = ruleById(ruleId);
	if (!rule) {
		throw new Error(`no rule ${ruleId}`);
	}
	const doc = parse(text);
	const lines = new LineMap(text);
	const catalog = options.catalog === null ? undefined : options.catalog ?? loadBuiltinCatalog();
	const ctx = createContext(doc, text, lines, { ...(catalog ? { catalog } : {}), now: options.now ?? TEST_NOW });
	return runRules(ctx, {}, (_, e) => { throw e; }, [rule]).map((r) => ({ r, lines }));
}

/** `The General Assembly,` + the paragraphs, blank lines between. */
export const draft = (...paragraphs: string[]): string => `${['The General Assembly,', ...paragraphs].join('\n\n')}\n`;

/** The reference document and the English corpus, when ../shared is there. */
export function realDocuments(): { name: string; text: string }[] {
	const files = [SAMPLE_FR, ...(existsSync(CORPUS_EN) ? readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS_EN, f)) : [])];
	return files.filter(existsSync).map((f) => ({ name: path.basename(f), text: readFileSync(f, 'utf8') }));
}

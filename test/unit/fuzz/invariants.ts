import * as assert from 'node:assert/strict';
import type { CompletionItem, DocumentSymbol, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../../../server/src/analysis';
import { type Catalog } from '../../../server/src/catalog/index';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { checkText, fixText, type CheckOptions } from '../../../server/src/check/check';
import { citationCompletions } from '../../../server/src/features/citationCompletion';
import { citationAt, citationHover } from '../../../server/src/features/citationHover';
import { citationDefinition, citationReferences, resolutionKeyAt } from '../../../server/src/features/citationNavigation';
import { codeActions, fixAllOptions, FIX_ALL_KIND } from '../../../server/src/features/codeActions';
import { leadCompletions } from '../../../server/src/features/completion';
import { runRules, toDiagnostic, type RuleResult } from '../../../server/src/features/diagnostics';
import { documentInfo } from '../../../server/src/features/documentInfo';
import { documentLinks } from '../../../server/src/features/documentLinks';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { foldingRanges } from '../../../server/src/features/foldingRanges';
import { footnoteHover } from '../../../server/src/features/footnoteHover';
import { leadPhraseHover } from '../../../server/src/features/leadPhraseHover';
import { applyEdits, normalizeEdits, type Edit } from '../../../server/src/fixes/edits';
import { LEAD_LANGS, matchLead } from '../../../server/src/leadPhrases/index';
import { planRenumber } from '../../../server/src/fixes/renumber';
import { LOCALES, MESSAGES, type Locale, type MessageArg, type MessageKey } from '../../../server/src/l10n/messages';
import type { Lang, ResolutionDocument, Span } from '../../../server/src/model/document';
import { LineMap } from '../../../server/src/parser/lines';
import { parseVersion } from '../../../server/src/parser/parse';
import { createContext, type Fix, type RuleContext } from '../../../server/src/rules/types';
import { summarize, WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';

/**
 * The invariants every text must keep, whatever it is: the analysis the language server runs (parse, every
 * rule with the built-in catalogue, every feature) throws nothing and answers spans and ranges inside the
 * text; fixes stay inside the text and keep the text outside their edits; fix-all is idempotent.
 */

const URI = 'file:///fuzz/draft.unres';
/** A fixed "today", so that "a session in the future" does not depend on the day the tests run. */
const NOW = new Date('2026-03-01T12:00:00Z');

let catalog: Catalog | undefined;

/** The real catalogue, so that the citation rules and features have something to say. */
export function builtinCatalog(): Catalog {
	catalog ??= loadBuiltinCatalog();
	assert.equal(catalog.loadError, undefined, 'the built-in catalogue loads');
	return catalog;
}

const show = (text: string, span: Span) => JSON.stringify(text.slice(Math.max(0, span.start - 20), Math.min(text.length, span.end + 20)));

export function assertSpan(text: string, span: Span, what: string): void {
	assert.ok(
		Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length,
		`${what}: span ${span.start}-${span.end} is not inside the text (length ${text.length})`,
	);
}

/** Every object of the model with a numeric start and end is a span inside the text. */
export function assertDocumentSpans(doc: ResolutionDocument, text: string): number {
	assert.equal(doc.length, text.length, 'the document has the length of its text');
	let count = 0;
	const seen = new Set<object>();
	const walk = (value: unknown, where: string): void => {
		if (value === null || typeof value !== 'object' || seen.has(value)) {
			return;
		}
		seen.add(value);
		const o = value as Record<string, unknown>;
		if (typeof o.start === 'number' && typeof o.end === 'number') {
			assertSpan(text, o as unknown as Span, where);
			count++;
		}
		for (const [key, child] of Object.entries(o)) {
			walk(child, `${where}.${key}`);
		}
	};
	walk(doc, 'doc');
	return count;
}

/** An LSP position is inside the text: a line of it, a character of that line (its end included). */
function assertPosition(lines: LineMap, text: string, p: { line: number; character: number }, what: string): number {
	assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.lineCount, `${what}: line ${p.line} of ${lines.lineCount}`);
	const offset = lines.offset(p);
	assert.ok(p.character >= 0 && offset <= text.length, `${what}: ${p.line}:${p.character} is past the end of the text`);
	assert.deepEqual(lines.position(offset), p, `${what}: ${p.line}:${p.character} is past the end of its line`);
	return offset;
}

export function assertRange(lines: LineMap, text: string, r: Range, what: string): Span {
	const start = assertPosition(lines, text, r.start, `${what} start`);
	const end = assertPosition(lines, text, r.end, `${what} end`);
	assert.ok(start <= end, `${what}: range ends before it starts`);
	return { start, end };
}

/** Every edit of a list is inside the text, and none overlaps another: applying them applies them all. */
export function assertEdits(text: string, edits: readonly Edit[], what: string): void {
	for (const e of edits) {
		assertSpan(text, e.span, `${what} edit`);
		assert.equal(typeof e.newText, 'string', `${what}: edit text`);
	}
	const distinct = edits.filter((e, i) => edits.findIndex((x) => x.span.start === e.span.start && x.span.end === e.span.end && x.newText === e.newText) === i);
	const kept = normalizeEdits(edits);
	if (kept.length !== distinct.length) {
		const dropped = distinct.filter((e) => !kept.includes(e)).map((e) => `${e.span.start}-${e.span.end} ${JSON.stringify(e.newText)}`);
		assert.fail(`${what}: edits overlap, ${dropped.join(', ')} would be dropped`);
	}
}

/**
 * Applying the edits changes the text inside their spans only: the text before the first, between any two and
 * after the last is the same, and each span holds its new text.
 */
export function assertPreservedOutside(text: string, edits: readonly Edit[], result: string, what: string): void {
	const sorted = normalizeEdits(edits);
	let from = 0;
	let to = 0;
	for (const e of sorted) {
		const kept = text.slice(from, e.span.start);
		assert.equal(result.slice(to, to + kept.length), kept, `${what}: the text before ${e.span.start} is kept`);
		to += kept.length;
		assert.equal(result.slice(to, to + e.newText.length), e.newText, `${what}: the edit at ${e.span.start} writes its text`);
		to += e.newText.length;
		from = e.span.end;
	}
	assert.equal(result.slice(to), text.slice(from), `${what}: the text after ${from} is kept`);
}

const PLACEHOLDER = /\{(\d+)\}/g;
const BROKEN = /\bundefined\b|\bNaN\b|\[object Object\]|\{\d+\}/;

/** A message has an argument for every placeholder of its template in each language, and none is undefined or NaN. */
function assertMessage(key: MessageKey, args: readonly MessageArg[] | undefined, what: string): void {
	const templates = MESSAGES[key] as Readonly<Partial<Record<Locale, string>>> | undefined;
	assert.ok(templates, `${what}: unknown message key ${key}`);
	for (const locale of LOCALES) {
		for (const [, n] of (templates[locale] ?? templates.en ?? '').matchAll(PLACEHOLDER)) {
			assert.ok(args?.[Number(n)] !== undefined, `${what}: ${key} has no argument {${n}}`);
		}
	}
	for (const arg of args ?? []) {
		assert.ok(arg !== undefined && arg !== null && !(typeof arg === 'number' && !Number.isFinite(arg)), `${what}: ${key} has the argument ${String(arg)}`);
		if (typeof arg === 'object' && 'key' in arg) {
			assertMessage(arg.key, arg.args, `${what} › ${arg.key}`);
		}
	}
}

/** A formatted string shows no `undefined`, `NaN` or unfilled placeholder, unless the text itself has one. */
function assertFormatted(s: string, text: string, what: string): void {
	const m = BROKEN.exec(s);
	assert.ok(!m || text.includes(m[0]), `${what}: ${JSON.stringify(s)}`);
}

function assertSymbols(symbols: readonly DocumentSymbol[], lines: LineMap, text: string, what: string): number {
	let count = 0;
	for (const s of symbols) {
		assert.ok(s.name.trim().length > 0, `${what}: a symbol without a name`);
		const r = assertRange(lines, text, s.range, `${what} ${JSON.stringify(s.name)}`);
		const sel = assertRange(lines, text, s.selectionRange, `${what} ${JSON.stringify(s.name)} selection`);
		// VS Code rejects an outline whose selection range is not inside the range.
		assert.ok(r.start <= sel.start && sel.end <= r.end, `${what} ${JSON.stringify(s.name)}: the selection range is not inside the range`);
		count += 1 + assertSymbols(s.children ?? [], lines, text, what);
	}
	return count;
}

function workspaceEdits(edit: WorkspaceEdit | undefined): TextEdit[] {
	if (!edit) {
		return [];
	}
	const out: TextEdit[] = Object.values(edit.changes ?? {}).flat();
	for (const change of edit.documentChanges ?? []) {
		if ('edits' in change) {
			for (const e of change.edits) {
				out.push('newText' in e ? e : { range: e.range, newText: '' });
			}
		}
	}
	return out;
}

/** VS Code drops a completion item whose range is on two lines or does not hold the cursor. */
function assertCompletions(items: readonly CompletionItem[], lines: LineMap, text: string, offset: number, what: string): void {
	for (const item of items) {
		assert.ok(typeof item.label === 'string' && item.label.length > 0, `${what}: an item without a label`);
		const edit = item.textEdit;
		if (!edit) {
			continue;
		}
		const ranges = 'range' in edit ? [edit.range] : [edit.insert, edit.replace];
		for (const r of ranges) {
			const span = assertRange(lines, text, r, `${what} ${JSON.stringify(item.label)}`);
			assert.equal(r.start.line, r.end.line, `${what} ${JSON.stringify(item.label)}: the range is on one line`);
			assert.ok(span.start <= offset && offset <= span.end, `${what} ${JSON.stringify(item.label)}: the range ${span.start}-${span.end} holds the cursor ${offset}`);
		}
	}
}

export interface AnalysisStats {
	readonly spans: number;
	readonly findings: number;
	readonly fixes: number;
	readonly symbols: number;
	readonly hovers: number;
	readonly completions: number;
}

export interface Analysed {
	readonly analysis: Analysis;
	readonly ctx: RuleContext;
	readonly results: RuleResult[];
}

/** Parses and runs every rule; a rule that throws fails (the server would hide it). */
export function analyse(text: string, lang?: Lang): Analysed {
	const facts = parseVersion(text, lang ? { lang } : {});
	const doc = facts.doc;
	const lines = new LineMap(text);
	const analysis: Analysis = { uri: URI, version: 1, text, doc, lines, facts };
	const ctx = createContext(doc, text, lines, { catalog: builtinCatalog(), now: NOW, facts });
	const errors: string[] = [];
	const results = runRules(ctx, undefined, (rule, error) => errors.push(`${rule.id}: ${(error as Error)?.stack ?? String(error)}`));
	assert.deepEqual(errors, [], 'no rule throws');
	return { analysis, ctx, results };
}

/** Checks a fix's shape: edits inside the text, none overlapping, something to do, messages complete. */
function assertFixShape(text: string, fix: Fix, what: string): void {
	assertEdits(text, fix.edits, what);
	assert.ok(fix.edits.length > 0 || fix.command, `${what}: a fix that does nothing`);
	assertMessage(fix.titleKey, fix.titleArgs, `${what} title`);
	for (const note of fix.notes ?? []) {
		assertMessage(note.key, note.args, `${what} note`);
	}
}

/**
 * Everything the language server does with a text, checked: the model's spans, every finding, fix and
 * diagnostic, the outline, folding, links, information, code actions, and at each offset hovers, completions
 * and navigation.
 */
export function checkAnalysis(text: string, at: readonly number[], options: { lang?: Lang; locale?: Locale } = {}): AnalysisStats {
	const locale = options.locale ?? 'en';
	const { analysis, ctx, results } = analyse(text, options.lang);
	const { doc, lines } = analysis;
	const spans = assertDocumentSpans(doc, text);
	const cat = builtinCatalog();

	let fixes = 0;
	const diagnostics = results.map((r) => {
		const what = `${r.rule.id} ${r.finding.messageKey}`;
		assertSpan(text, r.finding.span, what);
		assertMessage(r.finding.messageKey, r.finding.args, what);
		for (const rel of r.finding.related ?? []) {
			assertSpan(text, rel.span, `${what} related`);
			assertMessage(rel.messageKey, rel.args, `${what} related`);
		}
		for (const fix of r.finding.fixes ?? []) {
			assertFixShape(text, fix, `${what} fix ${fix.titleKey}`);
			fixes++;
		}
		const d = toDiagnostic(r, URI, lines, locale);
		assertRange(lines, text, d.range, what);
		assertFormatted(typeof d.message === 'string' ? d.message : d.message.value, text, what);
		return d;
	});

	const symbols = assertSymbols(documentSymbols(doc, text, lines), lines, text, 'outline');
	for (const f of foldingRanges(doc, lines)) {
		assert.ok(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < lines.lineCount, `folding ${f.startLine}-${f.endLine} of ${lines.lineCount} lines`);
	}
	assertFormatted(documentInfo(doc).summary, text, 'document info');
	for (const link of documentLinks(analysis, cat, locale)) {
		assertRange(lines, text, link.range, 'link');
		assert.match(link.target ?? '', /^https:\/\//, 'a link goes to the web');
	}
	const index = new WorkspaceIndex();
	index.set(summarize(URI, lines, [{ doc, offset: 0 }]));
	const plan = planRenumber(ctx, fixAllOptions(undefined));
	assertEdits(text, plan.edits, 'renumber plan');

	// Every fix can be reached from its diagnostic, and the fix-all action is there when renumbering has work.
	const target = { uri: URI, version: 1, lines };
	const whole = { start: { line: 0, character: 0 }, end: lines.position(text.length) };
	for (const support of [{ documentChanges: true, snippets: true }, { documentChanges: false, snippets: false }]) {
		const actions = codeActions(ctx, results, { range: whole, diagnostics, only: ['quickfix', FIX_ALL_KIND] }, target, locale, support);
		for (const a of actions) {
			assertFormatted(a.title, text, 'code action');
			for (const e of workspaceEdits(a.edit)) {
				assertRange(lines, text, e.range, `code action ${JSON.stringify(a.title)}`);
			}
		}
		const quickfixes = actions.filter((a) => a.kind === 'quickfix');
		assert.equal(quickfixes.length, new Set(results.flatMap((r) => r.finding.fixes ?? [])).size, 'one code action per fix');
		assert.equal(actions.some((a) => a.kind === FIX_ALL_KIND), plan.edits.length > 0, 'the fix-all action is offered when renumbering has work');
	}

	let hovers = 0;
	let completions = 0;
	for (const offset of at) {
		const pos = lines.position(offset);
		const here = `at ${offset} (${pos.line}:${pos.character}) ${show(text, { start: offset, end: offset })}`;
		citationAt(doc, offset);
		resolutionKeyAt(analysis, offset);
		for (const l of LEAD_LANGS) {
			const m = matchLead(text, offset, l);
			if (m) {
				assertSpan(text, m.span, `lead phrase (${l}) ${here}`);
				assert.ok(m.span.start >= offset, `lead phrase (${l}) ${here}: it starts before the place it was read from`);
			}
		}
		for (const loc of [...citationDefinition(analysis, offset, index), ...citationReferences(analysis, offset, index, true)]) {
			assertRange(lines, text, loc.range, `navigation ${here}`);
		}
		for (const [name, hover] of [
			['citation hover', citationHover(analysis, offset, cat, locale)],
			['footnote hover', footnoteHover(doc, text, lines, offset, locale)],
			['lead-phrase hover', leadPhraseHover(analysis, offset, locale)],
		] as const) {
			if (hover) {
				hovers++;
				if (hover.range) {
					assertRange(lines, text, hover.range, `${name} ${here}`);
				}
				const value = typeof hover.contents === 'string' ? hover.contents : 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover.contents);
				assertFormatted(value, text, `${name} ${here}`);
			}
		}
		for (const snippets of [true, false]) {
			const list = leadCompletions(analysis, offset, { snippets, locale });
			assertCompletions(list.items, lines, text, offset, `lead completion ${here}`);
			completions += list.items.length;
		}
		const cited = citationCompletions(analysis, offset, cat, { locale }) ?? [];
		assertCompletions(cited, lines, text, offset, `citation completion ${here}`);
		completions += cited.length;
		// The quick fixes the client asks for at the cursor: the diagnostics on that line.
		const onLine = diagnostics.filter((d) => d.range.start.line <= pos.line && pos.line <= d.range.end.line);
		for (const a of codeActions(ctx, results, { range: { start: pos, end: pos }, diagnostics: onLine }, target, locale, { documentChanges: true, snippets: true })) {
			for (const e of workspaceEdits(a.edit)) {
				assertRange(lines, text, e.range, `code action ${here}`);
			}
		}
	}
	return { spans, findings: results.length, fixes, symbols, hovers, completions };
}

/** Letters of a text: a fix that only writes punctuation and numbers keeps them all, in order. */
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

/** Fixes that rewrite a whole numbering: their second application is checked over the whole text. */
const GLOBAL_FIXES = new Set<MessageKey>(['fix.renumber', 'fix.relabel', 'fix.renumberFootnotes', 'fix.renumberAll']);

/** Where each edit's new text lies in the result. */
function mappedSpans(edits: readonly Edit[]): Span[] {
	let delta = 0;
	return normalizeEdits(edits).map((e) => {
		const start = e.span.start + delta;
		delta += e.newText.length - (e.span.end - e.span.start);
		return { start, end: start + e.newText.length };
	});
}

export interface FixStats {
	readonly fixes: number;
	readonly safe: number;
	readonly fixAllChanged: boolean;
}

function key(m: { titleKey: MessageKey; titleArgs?: readonly MessageArg[] }): string {
	return `${m.titleKey} ${JSON.stringify(m.titleArgs ?? [])}`;
}

/**
 * Every single fix of every finding (at most `limit`, picked evenly): applied alone, it changes the text
 * inside its edits only; a safe one writes no letter (a date fix writes only inside the date); applied,
 * the same rule offers no fix of the same kind over what it wrote (anywhere, for a renumbering): neither the
 * same fix again nor its undoing.
 */
export function checkEachFix(text: string, limit = Infinity): { fixes: number; safe: number } {
	const { results } = analyse(text);
	const all = results.flatMap((r) => (r.finding.fixes ?? []).filter((f) => f.edits.length > 0).map((fix) => ({ r, fix })));
	const picked = all.length <= limit ? all : Array.from({ length: limit }, (_, i) => all[Math.floor((i * all.length) / limit)]);
	let safe = 0;
	for (const { r, fix } of picked) {
		const what = `${r.rule.id} ${r.finding.messageKey} at ${r.finding.span.start} ${show(text, r.finding.span)}: fix ${key(fix)}`;
		assertEdits(text, fix.edits, what);
		const fixed = applyEdits(text, fix.edits);
		assertPreservedOutside(text, fix.edits, fixed, what);
		if (fix.safe) {
			safe++;
			if (fix.titleKey === 'fix.writeDate') {
				for (const e of fix.edits) {
					assert.ok(r.finding.span.start <= e.span.start && e.span.end <= r.finding.span.end, `${what}: a date fix writes inside the date`);
				}
			} else {
				assert.equal(letters(fixed), letters(text), `${what}: a safe fix writes punctuation and numbers only`);
			}
		}
		if (fixed === text) {
			continue;
		}
		// Twice is once: where the fix wrote, the rule does not rewrite what it wrote nor insert the same text beside it.
		// (What a deletion leaves is no mark: deleting a neighbour, such as the next unused footnote, is another finding.)
		const sorted = normalizeEdits(fix.edits);
		const written = mappedSpans(sorted).map((w, i) => ({ ...w, newText: sorted[i].newText })).filter((w) => w.newText !== '');
		// (Another text inserted into what it wrote is another finding's too: the note for the next marker, in order.)
		const again = (e: Edit) => written.some((w) => e.span.start === e.span.end
			? w.start <= e.span.start && e.span.start <= w.end && e.newText === w.newText
			: e.span.start < w.end && w.start < e.span.end);
		const after = analyse(fixed).results.filter((x) => x.rule.id === r.rule.id);
		for (const x of after) {
			for (const second of x.finding.fixes ?? []) {
				if (second.titleKey !== fix.titleKey || applyEdits(fixed, second.edits) === fixed) {
					continue;
				}
				const near = GLOBAL_FIXES.has(fix.titleKey) || second.edits.some(again);
				assert.ok(!near, `${what}: applied, it is offered again at ${second.edits.map((e) => `${e.span.start}-${e.span.end} ${JSON.stringify(e.newText)}`).join(', ')} in ${show(fixed, second.edits[0].span)}`);
			}
		}
	}
	return { fixes: picked.length, safe };
}

/**
 * `unres check --fix`: fixing the fixed text changes nothing, and the fixed text has no safe fix or renumbering
 * left that would change it.
 */
export function checkFixAll(text: string, options: CheckOptions = { catalog: loadBuiltinCatalog() }): boolean {
	const once = fixText(text, options).text;
	const twice = fixText(once, options).text;
	if (twice !== once) {
		const at = [...once].findIndex((c, i) => twice[i] !== c);
		assert.fail(`fix-all is not idempotent: the second run changes ${JSON.stringify(once.slice(Math.max(0, at - 30), at + 30))} to ${JSON.stringify(twice.slice(Math.max(0, at - 30), at + 30))}`);
	}
	// Read the fixed text as fix-all reads it (today's date, not the fixed one of `analyse`).
	const errors: string[] = [];
	const { ctx, results } = checkText(once, { ...options, onRuleError: (id, error) => errors.push(`${id}: ${String(error)}`) });
	assert.deepEqual(errors, [], 'no rule throws');
	const left = results.flatMap((r) => (r.finding.fixes ?? []).filter((f) => f.safe && applyEdits(once, f.edits) !== once).map((f) => `${r.rule.id} ${key(f)} at ${r.finding.span.start} ${show(once, r.finding.span)}`));
	assert.deepEqual(left, [], 'no safe fix is left after fix-all');
	assert.equal(applyEdits(once, planRenumber(ctx, fixAllOptions(options.rules)).edits), once, 'no renumbering is left after fix-all');
	return once !== text;
}

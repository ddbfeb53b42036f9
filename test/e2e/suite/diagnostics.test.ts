// Diagnostics and quick fixes as VS Code gets them from the language server: the Problems list
// (languages.getDiagnostics), the light bulb (executeCodeActionProvider + workspace.applyEdit), fix-all on save
// (source.fixAll.unres) and the unres.renumber command.
//
// The broken draft is a copy of the reference document with operative paragraph 5 deleted (4 is followed by 6)
// and a reference "paragraphe 13 ci-dessus" in paragraph 15; without ../shared, the own French draft with
// paragraph 2 deleted. Tests that change a draft work on a copy of their own, so they do not depend on each other.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { gapDraft, type GapDraft } from './fixtures';
import { applyCodeAction, codeActionsAt, diagnosticsFor, exists, openDraft, positionOf, waitFor, workspaceFile } from './helpers';

type Locale = 'en' | 'fr' | 'es';

/** The rules this suite is about; other rule sets (punctuation, lead phrases …) may report more on the same drafts. */
const STRUCTURE_RULES = [
	'operative-numbering',
	'subparagraph-labels',
	'paragraph-reference',
	'footnote-missing-text',
	'footnote-unused',
	'footnote-numbering',
	'footnote-placement',
];

/** server/src/l10n/messages.ts, written out again: the test checks the text a person reads, not the template. */
const MISSING_MESSAGE: Record<Locale, (missing: number, previous: number, next: number) => string> = {
	en: (m, p, n) => `Operative paragraph ${m} is missing: ${p} is followed by ${n}`,
	fr: (m, p, n) => `Il manque le paragraphe ${m} du dispositif : le ${p} est suivi du ${n}`,
	es: (m, p, n) => `Falta el párrafo ${m} de la parte dispositiva: el ${p} va seguido del ${n}`,
};
const RENUMBER_TITLE: Record<Locale, string> = {
	en: 'Renumber operative paragraphs',
	fr: 'Renuméroter les paragraphes du dispositif',
	es: 'Renumerar los párrafos dispositivos',
};
const FIX_ALL_TITLE: Record<Locale, string> = {
	en: 'Renumber paragraphs, sub-paragraphs and footnotes',
	fr: 'Renuméroter les paragraphes, les alinéas et les notes',
	es: 'Renumerar los párrafos, los apartados y las notas',
};
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('unres');

/** The language of the server's messages: VS Code's UI language, English when the server does not speak it. */
function uiLocale(): Locale {
	const base = vscode.env.language.toLowerCase().split(/[-_]/)[0];
	return base === 'fr' || base === 'es' ? base : 'en';
}

function codeOf(d: vscode.Diagnostic): string | number | undefined {
	return typeof d.code === 'object' ? d.code.value : d.code;
}
const isNumbering = (d: vscode.Diagnostic) => d.source === 'unres' && codeOf(d) === 'operative-numbering';
const isStructure = (d: vscode.Diagnostic) => d.source === 'unres' && STRUCTURE_RULES.includes(String(codeOf(d)));
const describe = (d: vscode.Diagnostic) => `${d.source}/${String(codeOf(d))} [${d.range.start.line + 1}:${d.range.start.character + 1}] ${d.message}`;

/** The numbers of the operative paragraphs, in order ("6. *Réaffirme*" → 6). */
const operativeNumbers = (text: string) => [...text.matchAll(/^(\d+)(?=\. \*)/gm)].map((m) => Number(m[1]));

/**
 * What renumbering must make of the broken text, worked out without the server: every paragraph number after the
 * gap one less, every "paragraphe N ci-dessus" after the gap one less, and not one other character changed.
 */
function renumbered(text: string, missing: number): string {
	const shift = (d: string) => String(Number(d) > missing ? Number(d) - 1 : Number(d));
	return text
		.replace(/^(\d+)(?=\. \*)/gm, shift)
		.replace(/(paragraphes? )(\d+)(?= ci-dessus)/g, (_, keyword: string, d: string) => keyword + shift(d));
}

function assertRenumbered(after: string, before: string, gap: GapDraft): void {
	const rest = gap.after.slice(gap.after.indexOf('.'));
	assert.ok(after.includes(`\n${gap.missing}${rest}`), `"${gap.after}" is now "${gap.missing}${rest}"`);
	assert.ok(!after.includes(`\n${gap.after}`), `"${gap.after}" is gone`);
	const count = gap.original.operative - 1;
	assert.deepEqual(operativeNumbers(after), Array.from({ length: count }, (_, i) => i + 1));
	if (gap.reference) {
		const [keyword, n] = gap.reference.split(' ');
		assert.ok(after.includes(`${keyword} ${Number(n) - 1} ci-dessus`), `"${gap.reference}" now points at ${Number(n) - 1}`);
	}
	assert.deepEqual(differences(after, renumbered(before, gap.missing)), [], 'only paragraph numbers and the references to them changed');
}

/** The lines where two texts differ, each shown around its first differing character. */
function differences(actual: string, expected: string): string[] {
	const a = actual.split('\n');
	const e = expected.split('\n');
	const out: string[] = [];
	for (let i = 0; i < Math.max(a.length, e.length); i++) {
		if (a[i] === e[i]) continue;
		let at = 0;
		while (a[i]?.[at] !== undefined && a[i]?.[at] === e[i]?.[at]) at++;
		const around = (line: string | undefined) => (line === undefined ? '(no line)' : JSON.stringify(line.slice(Math.max(0, at - 40), at + 40)));
		out.push(`line ${i + 1}, column ${at + 1}: ${around(a[i])}, expected ${around(e[i])}`);
	}
	return out;
}

/** A copy of the broken draft for one test, opened in an editor. */
async function openCopy(gap: GapDraft, tag: string): Promise<vscode.TextDocument> {
	const uri = workspaceFile(gap.file.replace(/\.unres\.md$/, `.${tag}.unres.md`));
	await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceFile(gap.file)));
	const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
	return editor.document;
}

async function numberingDiagnostic(uri: vscode.Uri): Promise<vscode.Diagnostic> {
	const found = (await diagnosticsFor(uri, (ds) => ds.some(isNumbering))).filter(isNumbering);
	assert.equal(found.length, 1, `one operative-numbering diagnostic: ${found.map(describe).join(' | ')}`);
	return found[0];
}

async function replace(doc: vscode.TextDocument, range: vscode.Range, text: string): Promise<vscode.Range> {
	const edit = new vscode.WorkspaceEdit();
	edit.replace(doc.uri, range, text);
	assert.ok(await vscode.workspace.applyEdit(edit));
	return new vscode.Range(range.start, range.start.translate(0, text.length));
}

suite('Diagnostics and quick fixes', () => {
	let gap: GapDraft;
	const locale = uiLocale();

	suiteSetup(async () => {
		gap = await gapDraft((f) => exists(workspaceFile(f)));
	});

	test('a gap in the operative numbering: an operative-numbering error from unres on the number after the gap', async () => {
		const doc = (await openDraft(gap.file)).document;
		const d = await numberingDiagnostic(doc.uri);
		assert.equal(d.source, 'unres');
		assert.equal(codeOf(d), 'operative-numbering');
		assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
		assert.equal(d.message, MISSING_MESSAGE[locale](gap.missing, gap.missing - 1, gap.missing + 1));
		assert.deepEqual(d.range.start, positionOf(doc, `\n${gap.after}`, 1), 'the diagnostic starts at the number after the gap');
		assert.match(doc.getText(d.range), new RegExp(`^${gap.missing + 1}\\.?$`));
		// Deleting a paragraph breaks nothing else these rules look at.
		const others = vscode.languages.getDiagnostics(doc.uri).filter((x) => isStructure(x) && !isNumbering(x));
		assert.deepEqual(others.map(describe), []);
	});

	test('the draft it was made from has no numbering, label, reference or footnote diagnostics', async () => {
		const doc = (await openDraft(gap.original.file)).document;
		// An empty list proves nothing until the server has spoken about this very text: break the last number,
		// wait for the report, put the number back, wait for the report to go. What is left answers the text as it is.
		const last = [...doc.getText().matchAll(/^(\d+)(?=\. \*)/gm)].at(-1);
		assert.ok(last?.index !== undefined, 'the draft has numbered operative paragraphs');
		const original = last[1];
		const start = doc.positionAt(last.index);
		const broken = await replace(doc, new vscode.Range(start, start.translate(0, original.length)), String(Number(original) + 1));
		await numberingDiagnostic(doc.uri);
		await replace(doc, broken, original);
		const diagnostics = await diagnosticsFor(doc.uri, (ds) => !ds.some(isNumbering), 10_000);
		assert.deepEqual(diagnostics.filter(isStructure).map(describe), []);
		assert.equal(await doc.save(), true);
		assert.equal(doc.isDirty, false);
		// Nothing to renumber either.
		const whole = new vscode.Range(0, 0, doc.lineCount, 0);
		assert.deepEqual((await codeActionsAt(doc.uri, whole, FIX_ALL_KIND)).map((a) => a.title), []);
	});

	test('the quick fix on the diagnostic renumbers the paragraphs and the references, and the diagnostic goes', async () => {
		const doc = await openCopy(gap, 'quickfix');
		const before = doc.getText();
		const d = await numberingDiagnostic(doc.uri);
		const actions = await codeActionsAt(doc.uri, d.range, vscode.CodeActionKind.QuickFix);
		// The API command hands the actions back without the diagnostics they answer: pick by title.
		const fix = actions.find((a) => a.title === RENUMBER_TITLE[locale]);
		assert.ok(fix, `"${RENUMBER_TITLE[locale]}" among the quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
		if (fix.diagnostics) assert.ok(fix.diagnostics.some((x) => x.message === d.message), 'the fix answers the diagnostic');
		assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
		assert.equal(fix.isPreferred, true);

		await applyCodeAction(fix);
		assertRenumbered(doc.getText(), before, gap);
		await diagnosticsFor(doc.uri, (ds) => !ds.some(isNumbering));
		assert.equal(await doc.save(), true);
	});

	test('source.fixAll.unres: one action of that kind, which renumbers; afterwards there is nothing left to fix', async () => {
		const doc = await openCopy(gap, 'fixall');
		const before = doc.getText();
		await numberingDiagnostic(doc.uri);
		const whole = new vscode.Range(0, 0, doc.lineCount, 0);
		const actions = await codeActionsAt(doc.uri, whole, FIX_ALL_KIND);
		assert.deepEqual(actions.map((a) => [a.kind?.value, a.title]), [[FIX_ALL_KIND.value, FIX_ALL_TITLE[locale]]]);

		await applyCodeAction(actions[0]);
		assertRenumbered(doc.getText(), before, gap);
		await diagnosticsFor(doc.uri, (ds) => !ds.some(isNumbering));
		assert.deepEqual((await codeActionsAt(doc.uri, whole, FIX_ALL_KIND)).map((a) => a.title), []);
		assert.equal(await doc.save(), true);
	});

	test('the unres.renumber command, run on the open broken draft, fixes it', async () => {
		const doc = await openCopy(gap, 'command');
		const before = doc.getText();
		await numberingDiagnostic(doc.uri);
		assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString());

		// As from the Command Palette: no argument, the active editor's document.
		await vscode.commands.executeCommand('unres.renumber');
		const after = await waitFor('the command to change the text', () => doc.getText(), (t) => t !== before);
		assertRenumbered(after, before, gap);
		await diagnosticsFor(doc.uri, (ds) => !ds.some(isNumbering));
		assert.equal(await doc.save(), true);
	});
});

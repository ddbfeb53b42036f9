import * as assert from 'node:assert/strict';
import { scanNegotiation } from '../../../server/src/negotiation/scan';
import { compareLabels, rankOf } from '../../../server/src/negotiation/labels';
import { labelFaults } from '../../../server/src/negotiation/labelFaults';
import type { NegotiationText } from '../../../server/src/model/negotiation';

const scan = (text: string): NegotiationText => {
	const n = scanNegotiation(text);
	assert.ok(n, 'read as a negotiation text');
	return n;
};
const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

/**
 * Every pattern of the research table (../shared/research/negotiation.md §4), with what the scan must find.
 * The inputs are the table's own excerpts, or sentences written in their shape.
 */
suite('negotiation patterns (research table §4)', () => {
	test('L1 `PP<n>` / `OP<n>` with optional dot or space', () => {
		const t = 'PP1 Recalling,\n\nPP.2 Noting,\n\nOP 1 Decides;\n\nOP2 Requests.\n';
		const n = scan(t);
		assert.deepEqual(n.labels.map((l) => [l.text, l.part, l.number, l.position ?? null]), [
			['PP1', 'PP', 1, null], ['PP.2', 'PP', 2, null], ['OP 1', 'OP', 1, 1], ['OP2', 'OP', 2, 2],
		]);
	});

	test('L2 bis / ter / quater / Quat after a label or a number, with or without dot or space', () => {
		const t = 'OP4 A;\n\nOP4bis B;\n\nOP 4 ter C;\n\n4 quater. D;\n\n4.Quat E;\n\n5. F.\n';
		const n = scan(t);
		assert.deepEqual(n.labels.map((l) => [l.text, l.rank, l.position]), [
			['OP4', 0, 4], ['OP4bis', 2, 5], ['OP 4 ter', 3, 6], ['4 quater.', 4, 7], ['4.Quat', 4, 8],
		]);
		assert.deepEqual(n.plainNumbers.map((p) => [p.number, p.position]), [[5, 9]]);
		assert.ok(rankOf('bis') < rankOf('ter') && rankOf('ter') < rankOf('quater') && rankOf('quater') < rankOf('quinquies') && rankOf('quinquies') < rankOf('sexies'));
	});

	test('L2 a `ter` at the start of a hard-wrapped line is no label (`paragraph` / `8 ter of Article 5`)', () => {
		const t = 'OP1 Decides that the following paragraph shall be inserted after paragraph\n8 ter of Article 5 of the Protocol;\n';
		assert.deepEqual(scan(t).labels.map((l) => l.text), ['OP1']);
	});

	test('L3 `alt` suffix or `AltN`: an alternative to the paragraph of that number, with no place of its own', () => {
		const t = 'OP6 Decides;\n\nOP6alt Requests;\n\n41. Alt1  We acknowledge;\n';
		const n = scan(t);
		assert.deepEqual(n.labels.map((l) => [l.text, l.number, l.alt ?? 0, l.position ?? null]), [['OP6', 6, 0, 6], ['OP6alt', 6, 1, null], ['41. Alt1', 41, 1, null]]);
		assert.ok(compareLabels(n.labels[0], n.labels[1]) < 0);
	});

	test('L4 `Option N` lines with `{label}`, L6 `{…}` lines and `{End of options}`', () => {
		const t = 'Option 1: {Further guidance}\n5. Decides that A;\n{Tracking arrangements}\n6. Decides that B;\nOption 2:{no text required}\n{End of options}\n7. Requests C.\n';
		const n = scan(t);
		assert.equal(n.optionBlocks.length, 1);
		const [block] = n.optionBlocks;
		assert.deepEqual(block.options.map((o) => [o.name, o.label, o.hasText]), [['1', 'Further guidance', true], ['2', 'no text required', true]]);
		assert.ok(block.end && slice(t, block.end) === '{End of options}');
		assert.equal(n.markupLines.length, 4);
		// The option lines are no text of the resolution: blank in the view.
		assert.ok(!n.view.includes('Option') && !n.view.includes('{'));
	});

	test('L5 inline `[Option 5A: …][Option 5B: …]`: alternatives, the option names left out of the text', () => {
		const t = '40. Emphasizes that changes apply [Option 5A: , subject to terms][Option 5B:, unless agreed];\n';
		const n = scan(t);
		assert.equal(n.groups.length, 1);
		assert.match(n.view, /^40\. Emphasizes that changes apply {2,}, subject to terms {10,};$/m);
	});

	test('B1 a bracket spans sentences and paragraphs; B2 nesting to depth 5', () => {
		const t = '3. [[Decides][Clarifies] that A;\n4. Decides that [B [c [d [e]]]];]\n';
		const n = scan(t);
		const outer = n.brackets.find((b) => b.span.start === 3)!;
		assert.equal(slice(t, outer.span).endsWith(';]'), true);
		assert.equal(Math.max(...n.brackets.map((b) => b.depth)), 5);
		assert.deepEqual(n.unmatched, []);
	});

	test('B3 adjacent alternatives `[A][B]` and `[A] [B]`; B4 slash alternatives inside one bracket', () => {
		const t = '1. [welcomes][notes] the format and [shall] [should] apply [changing unsustainable - EU, G77 retain / promoting sustainable - US] patterns.\n';
		const n = scan(t);
		assert.deepEqual(n.groups.map((g) => g.map((i) => slice(t, n.brackets[i].inner))), [['welcomes', 'notes'], ['shall', 'should']]);
		const slash = n.brackets.find((b) => b.alternatives.length === 2)!;
		assert.deepEqual(slash.alternatives.map((a) => slice(t, a)), ['changing unsustainable - EU, G77 retain', 'promoting sustainable - US']);
		assert.equal(slash.attribution?.text, 'US');
	});

	test('B5 unbalanced brackets are reported with their partner candidates, and the rest is read', () => {
		const t = '1. Decides [that A;\n\n2. Requests [B] and C;\n\n3. Invites [D].\n';
		const n = scan(t);
		assert.deepEqual(n.unmatched.map((u) => [u.char, u.offset]), [['[', 11]]);
		assert.ok(n.unmatched[0].candidates.length > 0);
		assert.equal(n.brackets.length, 2);
		const t2 = '1. Decides A];\n\n2. Requests [B].\n';
		assert.deepEqual(scan(t2).unmatched.map((u) => [u.char, u.offset]), [[']', 12]]);
	});

	test('B6 empty placeholder `[ ]` and `[...]`', () => {
		const t = 'Rapporteur: [ ]\n\n1. Decides to meet in [...] 2026.\n';
		const n = scan(t);
		assert.deepEqual(n.brackets.map((b) => b.placeholder ?? false), [true, true]);
	});

	test('T1 attribution after a dash inside a bracket, with delete/retain', () => {
		const t = '2. free humanity from [extreme - US; G77 delete] poverty [, in accordance with the principle. -G77; US, Canada, Japan, EU delete.]\n';
		const n = scan(t);
		assert.deepEqual(n.brackets.map((b) => b.attribution?.text), ['US; G77 delete', 'G77; US, Canada, Japan, EU delete']);
		// The view keeps the words and the sentence's full stop, not the attribution.
		assert.match(n.view, /free humanity from {2}extreme +poverty {2}, in accordance with the principle\. +\. $/m);
	});

	test('T2 attribution in parentheses after a proposal `(Lebanon)`', () => {
		const t = 'PP2 Add after the first paragraph a new paragraph: “To develop friendly relations among nations”. (Lebanon)\n';
		const n = scan(t);
		assert.deepEqual(n.attributions.map((a) => [a.text, slice(t, a.span)]), [['Lebanon', '(Lebanon)']]);
	});

	test('T3 attributions in Word comments (`[comment 4]` anchors) are read as brackets, and nothing breaks', () => {
		const t = '1. Decides that a cooperative approach[comment 3][comment 4] shall involve Parties;\n';
		const n = scan(t);
		assert.equal(n.brackets.length, 2);
		assert.deepEqual(n.unmatched, []);
	});

	test('T4 group names: G77, G-77/China, EU, U.S., LMDC, AOSIS, Arab Group', () => {
		const t = '1. Decides [A - G-77/China, EU retain] [B - U.S., LMDC delete] [C - AOSIS and Arab Group retain].\n';
		assert.deepEqual(scan(t).brackets.map((b) => b.attribution?.text), ['G-77/China, EU retain', 'U.S., LMDC delete', 'AOSIS and Arab Group retain']);
	});

	test('S1 status marks: `[Agreed ad ref]`, `agreed ad ref.`, `[agreed in informals]`, in three languages', () => {
		const t = '1. We renew our commitment. [Agreed ad ref]\n\n2. We act; agreed ad ref.\n\n3. We end. [agreed in informals]\n\n4. Décide. [Approuvé ad ref]\n\n5. Decide. [Acordado ad ref]\n';
		const n = scan(t);
		assert.deepEqual(n.statusMarks.map((m) => m.text), ['[Agreed ad ref]', 'agreed ad ref.', '[agreed in informals]', '[Approuvé ad ref]', '[Acordado ad ref]']);
		assert.equal(n.brackets.filter((b) => !b.status).length, 0);
	});

	test('S2/S3 colour, strikethrough and tracked changes do not exist in plain text: `{+ +}`/`[- -]` marks read as braces and brackets without breaking', () => {
		const t = '1. Decides that {+the +}Parties [-shall-] report;\n';
		const n = scan(t);
		assert.deepEqual(n.unmatched, []);
		assert.equal(n.brackets.length, 1);
	});

	test('F1 footnotes in a draft stay footnotes: `[^2]` is no bracket', () => {
		const t = '1. Decides to review the guidance at its tenth session (2028),[^2] to continue [considering] it.\n\n[^2]: Decision 2/CMA.3, paras. 14–15.\n';
		const n = scan(t);
		assert.deepEqual(n.brackets.map((b) => slice(t, b.inner)), ['considering']);
	});

	test('N1 a stray internal note in parentheses is left as text', () => {
		const t = '14. (c) [The report] (EU internal note: I move this up here) shall be published;\n';
		const n = scan(t);
		assert.equal(n.brackets.length, 1);
		assert.ok(n.view.includes('(EU internal note: I move this up here)'));
	});

	test('the adoption line `[on the report of …]` and Markdown links are the resolution’s own: no negotiation text', () => {
		assert.equal(scanNegotiation('[on the report of the Third Committee (A/80/545, para. 12)]\n\nThe General Assembly,\n\nRecalling [51/1](#),\n\n1. Decides.\n'), undefined);
		assert.equal(scanNegotiation('[sans renvoi à une grande commission ([A/75/L.20](#))]\n\n1. Décide.\n'), undefined);
	});

	test('label faults: out of order, duplicate, bis without base, PP in the operative part', () => {
		const t = 'PP1 Recalling,\n\nOP1 A;\n\nOP1ter B;\n\nOP1bis C;\n\nOP3bis D;\n\nOP1 E;\n\nPP2 Noting,\n';
		const faults = labelFaults(scan(t)).map((f) => `${f.kind} ${f.label.text}`);
		assert.deepEqual(faults, ['noBase OP1ter', 'backwards OP1bis', 'noBase OP3bis', 'wrongPart PP2']);
		const dup = labelFaults(scan('OP1 A;\n\nOP2 B;\n\nOP2 C.\n')).map((f) => `${f.kind} ${f.label.text}`);
		assert.deepEqual(dup, ['duplicate OP2']);
	});
});

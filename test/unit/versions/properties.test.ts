import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { compareVersions, type ChangeEntry } from '../../../server/src/versions/compare';
import { readVersion } from '../../../server/src/versions/units';
import { requireShared, SAMPLE_FR } from '../../helpers/paths';
import { params } from '../fuzz/fuzzConfig';

/**
 * Random paragraph insertions, deletions, moves and word edits applied to the French reference text are reported
 * exactly: the inserted paragraphs `new`, the deleted ones `deleted`, the edited ones `changed`, the moved one
 * `moved` (and `changed` when also edited), every other paragraph `unchanged` with its base position.
 */

interface Item {
	/** Index in the base, -1 for an inserted paragraph. */
	readonly origin: number;
	readonly text: string;
	readonly edited: boolean;
}

interface PartEdits {
	readonly inserts: readonly [number, number][];
	readonly deletes: readonly number[];
	readonly edits: readonly [number, number][];
	readonly move?: readonly [number, number];
}

const partEdits = fc.record({
	inserts: fc.array(fc.tuple(fc.nat(1000), fc.nat(1000)), { maxLength: 3 }),
	deletes: fc.array(fc.nat(1000), { maxLength: 2 }),
	edits: fc.array(fc.tuple(fc.nat(1000), fc.nat(1000)), { maxLength: 3 }),
	move: fc.option(fc.tuple(fc.nat(1000), fc.nat(1000)), { nil: undefined }),
}, { requiredKeys: ['inserts', 'deletes', 'edits'] });

let fresh = 0;
function apply(texts: readonly string[], e: PartEdits, lead: string): { items: Item[]; moved?: number } {
	const items: Item[] = texts.map((text, origin) => ({ origin, text, edited: false }));
	for (const d of e.deletes) {
		if (items.length > 3) {
			items.splice(d % items.length, 1);
		}
	}
	for (const [at, w] of e.edits) {
		const i = at % items.length;
		const words = items[i].text.split(' ');
		if (items[i].origin < 0 || words.length < 12) {
			continue;
		}
		words[3 + (w % (words.length - 6))] = `zqv${fresh++}`;
		items[i] = { ...items[i], text: words.join(' '), edited: true };
	}
	let moved: number | undefined;
	if (e.move) {
		const from = e.move[0] % items.length;
		const [item] = items.splice(from, 1);
		const to = e.move[1] % (items.length + 1);
		items.splice(to, 0, item);
		// Only a move past two paragraphs or more is one move for sure (a swap of neighbours reads either way).
		const order = items.filter((it) => it.origin >= 0).map((it) => it.origin);
		const rank = order.indexOf(item.origin);
		const baseRank = [...order].sort((a, b) => a - b).indexOf(item.origin);
		moved = Math.abs(rank - baseRank) >= 2 ? item.origin : undefined;
		fc.pre(moved !== undefined || rank === baseRank);
	}
	for (const [at, n] of e.inserts) {
		const id = fresh++;
		const words = Array.from({ length: 6 + (n % 10) }, (_, k) => `xyw${id}n${k}`).join(' ');
		items.splice(at % (items.length + 1), 0, { origin: -1, text: `${lead} ${words}${lead === 'Notant' ? ',' : ' ;'}`, edited: false });
	}
	return { items, ...(moved !== undefined ? { moved } : {}) };
}

function draftOf(pre: readonly Item[], op: readonly Item[]): string {
	return ['L’Assemblée générale,', ...pre.map((i) => i.text), ...op.map((i, k) => `${k + 1}. ${i.text}`)].join('\n\n');
}

function check(entries: readonly ChangeEntry[], base: readonly string[], r: { items: Item[]; moved?: number }, part: string): void {
	const drafts = entries.filter((e) => e.status !== 'deleted');
	assert.equal(drafts.length, r.items.length, `${part}: one entry per draft paragraph`);
	drafts.forEach((e, k) => {
		const item = r.items[k];
		const expected = item.origin < 0 ? 'new' : item.origin === r.moved ? 'moved' : item.edited ? 'changed' : 'unchanged';
		assert.equal(e.status, expected, `${part} ${e.label}: ${item.text.slice(0, 60)}`);
		if (item.origin >= 0) {
			assert.equal(e.basePosition, item.origin + 1, `${part} ${e.label}: base position`);
			assert.equal(e.changed ?? e.status === 'changed', item.edited, `${part} ${e.label}: changed flag`);
		}
	});
	const kept = new Set(r.items.map((i) => i.origin));
	const deleted = base.map((_, i) => i).filter((i) => !kept.has(i)).map((i) => i + 1);
	assert.deepEqual(entries.filter((e) => e.status === 'deleted').map((e) => e.basePosition), deleted, `${part}: deleted`);
}

suite('versions: properties on the French reference', () => {
	const text = existsSync(SAMPLE_FR) ? readFileSync(SAMPLE_FR, 'utf8') : '';
	const version = readVersion(text);
	const pre = version.preamble.map((u) => u.text);
	const op = version.operative.map((u) => u.text);
	const base = draftOf(pre.map((t, origin) => ({ origin, text: t, edited: false })), op.map((t, origin) => ({ origin, text: t, edited: false })));

	test('the reference text compared with itself is all unchanged', function () {
		requireShared(this, SAMPLE_FR);
		const c = compareVersions(text, text);
		assert.equal(c.summary.unchanged, pre.length + op.length + version.footnotes.length);
		assert.deepEqual([c.summary.changed, c.summary.new, c.summary.moved, c.summary.deleted], [0, 0, 0, 0]);
	});

	test('random insertions, deletions, moves and word edits are reported exactly', function () {
		requireShared(this, SAMPLE_FR);
		assert.equal(pre.length, 21);
		assert.equal(op.length, 16);
		let moves = 0;
		fc.assert(fc.property(partEdits, partEdits, (ep, eo) => {
			const rp = apply(pre, ep, 'Notant');
			const ro = apply(op, eo, 'Prie');
			const c = compareVersions(base, draftOf(rp.items, ro.items));
			check(c.preamble, pre, rp, 'preamble');
			check(c.operative, op, ro, 'operative');
			moves += (rp.moved !== undefined ? 1 : 0) + (ro.moved !== undefined ? 1 : 0);
		}), params(60));
		assert.ok(moves > 5, `moves exercised: ${moves}`);
	});
});

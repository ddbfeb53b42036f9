import * as assert from 'node:assert/strict';
import { ApplyAmendmentRequest, WriteAmendmentsRequest } from '../../server/src/protocol';
import { serverPerTest } from '../helpers/lspClient';
import { DRAFTS, paragraphs } from '../unit/amendments/helpers';

/** Issue 16 over stdio (dist/server.js): apply amendments, write oral revisions, and bad input answered. */
suite('amendments over stdio (dist/server.js)', function () {
	this.timeout(30_000);
	const server = serverPerTest();

	test('unres/applyAmendment: two amendment texts against the draft as tabled; the unapplicable one reported', async () => {
		const r = await server().request<ApplyAmendmentRequest.Result>(ApplyAmendmentRequest.method, {
			draft: DRAFTS.fr,
			amendments: ['Supprimer le paragraphe 1 du dispositif.', 'Au paragraphe 3 du dispositif, remplacer le mot « Prie » par le mot « Invite ».\nAu paragraphe 9 du dispositif, supprimer le mot « rien ».'],
			locale: 'fr',
		} satisfies ApplyAmendmentRequest.Params);
		assert.equal(r.applied, 2);
		assert.equal(r.problems.length, 1);
		assert.equal(r.problems[0].amendment, 1);
		assert.match(r.problems[0].message, /ne figure pas dans le projet/);
		const amendment = 'Au paragraphe 3 du dispositif, remplacer le mot « Prie » par le mot « Invite ».\nAu paragraphe 9 du dispositif, supprimer le mot « rien ».';
		assert.equal(amendment.slice(r.problems[0].start, r.problems[0].end), 'Au paragraphe 9 du dispositif, supprimer le mot « rien ».');
		const p = paragraphs(r.text);
		assert.equal(p.operative.length, 3);
		assert.match(p.operative[1], /^Invite le Secrétaire général .* du paragraphe 1 ci-dessus ;$/);
	});

	test('unres/writeAmendments: the oral form in Spanish', async () => {
		const to = DRAFTS.es.replace('Exhorta a todos', 'Alienta a todos');
		const r = await server().request<WriteAmendmentsRequest.Result>(WriteAmendmentsRequest.method, { from: DRAFTS.es, to, locale: 'es', style: 'oral' } satisfies WriteAmendmentsRequest.Params);
		assert.equal(r.text, 'En el párrafo 1 de la parte dispositiva, la palabra “Exhorta” debería sustituirse por “Alienta”.');
	});

	test('bad parameters are answered, and the server goes on', async () => {
		const r = await server().request<ApplyAmendmentRequest.Result>(ApplyAmendmentRequest.method, null);
		assert.deepEqual(r, { text: '', applied: 0, problems: [] });
		const w = await server().request<WriteAmendmentsRequest.Result>(WriteAmendmentsRequest.method, { from: 42, to: null });
		assert.equal(typeof w.text, 'string');
		const again = await server().request<WriteAmendmentsRequest.Result>(WriteAmendmentsRequest.method, { from: DRAFTS.en, to: DRAFTS.en });
		assert.equal(again.text, '');
	});
});

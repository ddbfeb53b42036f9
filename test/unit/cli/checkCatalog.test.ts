import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/run';

suite('unres check: the catalogue files of .unresrc.json', () => {
	let work: string;
	setup(() => {
		work = mkdtempSync(path.join(tmpdir(), 'unres-check-catalogue-'));
	});
	teardown(() => rmSync(work, { recursive: true, force: true }));

	test('layered over the built-in catalogue; a bad entry is reported with its line and the rest applies', async () => {
		writeFileSync(path.join(work, '.unresrc.json'), '{ "catalog": { "files": ["team.json"] } }\n');
		writeFileSync(path.join(work, 'team.json'), '{ "entries": [\n\t{ "symbol": "52/27", "date": "1997-12-04" },\n\t{ "symbol": "nonsense" }\n] }\n');
		writeFileSync(path.join(work, 'draft.unres'), 'The General Assembly,\n\nRecalling its resolutions 52/27 of 4 December 1997 and 53/30 of 23 November 1998,\n\n1. Requests a report;\n\n2. Decides to remain seized of the matter.\n');
		let out = '';
		let err = '';
		const code = await runCli(['check', 'draft.unres'], { out: (s) => (out += s), err: (s) => (err += s) }, { cwd: work, env: {} });
		assert.equal(code, 0);
		assert.match(err, /^unres: team\.json:3: "nonsense" is not a resolution or decision symbol; entry skipped \(the rest of the catalogue applies\)$/m);
		assert.doesNotMatch(out, /52\/27/);
		assert.match(out, /^draft\.unres:3:\d+ information uncatalogued-resolution General Assembly resolution 53\/30 is not in the offline catalogue/m);
	});

	test('as in the editor: the folder’s unres.catalog.json and the resolutions its drafts declare count', async () => {
		writeFileSync(path.join(work, 'unres.catalog.json'), '{ "entries": [ { "symbol": "52/27" } ] }\n');
		writeFileSync(path.join(work, 'pif.unres'), 'United Nations A/RES/81/7\n\nGeneral Assembly\n\nResolution adopted by the General Assembly on 3 November 2026\n\n81/7. Cooperation between the United Nations and the Pacific Islands Forum\n\nThe General Assembly,\n\n1. Decides to remain seized of the matter.\n');
		writeFileSync(path.join(work, 'draft.unres'), 'The General Assembly,\n\nRecalling its resolutions 52/27, 81/7 and 53/30,\n\n1. Requests a report;\n\n2. Decides to remain seized of the matter.\n');
		let out = '';
		const code = await runCli(['check', 'draft.unres'], { out: (s) => (out += s), err: () => undefined }, { cwd: work, env: {} });
		assert.equal(code, 0);
		const uncatalogued = out.split('\n').filter((l) => l.includes('uncatalogued-resolution'));
		assert.deepEqual(uncatalogued.map((l) => l.match(/resolution (\d+\/\d+)/)?.[1]), ['53/30'], out);
	});
});

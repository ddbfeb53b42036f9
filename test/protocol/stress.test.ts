import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import {
	CancellationTokenSource, CodeActionRequest, DefinitionRequest, DocumentLinkRequest, DocumentSymbolRequest, FoldingRangeRequest,
	ReferencesRequest, ResponseError, type Diagnostic, type DocumentSymbol, type Location, type Position, type Range,
	type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FAULTY_DRAFT } from '../helpers/drafts';
import { LspClient, type PublishDiagnosticsParams } from '../helpers/lspClient';
import { CORPUS_EN, requireShared, SAMPLE_FR } from '../helpers/paths';
import { Rng } from '../helpers/rng';

/**
 * Robustness: rapid open/close/change sequences over LSP. A seeded storm of incremental edits, interleaved requests
 * and open/close/reopen cycles on several documents at once, with checkpoints that compare a document's outline with
 * a fresh open of the same text. Then the server must be alive, have answered every request, have logged no failure,
 * publish for each document what a fresh open of its final text publishes, and know no closed document.
 * Replay a failure with UNRES_STRESS_SEED=<seed printed in the message>.
 */

const SEED = Number.parseInt(process.env.UNRES_STRESS_SEED ?? '', 10) || 0x5eed;
/** A request unanswered this long counts as hung (the storm keeps the server's backlog far shorter). */
const REQUEST_TIMEOUT_MS = 10_000;
/** Longer than the server's 500 ms republish delay, so that a quiet spell means nothing more is coming. */
const QUIET_MS = 700;
/** Documents live in a folder that does not exist: closing one makes the server look for it on disk, and find nothing. */
const BASE = pathToFileURL(path.join(os.tmpdir(), 'unres-stress-absent')).href;

// The faulty draft of the diagnostics tests, with a citation to hover and complete.
const DRAFT = FAULTY_DRAFT.replace('The General Assembly,\n\n', 'The General Assembly,\n\nRecalling its resolution 71/19 of 21 November 2016,\n\n');

const DRAFT_FR = [
	"L'Assemblée générale,",
	'',
	'Rappelant sa résolution 73/11 du 26 novembre 2018,',
	'',
	'1. *Prie* le Secrétaire général de lui rendre compte ;',
	'',
	'2. *Décide* de rester saisie de la question.',
	'',
].join('\n');

/** Bits of drafts: numbers, labels, markers, citations, line breaks of every kind, characters outside the BMP. */
const SNIPPETS = [
	'a', 'e', ' ', '\n', '\n\n', '\r\n', '\r', '\t', ';', ',', '.', ':', '*', '_', '#', '[', ']', '(', ')', '¹', '²', '³', '𝔄', '\u00a0', '\u202f', 'é',
	'1. ', '2. ', '14. ', '(a) ', '(b) ', 'a) ', '(iv) ', '# ', '> ', '[^1]', '[^1]: A note.', 'Decides ', 'Requests ', '*Décide* ', 'Recalling ',
	'Noting with concern ', 'resolution 71/19 of 21 November 2016', 'resolution 2231 (2015)', 'S/RES/', 'A/RES/75/', '73/', 'paragraph 3 above',
	'paragraphs 1 (a) and 2 below', 'The General Assembly,', 'The Security Council,', 'Notes\n', '30th plenary meeting\n', '\r\n\r\n2. Decides;\r\n',
];

/** What a drafter types, key by key. */
const TYPED = [
	'3. Requests the Secretary-General to report;\n\n', 'Recalling also its resolution 74/2 of 2 December 2019,\n\n', '(c) On the third point;',
	'² See A/75/L.20.', 'Décide de rester saisie de la question.', 'Welcoming the report 𝔄 of the Secretary-General¹,\r\n\r\n',
	'5. Encourages States, as appropriate, to cooperate;', 'S/RES/2231 (2015)',
];

const METHODS = ['hover', 'completion', 'documentSymbol', 'foldingRange', 'codeAction', 'documentLink', 'definition', 'references'] as const;
type Method = (typeof METHODS)[number];

interface Source {
	readonly name: string;
	readonly text: string;
}

/** One URI under stress, with the client's mirror of its text. */
interface Slot {
	readonly name: string;
	readonly uri: string;
	readonly seed: string;
	/** The mirror while open: the same edits applied by the same library as the server's. */
	doc: TextDocument | undefined;
	/** The last text, kept while closed. */
	text: string;
	version: number;
	/** An older text, for positions the server has already moved past. */
	stale: TextDocument;
	/** Index in the client's notifications when the slot was last opened: what came before is another life. */
	openedAt: number;
	/** The text of an open and close in quick succession: the next open brings other text of the same length. */
	glanced: string | undefined;
	/** Reopened since the last checkpoint. */
	suspect: boolean;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const publishes = (client: LspClient) => client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').length;
/** Names of an outline, two levels deep, for messages. */
const outline = (symbols: DocumentSymbol[] | null) => (symbols ?? []).map((s) => [s.name, ...(s.children ?? []).map((c) => c.name)]);
const normalize = (ds: Diagnostic[]) => ds.map((d) => ({ range: d.range, code: d.code, message: d.message, severity: d.severity, source: d.source }));

/** The last diagnostics published for `uri` from index `from` of the notifications on. */
function lastPublished(client: LspClient, uri: string, from = 0): PublishDiagnosticsParams | undefined {
	for (let i = client.notifications.length - 1; i >= from; i--) {
		const n = client.notifications[i];
		if (n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri) {
			return n.params as PublishDiagnosticsParams;
		}
	}
	return undefined;
}

/** The answer, or a rejection when there is none within the request timeout. */
function within<T>(answer: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)), REQUEST_TIMEOUT_MS);
	});
	return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
}

/** Waits for diagnostics of `uri` at `version` published after index `from` of the notifications (versions restart on reopen). */
async function published(client: LspClient, uri: string, version: number, from: number): Promise<void> {
	const end = Date.now() + REQUEST_TIMEOUT_MS;
	while (!client.notifications.slice(from).some((n) => n.method === 'textDocument/publishDiagnostics'
		&& (n.params as PublishDiagnosticsParams).uri === uri && (n.params as PublishDiagnosticsParams).version === version)) {
		if (Date.now() > end) {
			throw new Error(`no diagnostics for ${uri} at version ${version} within ${REQUEST_TIMEOUT_MS} ms`);
		}
		await sleep(20);
	}
}

/** Waits until no diagnostics have been published for `QUIET_MS` (at most `maxMs`). */
async function quiet(client: LspClient, maxMs = 5000): Promise<void> {
	const end = Date.now() + maxMs;
	let seen = publishes(client);
	do {
		await sleep(QUIET_MS);
		const now = publishes(client);
		if (now === seen) {
			return;
		}
		seen = now;
	} while (Date.now() < end);
	throw new Error(`diagnostics still being published ${maxMs} ms after the storm`);
}

class Storm {
	readonly rng: Rng;
	readonly slots: Slot[];
	readonly pool: readonly string[];
	/** URIs opened and closed again (within one burst, or for a checkpoint): their last diagnostics must be empty. */
	readonly flashes: string[] = [];
	readonly problems: string[] = [];
	readonly counts = {
		docs: 0, bursts: 0, edits: 0, changes: 0, keystrokes: 0, afterClose: 0, opens: 0, closes: 0, checkpoints: 0,
		requests: 0, answered: 0, cancelled: 0, errors: {} as Record<number, number>,
	};
	readonly #pending: Promise<void>[] = [];
	#flash = 0;
	#checks = 0;

	constructor(readonly client: LspClient, sources: readonly Source[], seed: number) {
		this.rng = new Rng(seed);
		this.slots = sources.map((s) => ({
			name: s.name, uri: `${BASE}/${s.name}`, seed: s.text, doc: undefined, text: s.text, version: 0,
			stale: TextDocument.create('', 'unres', 0, s.text), openedAt: 0, glanced: undefined, suspect: false,
		}));
		// Whole paragraphs of every source, to paste.
		this.pool = sources.flatMap((s) => s.text.split(/\r?\n\s*\r?\n/)).filter((p) => p.trim().length > 0);
		this.counts.docs = sources.length;
	}

	async run(edits: number): Promise<void> {
		const writes: Promise<void>[] = [];
		for (const slot of this.slots) {
			this.#open(slot, slot.seed, 1, writes);
		}
		await Promise.all(writes);
		while (this.counts.edits < edits) {
			this.counts.bursts++;
			const burst: Promise<void>[] = [];
			for (let n = 1 + this.rng.int(30); n > 0; n--) {
				this.#step(burst);
			}
			// The notifications are written without waiting for the server; then the server gets varied slack.
			await Promise.all(burst);
			const r = this.rng.next();
			const open = this.slots.filter((s) => s.doc);
			const suspect = open.find((s) => s.suspect);
			if (r < 0.6 && open.length > 0 && (suspect || this.rng.chance(0.1))) {
				const slot = suspect ?? this.rng.pick(open);
				slot.suspect = false;
				await this.#checkpoint(slot);
			} else if (r < 0.6) {
				// A synchronising request keeps the server's backlog to a burst or two, so that the run stays short.
				await this.#request(this.rng.pick(this.slots), 'documentSymbol');
			} else if (r < 0.8) {
				await sleep(this.rng.int(4));
			} else {
				await new Promise<void>((resolve) => setImmediate(resolve));
			}
		}
		await Promise.all(this.#pending);
	}

	#step(writes: Promise<void>[]): void {
		const slot = this.rng.pick(this.slots);
		const r = this.rng.next();
		if (!slot.doc) {
			if (r < 0.15) {
				// A change the editor sent before it saw the close: the server must drop it.
				this.counts.afterClose++;
				writes.push(this.client.change(slot.uri, slot.version + 1, [{ range: this.#randomRange(slot), text: this.rng.pick(SNIPPETS) }]));
			} else if (r < 0.3) {
				void this.#request(slot, this.rng.pick(METHODS));
			} else {
				this.#reopen(slot, writes);
			}
			return;
		}
		if (r < 0.3) {
			this.#edit(slot, [this.#randomChange(slot.doc)], writes);
		} else if (r < 0.38) {
			this.#multiChange(slot, writes);
		} else if (r < 0.43) {
			this.#type(slot, writes);
		} else if (r < 0.45) {
			this.#wholeText(slot, writes);
		} else if (r < 0.465) {
			this.#close(slot, writes);
		} else if (r < 0.48) {
			this.#close(slot, writes);
			this.#reopen(slot, writes);
		} else if (r < 0.49) {
			// Closed, opened at version 1 and closed again before the server has its settings (a quick look at a file).
			this.#close(slot, writes);
			this.#reopen(slot, writes, 1);
			slot.glanced = slot.text;
			this.#close(slot, writes);
		} else if (r < 0.5) {
			this.#flashDocument(writes);
		} else {
			void this.#request(slot, this.rng.pick(METHODS));
		}
	}

	/** Sends one didChange and applies it to the mirror. */
	#edit(slot: Slot, changes: TextDocumentContentChangeEvent[], writes: Promise<void>[]): void {
		const doc = slot.doc!;
		slot.version++;
		writes.push(this.client.change(slot.uri, slot.version, changes));
		TextDocument.update(doc, changes, slot.version);
		slot.text = doc.getText();
		this.counts.edits++;
		this.counts.changes += changes.length;
		if (this.rng.chance(0.05)) {
			slot.stale = TextDocument.create('', 'unres', 0, slot.text);
		}
	}

	/** Insert, delete or replace a random range (often across lines), paste a paragraph, or change a line break. */
	#randomChange(doc: TextDocument): TextDocumentContentChangeEvent {
		const text = doc.getText();
		const at = this.rng.int(text.length + 1);
		const range = (start: number, end: number): Range => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
		// Documents that grew far past their start are cut back.
		const big = text.length > 40_000;
		const r = big ? 0.3 : this.rng.next();
		if (r < 0.3) {
			return { range: range(at, at), text: this.rng.pick(SNIPPETS) };
		}
		if (r < 0.55) {
			const length = big ? 5000 + this.rng.int(10_000) : this.rng.int(this.rng.chance(0.2) ? 600 : 40);
			return { range: range(at, Math.min(at + length, text.length)), text: '' };
		}
		if (r < 0.75) {
			const end = Math.min(at + this.rng.int(120), text.length);
			return { range: range(at, end), text: this.rng.chance(0.7) ? this.rng.pick(SNIPPETS) : this.rng.pick(this.pool) };
		}
		if (r < 0.9) {
			const start = doc.offsetAt({ line: this.rng.int(doc.lineCount), character: 0 });
			return { range: range(start, start), text: `${this.rng.pick(this.pool)}\n\n` };
		}
		const lf = text.indexOf('\n', at);
		const i = lf === -1 ? text.lastIndexOf('\n') : lf;
		if (i <= 0 || text[i - 1] === '\r') {
			return { range: range(at, at), text: '\r\n' };
		}
		return { range: range(i, i + 1), text: this.rng.chance(0.8) ? '\r\n' : '\r' };
	}

	/** Several changes in one didChange: each applies to the text the previous one left, as on the server. */
	#multiChange(slot: Slot, writes: Promise<void>[]): void {
		const scratch = TextDocument.create('', 'unres', 0, slot.doc!.getText());
		const changes: TextDocumentContentChangeEvent[] = [];
		for (let n = 2 + this.rng.int(5); n > 0; n--) {
			const change = this.#randomChange(scratch);
			changes.push(change);
			TextDocument.update(scratch, [change], 0);
		}
		this.#edit(slot, changes, writes);
	}

	/** Part of a phrase typed key by key, one didChange per key, with the odd backspace. */
	#type(slot: Slot, writes: Promise<void>[]): void {
		let at = this.rng.int(slot.text.length + 1);
		const keys = [...this.rng.pick(TYPED)];
		for (const ch of keys.slice(0, 1 + this.rng.int(keys.length))) {
			const doc = slot.doc!;
			if (at > 0 && this.rng.chance(0.1)) {
				this.#edit(slot, [{ range: { start: doc.positionAt(at - 1), end: doc.positionAt(at) }, text: '' }], writes);
				at--;
			}
			this.#edit(slot, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at) }, text: ch }], writes);
			at += ch.length;
			this.counts.keystrokes++;
		}
	}

	/** Everything deleted, or the whole text replaced: a paste over a selection of all, a full-text event, line breaks made CRLF. */
	#wholeText(slot: Slot, writes: Promise<void>[]): void {
		const doc = slot.doc!;
		const all: Range = { start: { line: 0, character: 0 }, end: doc.positionAt(slot.text.length) };
		const r = this.rng.next();
		if (r < 0.4) {
			this.#edit(slot, [{ range: all, text: '' }], writes);
		} else if (r < 0.7) {
			this.#edit(slot, [{ range: all, text: this.rng.chance(0.5) ? slot.seed : this.rng.pick(this.slots).seed }], writes);
		} else if (r < 0.85) {
			this.#edit(slot, [{ text: slot.seed }], writes);
		} else {
			this.#edit(slot, [{ text: slot.text.replace(/\r?\n/g, '\r\n') }], writes);
		}
	}

	#open(slot: Slot, text: string, version: number, writes: Promise<void>[]): void {
		slot.openedAt = this.client.notifications.length;
		slot.doc = TextDocument.create(slot.uri, 'unres', version, text);
		slot.text = text;
		slot.version = version;
		writes.push(this.client.open(slot.uri, text));
		this.counts.opens++;
	}

	#close(slot: Slot, writes: Promise<void>[]): void {
		writes.push(this.client.close(slot.uri));
		slot.doc = undefined;
		this.counts.closes++;
		if (this.rng.chance(0.3)) {
			this.counts.afterClose++;
			writes.push(this.client.change(slot.uri, slot.version + 1, [{ range: this.#randomRange(slot), text: 'x' }]));
		}
		if (this.rng.chance(0.3)) {
			void this.#request(slot, this.rng.pick(METHODS));
		}
	}

	/** Open again: the text it had, another document's, or one of the same length (a parse cache keyed by version and length must not be fooled). */
	#reopen(slot: Slot, writes: Promise<void>[], atVersion?: number): void {
		const r = this.rng.next();
		let text = r < 0.4 ? slot.text : r < 0.7 ? this.rng.pick(this.slots).seed : sameLength(slot.text, this.rng);
		// Version 1 as for a new model, or on from the last one.
		let version = atVersion ?? (this.rng.chance(0.5) ? 1 : slot.version + 1);
		if (slot.glanced !== undefined) {
			text = sameLength(slot.glanced, this.rng);
			version = 1;
			slot.glanced = undefined;
		}
		slot.suspect = true;
		const doc = TextDocument.create(slot.uri, 'unres', version, text);
		slot.openedAt = this.client.notifications.length;
		slot.doc = doc;
		slot.text = text;
		slot.version = version;
		writes.push(this.client.open(slot.uri, text, 'unres', version));
		this.counts.opens++;
	}

	/** A document that lives for one burst: open, a few edits and requests, close. */
	#flashDocument(writes: Promise<void>[]): void {
		const uri = `${BASE}/flash-${++this.#flash}.unres`;
		this.flashes.push(uri);
		const doc = TextDocument.create(uri, 'unres', 1, this.rng.pick(this.slots).seed);
		writes.push(this.client.open(uri, doc.getText()));
		this.counts.opens++;
		for (let v = 2, n = this.rng.int(6); n > 0; n--, v++) {
			const change = this.#randomChange(doc);
			TextDocument.update(doc, [change], v);
			writes.push(this.client.change(uri, v, [change]));
			this.counts.edits++;
			this.counts.changes++;
			if (this.rng.chance(0.3)) {
				void this.#track('hover', this.client.hover(uri, doc.positionAt(this.rng.int(doc.getText().length + 1))));
			}
		}
		writes.push(this.client.close(uri));
		this.counts.closes++;
	}

	/**
	 * The server's outline and folding of a slot equal those of its current text opened afresh (a stale parse shows
	 * here first, before later edits hide it). The fresh copy is closed again: its last diagnostics must be empty.
	 */
	async #checkpoint(slot: Slot): Promise<void> {
		const uri = `${BASE}/check-${++this.#checks}/${slot.name}`;
		this.flashes.push(uri);
		this.counts.checkpoints++;
		const { text, version } = slot;
		await this.client.open(uri, text);
		const [stressed, fresh, stressedFolds, freshFolds] = await Promise.all([
			within(this.client.symbols(slot.uri)), within(this.client.symbols(uri)), within(this.client.folding(slot.uri)), within(this.client.folding(uri)),
		]);
		await this.client.close(uri);
		if (!isDeepStrictEqual(stressed, fresh)) {
			this.problems.push(`${slot.name} at version ${version}: the outline differs from a fresh open of the same text: `
				+ `${JSON.stringify(outline(stressed))} instead of ${JSON.stringify(outline(fresh))}`);
		} else if (!isDeepStrictEqual(stressedFolds, freshFolds)) {
			this.problems.push(`${slot.name} at version ${version}: folding differs from a fresh open of the same text`);
		}
	}

	/** A position in the current text, in an older one, or past the end. */
	#randomPosition(slot: Slot): Position {
		const r = this.rng.next();
		if (slot.doc && r < 0.6) {
			return slot.doc.positionAt(this.rng.int(slot.text.length + 1));
		}
		if (r < 0.8) {
			return slot.stale.positionAt(this.rng.int(slot.stale.getText().length + 1));
		}
		return { line: this.rng.int(5000), character: this.rng.int(this.rng.chance(0.5) ? 200 : 100_000) };
	}

	#randomRange(slot: Slot): Range {
		const a = this.#randomPosition(slot);
		const b = this.#randomPosition(slot);
		return before(a, b) ? { start: a, end: b } : { start: b, end: a };
	}

	/** One request at a random place, now and then cancelled at once; also to a URI never opened. */
	#request(slot: Slot, method: Method): Promise<void> {
		const uri = this.rng.chance(0.05) ? `${BASE}/never-opened.unres` : slot.uri;
		const cts = this.rng.chance(0.1) ? new CancellationTokenSource() : undefined;
		const token = cts?.token;
		const textDocument = { uri };
		const position = this.#randomPosition(slot);
		let answer: Promise<unknown>;
		switch (method) {
			case 'hover':
				answer = this.client.hover(uri, position, token);
				break;
			case 'completion':
				answer = this.client.completion(uri, position, token);
				break;
			case 'documentSymbol':
				answer = this.client.request(DocumentSymbolRequest.method, { textDocument }, token);
				break;
			case 'foldingRange':
				answer = this.client.request(FoldingRangeRequest.method, { textDocument }, token);
				break;
			case 'codeAction': {
				// With the diagnostics the client last saw, which may be for an older version.
				const diagnostics = lastPublished(this.client, uri, Math.max(0, this.client.notifications.length - 200))?.diagnostics ?? [];
				const only = this.rng.chance(0.2) ? { only: ['quickfix'] } : {};
				answer = this.client.request(CodeActionRequest.method, { textDocument, range: this.#randomRange(slot), context: { diagnostics, ...only } }, token);
				break;
			}
			case 'documentLink':
				answer = this.client.request(DocumentLinkRequest.method, { textDocument }, token);
				break;
			case 'definition':
				answer = this.client.request(DefinitionRequest.method, { textDocument, position }, token);
				break;
			case 'references':
				answer = this.client.request(ReferencesRequest.method, { textDocument, position, context: { includeDeclaration: this.rng.chance(0.5) } }, token);
				break;
		}
		if (cts) {
			this.counts.cancelled++;
			if (this.rng.chance(0.5)) {
				cts.cancel();
			} else {
				setImmediate(() => cts.cancel());
			}
		}
		return this.#track(method, answer);
	}

	/** Counts the answer: a result of the right shape, or a ResponseError; anything else, or nothing in time, is a problem. */
	#track(method: Method, answer: Promise<unknown>): Promise<void> {
		this.counts.requests++;
		const settled = new Promise<void>((resolve) => {
			const timer = setTimeout(() => {
				this.problems.push(`${method}: no answer within ${REQUEST_TIMEOUT_MS} ms`);
				resolve();
			}, REQUEST_TIMEOUT_MS);
			answer.then(
				(result) => {
					this.counts.answered++;
					const list = method !== 'hover' && method !== 'completion';
					if (result !== null && (list ? !Array.isArray(result) : typeof result !== 'object')) {
						this.problems.push(`${method}: unexpected result ${JSON.stringify(result).slice(0, 200)}`);
					}
				},
				(error: unknown) => {
					if (error instanceof ResponseError) {
						this.counts.errors[error.code] = (this.counts.errors[error.code] ?? 0) + 1;
					} else {
						this.problems.push(`${method}: rejected with ${String(error)}`);
					}
				},
			).finally(() => {
				clearTimeout(timer);
				resolve();
			});
		});
		this.#pending.push(settled);
		return settled;
	}

	/** Every slot open at the end, so that each has final diagnostics to compare. */
	async openAll(): Promise<void> {
		const writes: Promise<void>[] = [];
		for (const slot of this.slots.filter((s) => !s.doc)) {
			this.#reopen(slot, writes);
		}
		await Promise.all(writes);
	}
}

/** The same length, other characters: digits and letters changed in place. */
function sameLength(text: string, rng: Rng): string {
	return text.replace(/[0-9]/g, (d) => String((Number(d) + 1 + rng.int(8)) % 10)).replace(/[aeiou]/g, (v) => (rng.chance(0.3) ? 'aeiou'[rng.int(5)] : v));
}

/** A diagnostic on one line, for messages. */
const line = ({ range: { start, end }, code, severity, message }: ReturnType<typeof normalize>[number]) =>
	`${start.line}:${start.character}-${end.line}:${end.character} ${String(code)} (${severity}) ${JSON.stringify(message)}`;

/** What one list has that the other lacks, both ways. */
function difference(actual: string[], expected: string[]): string {
	const extra = actual.filter((a) => !expected.includes(a));
	const missing = expected.filter((e) => !actual.includes(e));
	return [...extra.map((a) => `+ ${a}`), ...missing.map((m) => `- ${m}`)].join('; ') || `the same ${actual.length}, in another order`;
}

/**
 * Runs the storm, then checks: the server lives, answered everything, logged no failure; the last diagnostics of
 * every document are those of its last version and equal a fresh open's, as are its outline and folding. Every
 * check runs and the failures are reported together, so that one bug does not hide another.
 */
async function stress(client: LspClient, sources: readonly Source[], edits: number): Promise<Storm['counts']> {
	const storm = new Storm(client, sources, SEED);
	const started = Date.now();
	const failures: string[] = [];
	const attempt = async (what: string, check: () => Promise<void>) => {
		try {
			await check();
		} catch (error) {
			failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
		}
	};
	await storm.run(edits);
	await storm.openAll();
	failures.push(...storm.problems);
	if (client.exited) {
		assert.fail(`[UNRES_STRESS_SEED=${SEED}] the server exited (${JSON.stringify(client.exited)}); stderr: ${client.stderr}`);
	}
	for (const slot of storm.slots) {
		await attempt(slot.name, () => published(client, slot.uri, slot.version, slot.openedAt));
	}
	// The same final texts under fresh URIs, beside the stressed ones (the same folder: the same settings).
	const fresh = storm.slots.map((s) => `${BASE}/fresh/${s.name}`);
	await Promise.all(storm.slots.map((s, i) => client.open(fresh[i], s.text)));
	await attempt('fresh copies', async () => {
		await Promise.all(fresh.map((uri) => client.diagnostics(uri, (p) => p.version === 1)));
		// Open documents declare resolutions to one another: wait for the republishing that follows to be over.
		await quiet(client);
	});
	for (const [i, slot] of storm.slots.entries()) {
		const where = `${slot.name} (version ${slot.version}, ${slot.text.length} characters)`;
		const failed = failures.length;
		const last = lastPublished(client, slot.uri);
		const expected = lastPublished(client, fresh[i]);
		if (last?.version !== slot.version) {
			failures.push(`${where}: the last diagnostics published are for version ${last?.version}`);
		}
		const actual = normalize(last?.diagnostics ?? []).map(line);
		const wanted = normalize(expected?.diagnostics ?? []).map(line);
		if (!isDeepStrictEqual(actual, wanted)) {
			failures.push(`${where}: diagnostics differ from a fresh open's: ${difference(actual, wanted)}`);
		}
		await attempt(where, async () => {
			const [stressed, fresher] = await Promise.all([within(client.symbols(slot.uri)), within(client.symbols(fresh[i]))]);
			if (!isDeepStrictEqual(stressed, fresher)) {
				failures.push(`${where}: the outline differs from a fresh open's: `
					+ `${JSON.stringify(outline(stressed))} instead of ${JSON.stringify(outline(fresher))}`);
			}
			if (!isDeepStrictEqual(await within(client.folding(slot.uri)), await within(client.folding(fresh[i])))) {
				failures.push(`${where}: folding differs from a fresh open's`);
			}
		});
		if (failures.length > failed) {
			// The text that fails, to replay without the storm.
			const file = path.join(os.tmpdir(), `unres-stress-${SEED}-${slot.name}.txt`);
			writeFileSync(file, slot.text);
			failures.push(`${slot.name}: final text written to ${file}`);
		}
	}
	for (const uri of storm.flashes) {
		const last = lastPublished(client, uri);
		if (last && last.diagnostics.length > 0) {
			failures.push(`${uri} is closed, yet its last diagnostics are ${JSON.stringify(normalize(last.diagnostics).map(line))}`);
		}
	}
	// No workspace folder: only open documents are in the workspace index, so definitions and references point only to them.
	const open = new Set([...storm.slots.map((s) => s.uri), ...fresh]);
	const ghosts = new Set<string>();
	for (const slot of storm.slots) {
		const doc = TextDocument.create(slot.uri, 'unres', slot.version, slot.text);
		const citations = [...slot.text.matchAll(/\b\d{1,3}\/\d{1,4}\b|\b\d{2,4} \(\d{4}\)/g)].slice(0, 12);
		await attempt(`${slot.name}: definition and references`, async () => {
			for (const m of citations) {
				const position = doc.positionAt(m.index + 1);
				const found = await Promise.all([
					within(client.request<Location[] | null>(DefinitionRequest.method, { textDocument: { uri: slot.uri }, position })),
					within(client.request<Location[] | null>(ReferencesRequest.method, {
						textDocument: { uri: slot.uri }, position, context: { includeDeclaration: true },
					})),
				]);
				for (const location of found.flatMap((f) => f ?? [])) {
					if (!open.has(location.uri)) {
						ghosts.add(location.uri);
					}
				}
			}
		});
	}
	if (ghosts.size > 0) {
		const more = ghosts.size > 5 ? ` and ${ghosts.size - 5} more` : '';
		failures.push(`definitions or references point to closed documents: ${[...ghosts].slice(0, 5).join(', ')}${more}`);
	}
	// A feature that fails is logged once (`unres: <feature> failed: …`), an exception in a handler by vscode-jsonrpc.
	failures.push(...client.notifications
		.filter((n) => n.method === 'window/logMessage' || n.method === 'window/showMessage')
		.map((n) => n.params as { type: number; message: string })
		.filter((m) => m.type === 1 || /failed|uncaught|unhandled|exception/i.test(m.message))
		.map((m) => `the server logged: ${m.message}`));
	if (client.exited) {
		failures.push(`the server exited (${JSON.stringify(client.exited)})`);
	}
	if (/error|exception|unhandled/i.test(client.stderr)) {
		failures.push(`the server wrote to stderr: ${client.stderr}`);
	}
	const c = storm.counts;
	const errors = Object.entries(c.errors).map(([code, n]) => `${n}×${code}`).join(', ') || 'none';
	console.log(`      seed ${SEED}: ${c.docs} docs, ${c.edits} didChange (${c.changes} changes, ${c.keystrokes} keystrokes) in ${c.bursts} bursts,`
		+ ` ${c.afterClose} after close, ${c.opens} opens, ${c.closes} closes, ${c.checkpoints} checkpoints, ${c.requests} requests`
		+ ` (${c.answered} answered, ${c.cancelled} cancelled, ResponseErrors: ${errors}), ${Date.now() - started} ms`);
	if (failures.length > 0) {
		const more = failures.length > 30 ? `\n… and ${failures.length - 30} more` : '';
		assert.fail(`[UNRES_STRESS_SEED=${SEED}] ${failures.length} failures:\n${failures.slice(0, 30).join('\n')}${more}`);
	}
	return c;
}

suite('stress: rapid open/close/change over stdio (dist/server.js)', function () {
	// Well above the usual run (a few seconds each), to fail rather than hang a CI job.
	this.timeout(60_000);
	let client: LspClient;

	setup(async () => {
		assert.ok(existsSync(require.resolve('../../../dist/server.js')), 'run `npm run build` first');
		client = await LspClient.start();
	});
	teardown(async () => {
		await client.stop();
	});

	test('synthetic drafts: an edit storm leaves the server alive and its diagnostics those of a fresh open', async () => {
		const counts = await stress(client, [
			{ name: 'draft.unres', text: DRAFT },
			{ name: 'draft-crlf.unres', text: DRAFT.replace(/\n/g, '\r\n') },
			{ name: 'projet.unres', text: DRAFT_FR },
			{ name: 'empty.unres', text: '' },
		], 1000);
		assert.ok(counts.edits >= 1000 && counts.requests > 0);
	});

	test('real documents: the same, on the reference document and drafts and resolutions of the corpus', async function () {
		requireShared(this, SAMPLE_FR);
		const corpus = ['A-RES-80-16.txt', 'S-RES-242-1967.txt', 'A-C.5-80-L.21.txt', 'A-RES-80-7.txt'].map((f) => path.join(CORPUS_EN, f));
		for (const file of corpus) {
			requireShared(this, file);
		}
		const counts = await stress(client, [
			{ name: 'A-RES-75-10.fr.unres.md', text: readFileSync(SAMPLE_FR, 'utf8') },
			...corpus.map((f) => ({ name: `${path.basename(f, '.txt')}.unres.txt`, text: readFileSync(f, 'utf8') })),
			{ name: 'draft.unres', text: DRAFT },
		], 2200);
		assert.ok(counts.edits >= 2200 && counts.requests > 0);
	});

	test('memory stays flat and each version is published once: RSS after 1,000 edits within 10% of RSS after 10, the heap kept within 20% of that after 100, its data within 20% of that after 10', async function () {
		this.timeout(180_000);
		// A server of its own, asked to log its memory after each collection it makes when the typing stops.
		await client.stop();
		process.env.UNRES_MEMORY_LOG = '1';
		try {
			client = await LspClient.start();
		} finally {
			delete process.env.UNRES_MEMORY_LOG;
		}
		const source = existsSync(SAMPLE_FR) ? readFileSync(SAMPLE_FR, 'utf8') : DRAFT.repeat(20);
		const uri = `${BASE}/memory.unres.md`;
		const since = client.notifications.length;
		await client.open(uri, source);
		await published(client, uri, 1, since);
		const rng = new Rng(SEED);
		const mirror = TextDocument.create(uri, 'unres', 1, source);
		/** The heap the server still uses after its last idle collection, and its RSS, in bytes. */
		const memory = () => {
			const logged = [...client.stderr.matchAll(/unres memory: heapUsed (\d+) heapTotal (\d+) rss (\d+) \(([^)]*)\)[^\n]*/g)].at(-1);
			// The data the server keeps: the heap without the compiled code (which grows as more of the server warms up).
			const code = Number(/code_space (\d+)/.exec(logged?.[4] ?? '')?.[1] ?? 0) + Number(/code_large_object_space (\d+)/.exec(logged?.[4] ?? '')?.[1] ?? 0);
			// Linux: the file-mapped part of RSS (node's own code, paged in as more of it runs), in bytes.
			const file = Number(/RssFile (\d+) kB/.exec(logged?.[0] ?? '')?.[1] ?? NaN) * 1024;
			return { heap: Number(logged?.[1]), total: Number(logged?.[2]), rss: Number(logged?.[3]), file, data: Number(logged?.[1]) - code };
		};
		const collected = async (count: number) => {
			// The collection runs a second after the last edit.
			for (let t = 0; t < 100 && client.stderr.split('unres memory:').length - 1 < count; t++) {
				await sleep(50);
			}
		};
		let version = 1;
		const edit = async () => {
			// Typing and deleting in a line, now and then a line break: what a drafter does.
			const text = mirror.getText();
			const at = mirror.positionAt(rng.int(text.length));
			const typed = rng.chance(0.6);
			const change: TextDocumentContentChangeEvent = typed
				? { range: { start: at, end: at }, text: rng.chance(0.05) ? '\n' : rng.pick(['a', 'e', ' ', ';', 's', 'é']) }
				: { range: { start: at, end: mirror.positionAt(Math.min(text.length, mirror.offsetAt(at) + 1)) }, text: '' };
			version++;
			TextDocument.update(mirror, [change], version);
			await client.change(uri, version, [change]);
			// Every tenth version waits for its diagnostics: the others are a burst, as typing is.
			if (version % 10 === 0) {
				await published(client, uri, version, since);
			}
		};
		for (let k = 0; k < 10; k++) {
			await edit();
		}
		await quiet(client);
		await collected(1);
		const after10 = memory();
		const logs = client.stderr.split('unres memory:').length - 1;
		// The first hundred edits warm the compiled code and the caches (the completion index, lead-phrase suggestions).
		for (let k = 0; k < 90; k++) {
			await edit();
		}
		await quiet(client);
		await collected(logs + 1);
		const after100 = memory();
		const logs100 = client.stderr.split('unres memory:').length - 1;
		for (let k = 0; k < 900; k++) {
			await edit();
		}
		await quiet(client);
		await collected(logs100 + 1);
		const after1000 = memory();
		const counts = new Map<number, number>();
		for (const n of client.notifications.slice(since)) {
			const p = n.params as PublishDiagnosticsParams;
			if (n.method === 'textDocument/publishDiagnostics' && p.uri === uri) {
				counts.set(p.version ?? -1, (counts.get(p.version ?? -1) ?? 0) + 1);
			}
		}
		const twice = [...counts].filter(([, n]) => n > 1);
		const mb = (n: number) => (n / 1048576).toFixed(1);
		const show = (m: typeof after10) => `heap ${mb(m.heap)} MB (data ${mb(m.data)} MB) of ${mb(m.total)} MB, RSS ${mb(m.rss)} MB (files ${mb(m.file)} MB)`;
		console.log(`      after 10 edits: ${show(after10)}; after 100: ${show(after100)}; after 1,000: ${show(after1000)};`
			+ ` ${counts.size} versions published, ${twice.length} more than once`);
		assert.deepEqual(twice, [], 'versions published more than once');
		assert.equal(lastPublished(client, uri)?.version, version);
		assert.ok(after10.heap > 0 && after1000.heap > 0, `the server logged no memory: ${client.stderr.slice(-300)}`);
		// Issue 18: what the process holds, read after the idle collection (compacting, node/collect.ts) and half a second
		// for V8 to hand the freed pages back, with the client's flags and allocator settings (client/src/serverLaunch.ts).
		// Measured: +4–5% (77.8 → 81.2 MB); without those settings +20–40%, the heap itself flat.
		assert.ok(after1000.rss <= after10.rss * 1.1, `RSS grew from ${mb(after10.rss)} MB after 10 edits to ${mb(after1000.rss)} MB after 1,000 (more than 10%)`);
		// Measured: +1% from 10 to 100 edits, +11% from 100 to 1,000 (compiled code and bounded caches), flat from 1,000 to 6,000.
		// Since the title index takes 1.5 MB less the same growth is a larger part; some runs keep 1.5 MB more at 1,000
		// (the same edits, analysed in other bursts): +11–17% measured.
		assert.ok(after1000.heap <= after100.heap * 1.2, `the heap kept grew from ${mb(after100.heap)} MB after 100 edits to ${mb(after1000.heap)} MB after 1,000`);
		// And from the tenth edit on, the data it keeps (the heap less the compiled code): measured +2.4–3.9 MB at 1,000
		// (+11–18% of 21.7 MB since the title index takes 1.5 MB less; +9–10% of 23.4 MB before), most of it V8's feedback
		// of code warming up and, in some runs, the model of the version before the last (kept by a reparse in place);
		// a kept version of the text per edit (citations, compilation parts) would add tens of MB.
		assert.ok(after1000.data <= after10.data * 1.2, `the data kept grew from ${mb(after10.data)} MB after 10 edits to ${mb(after1000.data)} MB after 1,000`);
	});

	test('found by the storm: closed during its first analysis, reopened at version 1 with same-length text, a document is analysed afresh', async () => {
		const uri = `${BASE}/reopened.unres`;
		const first = 'The General Assembly,\n\n1. Decides;\n\n3. Requests;\n';
		const second = first.replace('3. Requests', '2. Requests');
		// Closed while the server waits for the document's settings; the client answers that request before the reopen.
		void client.open(uri, first);
		await client.close(uri);
		await sleep(100);
		const since = client.notifications.length;
		await client.open(uri, second);
		await published(client, uri, 1, since);
		const fresh = `${BASE}/fresh/reopened.unres`;
		await client.open(fresh, second);
		await client.diagnostics(fresh, (p) => p.version === 1);
		assert.deepEqual(outline(await client.symbols(uri)), outline(await client.symbols(fresh)));
		assert.deepEqual(normalize(lastPublished(client, uri)!.diagnostics), normalize(lastPublished(client, fresh)!.diagnostics));
	});

	test('found by the storm: closed during its first analysis, a document leaves nothing in the workspace index', async () => {
		const ghost = `${BASE}/ghost.unres`;
		void client.open(ghost, DRAFT);
		await client.close(ghost);
		// Time for the analysis that was waiting for settings to finish.
		await sleep(300);
		const uri = `${BASE}/citing.unres`;
		await client.open(uri, DRAFT);
		await client.diagnostics(uri, (p) => p.version === 1);
		// On `71/19` in `Recalling its resolution 71/19 of 21 November 2016,`: the only citation is in the open document.
		const references = await client.request<Location[] | null>(ReferencesRequest.method, {
			textDocument: { uri }, position: { line: 2, character: 26 }, context: { includeDeclaration: true },
		});
		assert.deepEqual(references?.map((l) => l.uri), [uri]);
	});
});

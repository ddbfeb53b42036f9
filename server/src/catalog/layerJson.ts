import type { Body } from '../model/document';
import type { CatalogEntry, Vote } from './entry';
import { type JsonValue, JsonSyntaxError, parseJsonWithPositions } from './jsonPositions';
import { baseEntry, type CatalogLayer, type CatalogProblem, fileProblem, type Mutable, readDate, voteFromWords } from './layerEntry';
import { type CatalogKind, parseSymbol } from './symbols';

// A user catalogue in JSON, in the schema of `server/data/catalog.schema.json`.

const FIELDS = new Set(['symbol', 'body', 'kind', 'date', 'title', 'vote', 'meeting', 'draft', 'committeeReport', 'agendaItem', 'undlId', 'parts']);
const BODIES = new Set<Body>(['GA', 'SC', 'ECOSOC', 'HRC']);

export function loadJson(file: string, text: string): CatalogLayer {
	let doc;
	try {
		doc = parseJsonWithPositions(text.replace(/^\ufeff/, ''));
	} catch (err) {
		if (err instanceof JsonSyntaxError) {
			return fileProblem(file, `not valid JSON: ${err.message}`, err.line);
		}
		throw err;
	}
	const root = doc.value;
	const list = Array.isArray(root) ? root : isObject(root) ? root.entries : undefined;
	if (!Array.isArray(list)) {
		return fileProblem(file, 'a catalogue file is an object with an "entries" array (or a bare array of entries)', 1);
	}
	const problems: CatalogProblem[] = [];
	const entries: CatalogEntry[] = [];
	const completeSessions: number[] = [];
	if (isObject(root) && root.completeSessions !== undefined) {
		const cs = root.completeSessions;
		if (Array.isArray(cs) && cs.every((s) => Number.isInteger(s) && (s as number) > 0)) {
			completeSessions.push(...(cs as number[]));
		} else {
			problems.push({ file, line: doc.lineOf(root) ?? 1, message: '"completeSessions" must be an array of GA session numbers' });
		}
	}
	for (const [index, item] of list.entries()) {
		const line = doc.lineOfElement(list, index) ?? 1;
		const problem = (message: string): void => {
			problems.push({ file, line, message });
		};
		if (!isObject(item)) {
			problem('an entry must be an object with at least a "symbol"');
			continue;
		}
		const entry = jsonEntry(item, problem);
		if (entry) {
			entries.push(entry);
		}
	}
	return { file, entries, completeSessions, problems };
}

function jsonEntry(o: { [key: string]: JsonValue }, problem: (m: string) => void): CatalogEntry | undefined {
	for (const k of Object.keys(o)) {
		if (!FIELDS.has(k) && !k.startsWith('$')) {
			problem(`unknown property "${k}" ignored`);
		}
	}
	if (o.body !== undefined && !BODIES.has(o.body as Body)) {
		problem(`"body" must be one of GA, SC, ECOSOC, HRC; entry skipped`);
		return undefined;
	}
	if (o.kind !== undefined && o.kind !== 'resolution' && o.kind !== 'decision') {
		problem(`"kind" must be "resolution" or "decision"; entry skipped`);
		return undefined;
	}
	if (typeof o.symbol !== 'string') {
		problem('entry without a "symbol" string skipped');
		return undefined;
	}
	const sym = parseSymbol(o.symbol, { body: o.body as Body | undefined, kind: o.kind as CatalogKind | undefined });
	if (!sym) {
		problem(`"${o.symbol}" is not a resolution or decision symbol; entry skipped`);
		return undefined;
	}
	const e = baseEntry(sym);
	if (o.date !== undefined) {
		const date = typeof o.date === 'string' ? readDate(o.date) : undefined;
		if (date) {
			e.date = date;
			e.dateSource = 'user';
		} else {
			problem(`"date" must be a date such as "2016-11-21"; date ignored`);
		}
	}
	for (const k of ['title', 'meeting', 'draft', 'committeeReport', 'agendaItem'] as const) {
		const v = o[k];
		if (typeof v === 'string' && v.trim()) {
			e[k] = v.trim();
		} else if (v !== undefined) {
			problem(`"${k}" must be a non-empty string; ignored`);
		}
	}
	if (o.undlId !== undefined) {
		if (Number.isInteger(o.undlId) && (o.undlId as number) > 0) {
			e.undlId = o.undlId as number;
		} else {
			problem('"undlId" must be a positive integer; ignored');
		}
	}
	if (o.vote !== undefined) {
		const vote = jsonVote(o.vote);
		if (vote) {
			e.vote = vote;
		} else {
			problem('"vote" must be "without vote", "unanimous", "non-recorded" or {"yes", "no", "abstain", "nonVoting"} counts; ignored');
		}
	}
	if (o.parts !== undefined) {
		if (Array.isArray(o.parts) && o.parts.every((p) => typeof p === 'string' && /^[A-Z][A-Z0-9-]*$/.test(p))) {
			e.parts = o.parts as string[];
		} else {
			problem('"parts" must be an array of part letters such as ["A", "B"]; ignored');
		}
	}
	return e;
}

function jsonVote(v: JsonValue): Vote | undefined {
	if (typeof v === 'string') {
		return voteFromWords(v);
	}
	if (!isObject(v)) {
		return undefined;
	}
	const counts = ['yes', 'no', 'abstain', 'nonVoting'] as const;
	if (Object.keys(v).some((k) => !(counts as readonly string[]).includes(k)) || counts.some((k) => v[k] !== undefined && !(Number.isInteger(v[k]) && (v[k] as number) >= 0))) {
		return undefined;
	}
	if (v.yes === undefined) {
		return undefined;
	}
	const vote: Mutable<Vote> = { kind: 'recorded', yes: v.yes as number, no: (v.no as number | undefined) ?? 0, abstain: (v.abstain as number | undefined) ?? 0 };
	if (v.nonVoting !== undefined) {
		vote.nonVoting = v.nonVoting as number;
	}
	return vote;
}

function isObject(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}


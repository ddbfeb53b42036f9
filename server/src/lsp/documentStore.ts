import { TextDocuments } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { changeOf, composeRegions, type EditRegion, type TextChange } from '../model/analysis';

/** What one `didChange` did: where it edited the version `from` (undefined: a full replacement). */
interface Step {
	readonly from: number;
	readonly to: number;
	readonly region: EditRegion | undefined;
}

/** Versions of edit history kept per document: more than a burst of typing, far less than a session. */
const KEPT = 64;

/**
 * The open documents, as `TextDocuments` keeps them (one string per document), and where each version edited the
 * one before, which `TextDocuments` forgets: the analysis reparses only what an edit touched (decision 17).
 */
export class DocumentStore extends TextDocuments<TextDocument> {
	readonly #steps = new Map<string, Step[]>();

	constructor() {
		const steps = (): Map<string, Step[]> => this.#steps;
		super({
			create: (uri, languageId, version, text) => {
				steps().delete(uri);
				return TextDocument.create(uri, languageId, version, text);
			},
			update: (document, changes, version) => {
				const from = document.version;
				const region = applyChanges(document, changes, version);
				const list = steps().get(document.uri) ?? [];
				list.push({ from, to: version, region });
				if (list.length > KEPT) {
					list.splice(0, list.length - KEPT);
				}
				steps().set(document.uri, list);
				return document;
			},
		});
		this.onDidClose((e) => this.#steps.delete(e.document.uri));
	}

	/**
	 * The one change that turns version `from` of a document into its current version, in `from`'s offsets; undefined
	 * when it is not known (too old, a full replacement, a reopened document).
	 */
	changeSince(uri: string, from: number): TextChange | undefined {
		const document = this.get(uri);
		const list = this.#steps.get(uri);
		if (!document || !list || list.length === 0 || list[list.length - 1].to !== document.version) {
			return undefined;
		}
		let at = list.length - 1;
		while (at >= 0 && list[at].from !== from) {
			at--;
		}
		if (at < 0) {
			return undefined;
		}
		let region = list[at].region;
		for (let i = at + 1; i < list.length && region; i++) {
			const step = list[i];
			region = step.region && step.from === list[i - 1].to ? composeRegions(region, step.region) : undefined;
		}
		return region && changeOf(region, document.getText());
	}
}

/** Applies `changes` to `document` one by one (as `TextDocument.update` does); where they edited it, as one region. */
function applyChanges(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): EditRegion | undefined {
	let region: EditRegion | undefined = { start: 0, oldEnd: 0, newEnd: 0 };
	let first = true;
	for (const c of changes) {
		if ('range' in c && region) {
			const a = document.offsetAt(c.range.start);
			const b = document.offsetAt(c.range.end);
			const start = Math.min(a, b);
			const end = Math.max(a, b);
			const step = { start, oldEnd: end, newEnd: start + c.text.length };
			region = first ? step : composeRegions(region, step);
		} else {
			region = undefined;
		}
		first = false;
		TextDocument.update(document, [c], version);
	}
	return region;
}

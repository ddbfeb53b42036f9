import type { OptionBlock, OptionEntry, Span } from '../model/negotiation';

/** `Option 1`, `Option 2: {No text required}`, `Option 5A:`, `Option B`: a line that opens an option. */
const OPTION_HEAD = /^[ \t]*Option[ \t]+(\d{1,2}[A-Z]?|[A-Z])[ \t]*:?[ \t]*(\{[^}\n]*\})?[ \t]*$/;
/** `{Tracking arrangements}`, `{End of options}`: a descriptive line of an option block. */
const BRACE_LINE = /^[ \t]*\{[^}\n]*\}[ \t]*$/;
const END_OF_OPTIONS = /^[ \t]*\{\s*End of options\s*\}[ \t]*$/i;
const NO_TEXT = /no text required/i;
/** A heading such as `II. Further guidance` closes the block it follows. */
const SECTION = /^[ \t]*(?:[IVXL]{1,6}|[A-Z])\.[ \t]/;

export interface OptionScan {
	readonly blocks: OptionBlock[];
	/** Option heads and `{…}` lines: markup of the negotiation, not text. */
	readonly markupLines: Span[];
}

/** Finds the option blocks, line by line. */
export function scanOptions(text: string, lines: readonly Span[]): OptionScan {
	const blocks: OptionBlock[] = [];
	const markupLines: Span[] = [];
	let block: { span: Span; options: OptionEntry[]; end?: Span } | undefined;
	let option: { head: Span; name: string; label?: string; span: Span; hasText: boolean } | undefined;
	const closeOption = () => {
		if (option && block) {
			block.options.push(option);
			block.span = { start: block.span.start, end: option.span.end };
		}
		option = undefined;
	};
	const closeBlock = () => {
		closeOption();
		if (block) {
			blocks.push(block);
		}
		block = undefined;
	};
	for (const line of lines) {
		const t = text.slice(line.start, line.end);
		const head = OPTION_HEAD.exec(t);
		if (head) {
			markupLines.push(line);
			// `Option 1` / `Option A`: lettered options under a numbered one are its content, not its neighbours.
			const digit = (name: string) => /^\d/.test(name);
			if (option && block && digit(option.name) !== digit(head[1]) && digit(block.options[0]?.name ?? option.name) === digit(option.name)) {
				option.hasText = true;
				option.span = { start: option.span.start, end: line.end };
				continue;
			}
			closeOption();
			// `Option 1` again starts a new set of options.
			if (block && /^(?:1|A)$/.test(head[1]) && block.options.length > 0) {
				closeBlock();
			}
			block ??= { span: { ...line }, options: [] };
			const label = head[2]?.slice(1, -1).trim();
			option = { head: line, name: head[1], ...(label ? { label } : {}), span: { ...line }, hasText: label !== undefined && NO_TEXT.test(label) };
			continue;
		}
		if (BRACE_LINE.test(t)) {
			markupLines.push(line);
			if (END_OF_OPTIONS.test(t) && block) {
				closeOption();
				block.end = line;
				block.span = { start: block.span.start, end: line.end };
				closeBlock();
			}
			continue;
		}
		if (!/\S/.test(t)) {
			continue;
		}
		if (block && SECTION.test(t)) {
			closeBlock();
			continue;
		}
		if (option) {
			option.hasText = true;
			option.span = { start: option.span.start, end: line.end };
		}
	}
	closeBlock();
	return { blocks, markupLines };
}

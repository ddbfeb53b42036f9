/**
 * A draft may name its base text in its own heading, for the CLI and the editor alike:
 * YAML front matter `unres-base: ../79-123.md` or a comment `<!-- unres-base: ../79-123.md -->` (also `base:` in
 * front matter). The path is relative to the draft.
 */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]{0,4000}?)\r?\n---[ \t]*(?:\r?\n|$)/;
const COMMENT = /<!--\s*unres-base:\s*(.+?)\s*-->/;

export function declaredBase(text: string): string | undefined {
	const head = text.slice(0, 8000);
	const fm = FRONT_MATTER.exec(head);
	if (fm) {
		const m = /^(?:unres-base|base):[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/m.exec(fm[1]);
		if (m) {
			return m[1];
		}
	}
	return COMMENT.exec(head)?.[1];
}

/** What the words of a block say of its place: a preambular paragraph, a participle or italic lead, a final comma. */
import { plainText } from './model';
import type { Block } from './paragraphs';

/** Words that read as a preambular paragraph: an italic lead, a comma at the end (note calls aside). */
export function preambular(block: Block): boolean {
	return italicLead(block) && endsWithComma(block);
}

/** A container's italic lead that opens with a participle (`Rappelant … ;`, 80/237 F), not an operative verb (`Recalls`). */
export function participleLead(block: Block): boolean {
	const first = block.runs.find((r) => !('text' in r) || r.text.trim() !== '');
	return italicLead(block) && !!first && 'text' in first && /^\p{L}+(?:ing|ant|ndo)\b/iu.test(first.text.trim());
}

/** A block opening with italic words (a lead phrase), a container's leading tab aside. */
export function italicLead(block: Block): boolean {
	const first = block.runs.find((r) => !('text' in r) || r.text.trim() !== '');
	return !!first && 'text' in first && !!first.italic;
}

/**
 * A paragraph without points that ends with a comma: under a heading, before the part's first paragraph, the part's
 * own preamble (`We, Heads of State and Government …,` opening an adopted declaration), as unres reads it.
 */
export function endsWithComma(block: Block): boolean {
	return block.points.length === 0 && /,$/.test(plainText(block.runs).trim());
}

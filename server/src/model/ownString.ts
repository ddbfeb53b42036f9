/**
 * Strings that outlive the version of the text they were cut from (decision 17, memory). V8 makes `text.slice(a, b)`
 * of a long text a view that keeps the whole text alive: a citation or a compilation part kept from an earlier
 * version would keep that version's whole text (and its masked copy) for as long as it lives, one more copy per
 * place edited. What is carried over from version to version owns its characters instead.
 */

/** Shorter slices are copied by V8 already (`SlicedString::kMinLength`). */
const MIN_VIEW = 13;

/** A copy of `s` that holds no reference to the text it was cut from. */
export function ownString(s: string): string {
	// Concatenation then slice: the flattened concatenation is a new string of its own, of `s`'s length plus one.
	return s.length < MIN_VIEW ? s : (' ' + s).slice(1);
}

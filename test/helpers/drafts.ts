/** A draft with one fault of each numbering kind: a label skipped, a paragraph number skipped, references to both. */
export const FAULTY_DRAFT = [
	'The General Assembly,',
	'',
	'Noting the Agreement¹, signed in 1997,',
	'',
	'1. Decides to act as follows:',
	'',
	'(a) On the first point;',
	'',
	'(c) On the second point;',
	'',
	'3. Requests a report on paragraph 3 above;',
	'',
	'4. Decides to remain seized of the matter, in view of paragraph 1 (c) above.',
	'',
	'¹ United Nations, Treaty Series, vol. 1996, No. 1200.',
	'',
].join('\n');

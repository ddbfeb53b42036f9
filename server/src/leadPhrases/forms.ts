import type { Gender, LeadEntry, LeadForm } from './entries';
import { PLACEHOLDER } from './entries';
import type { LeadLang } from './table';

// Forms for writing: which rendering a fix or completion writes.

/** The form of an entry to write in `lang` for an organ: the main rendering, in the organ's gender. */
export function formFor(entry: LeadEntry, lang: LeadLang, gender: Gender | undefined): LeadForm {
	const forms = entry.forms[lang];
	const main = forms.filter((f) => f.main);
	return main.find((f) => f.gender === (gender ?? 'f')) ?? main.find((f) => !f.gender) ?? main[0] ?? forms[0];
}

/** A formula as a drafter types it: French and Spanish drop a trailing `de`/`à`/`a`, which contracts with what follows. */
export function typedText(form: LeadForm): string {
	const t = form.text.replace(PLACEHOLDER, '');
	return form.lang === 'en' ? t : t.replace(/\s+(?:de|à|a)$/u, '');
}

import type { Vote } from '../../server/src/catalog/entry';

// ---------- cleaning ----------

export function int(text: string | undefined): number | undefined {
	return text && /^\d+$/.test(text) ? Number(text) : undefined;
}

export function cleanTitle(title: string): string | undefined {
	// A few records keep the catalogue suffix, misspelt: " : resoultion / adopted by the General Assembly".
	const t = title.replace(/\s*:\s*reso\w*\s*\/.*$/i, '').replace(/\s+/g, ' ').trim();
	return t || undefined;
}

/** `Security Council resolution 2178 (2014) [on threats …]` → `on threats …`; the SC gives its resolutions no titles. */
export function scSubject(title: string): string | undefined {
	const m = /\[(.+)\]\s*$/.exec(title);
	return m ? m[1].trim() : undefined;
}

export function cleanMeeting(text: string): string | undefined {
	const t = text.trim().replace(/PV\.?\s*(?=\d)/, 'PV.');
	return /^(A|S)\/(?:[\w-]+\/)?PV\.\d+/.test(t) ? t.replace(/\(\s*Resumption\s*(\d*)\s*\)/, '(Resumption $1)').replace(/\s*\(Resumption \)/, ' (Resumption)').replace(/(\d)\(/, '$1 (') : undefined;
}

export function meetingNumber(meeting: string | undefined): number | undefined {
	const m = meeting ? /PV\.(\d+)/.exec(meeting) : null;
	return m ? Number(m[1]) : undefined;
}

export function meetingsVote(text: string): Vote | undefined {
	const tally = /^(\d+)-(\d+)-(\d+)$/.exec(text);
	if (tally) {
		return { kind: 'recorded', yes: Number(tally[1]), no: Number(tally[2]), abstain: Number(tally[3]) };
	}
	if (/unanimous/i.test(text)) {
		return { kind: 'unanimous' };
	}
	if (/without (a )?vote|consensus/i.test(text)) {
		return { kind: 'withoutVote' };
	}
	return undefined;
}

/** `A/73/251 109 Crime prevention and criminal justice. CRIME PREVENTION|…` → `109: Crime prevention and criminal justice`. */
export function undlAgenda(text: string): string | undefined {
	const items: string[] = [];
	for (const part of text.split('|')) {
		const m = /^\S+\s+(\d+)([a-z]{0,3})\S*(?:\s+(.*))?$/.exec(part.trim());
		if (!m || /\[/.test(part.split(/\s+/)[1] ?? '')) {
			continue;
		}
		const item = m[1] + (m[2] ? ` (${m[2]})` : '');
		// Drop the library's subject heading: a last sentence in capitals.
		const title = (m[3] ?? '').replace(/\.\s+[^a-z]*$/, '').replace(/\.$/, '').trim();
		const text = title ? `${item}: ${title}` : item;
		if (!items.includes(text)) {
			items.push(text);
		}
	}
	return items.length > 0 ? items.join('; ') : undefined;
}

export function sameText(a: string, b: string): boolean {
	const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	return norm(a) === norm(b);
}

export function voteText(v: Vote): string {
	const tally = v.yes !== undefined ? ` ${v.yes}-${v.no ?? 0}-${v.abstain ?? 0}` : '';
	return v.kind + tally;
}

export function sameVote(a: Vote, b: Vote): boolean {
	if (a.yes === undefined || b.yes === undefined) {
		return true; // a kind without a tally does not contradict a tally
	}
	return a.yes === b.yes && a.no === b.no && a.abstain === b.abstain;
}

import { msg } from '../l10n/messages';
import { ORGAN_LINE, mastheadBodies, textBodies } from '../leadPhrases/organs';
import { viewOf } from '../leadPhrases/punctuation';
import type { Body } from '../model/document';
import { excerpt } from './excerpt';
import { hasLayout } from '../model/layout';
import { organInSentence } from './layoutSilence';
import { isTreatyOrganLine, opensAsDeclaration } from './organLineKinds';
import type { Finding, Fix, Rule } from './types';

const NAME = { GA: 'organ.name.GA', SC: 'organ.name.SC', ECOSOC: 'organ.name.ECOSOC', HRC: 'organ.name.HRC' } as const;
const BODIES: readonly Body[] = ['GA', 'SC', 'ECOSOC', 'HRC'];

/** A line such as `The Commission on the Status of Women,`: the organ line of a body the server does not know. */
const OTHER_ORGAN = /^(?:The|La|Le|El|Les|Los|L['’])\s*\p{Lu}[^.;:]{2,80}$/u;

export const organLine: Rule = {
	id: 'organ-line',
	defaultSeverity: 'warning',
	description: 'The organ line opens the resolution, names the organ of the masthead and ends with a comma only when a preamble follows.',
	check(ctx) {
		const view = viewOf(ctx);
		const { lang } = view;
		const { doc, text } = ctx;
		const out: Finding[] = [];
		const paragraphs = view.paragraphs.filter((d) => d.role !== 'note' && d.role !== 'heading');
		if (!lang || paragraphs.length === 0 || organInSentence(doc)) {
			return out;
		}
		const hasPreamble = paragraphs.some((d) => d.zone === 'preambular');
		const mast = mastheadBodies(doc);
		const organ = doc.organ;
		const eol = text.includes('\r\n') ? '\r\n' : '\n';

		if (!organ) {
			const first = paragraphs[0].para;
			const lineStart = text.lastIndexOf('\n', first.span.start - 1) + 1;
			// The line above the first paragraph may be the organ line of a body the server does not know.
			const above = text.slice(0, lineStart).replace(/\s+$/, '');
			const prevLine = above.slice(above.lastIndexOf('\n') + 1).replace(/[*_]/g, '').trim();
			if (OTHER_ORGAN.test(prevLine) || isTreatyOrganLine(prevLine) || opensAsDeclaration(text.slice(lineStart, first.span.end))) {
				return out;
			}
			// With no heading, the text itself tells its organ (its lead words' gender, its own words): not always the Assembly.
			const genders = view.paragraphs.flatMap((d) => (d.lead && d.lead.forms.length > 0 && d.lead.forms.every((x) => x.gender === d.lead?.forms[0].gender) ? [d.lead.forms[0].gender] : []));
			const bodies = mast?.bodies ?? textBodies(doc, text, genders) ?? BODIES;
			const fixes: Fix[] = bodies.map((b, i) => {
				const line = ORGAN_LINE[b][lang] + (hasPreamble ? ',' : '');
				return { titleKey: 'fix.insertOrgan', titleArgs: [line], kind: 'quickfix', ...(i === 0 && mast ? { isPreferred: true } : {}), edits: [{ span: { start: lineStart, end: lineStart }, newText: `${line}${eol}${eol}` }] };
			});
			const lineEnd = text.indexOf('\n', first.span.start);
			const end = Math.min(lineEnd < 0 ? text.length : lineEnd, first.span.end, first.span.start + 40);
			out.push({
				span: { start: first.span.start, end: text[end - 1] === '\r' ? end - 1 : end },
				messageKey: 'organ.missing',
				args: [ORGAN_LINE[bodies[0]][lang] + (hasPreamble ? ',' : ''), excerpt(text.slice(first.span.start, Math.min(lineEnd < 0 ? text.length : lineEnd, first.span.end)))],
				fixes,
			});
			return out;
		}

		const line = text.slice(organ.span.start, organ.span.end);
		const comma = /\s*[,،，]$/.exec(line);
		const nameEnd = comma ? organ.span.end - comma[0].length : organ.span.end;
		if (mast && !mast.bodies.includes(organ.body)) {
			const want = mast.bodies[0];
			const written = ORGAN_LINE[want][lang];
			out.push({
				span: organ.span,
				messageKey: 'organ.contradicts',
				args: [msg(NAME[organ.body]), msg(NAME[want]), line.replace(/[*_]/g, '').trim(), written + (organ.hasComma ? ',' : '')],
				related: [{ span: mast.span, messageKey: 'organ.related.masthead', args: [msg(NAME[want])] }],
				fixes: [{ titleKey: 'fix.organLine', titleArgs: [written], kind: 'quickfix', isPreferred: true, edits: [{ span: { start: organ.span.start, end: nameEnd }, newText: written }] }],
			});
		}
		// An older text's unnumbered paragraphs (`The Security Council,` / `Recommends …`) are no modern preamble to check the comma by.
		if (organ.hasComma && !hasPreamble && comma && !hasLayout(doc, 'unnumbered', 'enacting')) {
			out.push({
				span: { start: organ.span.end - 1, end: organ.span.end },
				messageKey: 'organ.commaExtra',
				args: [line.replace(/[*_]/g, '').trim()],
				fixes: [{ titleKey: 'fix.removeOrganComma', kind: 'quickfix', isPreferred: true, safe: true, edits: [{ span: { start: nameEnd, end: organ.span.end }, newText: '' }] }],
			});
		} else if (!organ.hasComma && hasPreamble) {
			out.push({
				span: organ.span,
				messageKey: 'organ.commaMissing',
				args: [line.replace(/[*_]/g, '').trim()],
				fixes: [{ titleKey: 'fix.addOrganComma', kind: 'quickfix', isPreferred: true, safe: true, edits: [{ span: { start: organ.span.end, end: organ.span.end }, newText: ',' }] }],
			});
		}
		return out;
	},
};

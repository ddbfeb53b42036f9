import type { Connection } from 'vscode-languageserver';
import { applyInstructions, parseAmendment, problemText, writeAmendments, type Instruction } from '../amendments';
import { ApplyAmendmentRequest, WriteAmendmentsRequest } from '../protocol';

/** The two amendment requests: texts in, texts out (the client opens the results as new documents). */
export function registerAmendmentHandlers(connection: Connection): void {
	connection.onRequest(ApplyAmendmentRequest.method, (given: ApplyAmendmentRequest.Params | null): ApplyAmendmentRequest.Result => {
		const params = given ?? ({ draft: '', amendments: [] } as ApplyAmendmentRequest.Params);
		const all: { amendment: number; instruction: Instruction }[] = [];
		(Array.isArray(params.amendments) ? params.amendments : []).forEach((text, amendment) => {
			for (const instruction of parseAmendment(String(text ?? ''), params.locale)) {
				all.push({ amendment, instruction });
			}
		});
		const r = applyInstructions(String(params.draft ?? ''), all.map((a) => a.instruction));
		const problems = r.results.flatMap((x, i) => (x.applied || !x.problem ? [] : [{
			amendment: all[i].amendment,
			start: x.instruction.span.start,
			end: x.instruction.span.end,
			message: problemText(x.problem, params.locale ?? x.instruction.lang),
		}]));
		return { text: r.text, applied: r.results.filter((x) => x.applied).length, problems };
	});
	connection.onRequest(WriteAmendmentsRequest.method, (given: WriteAmendmentsRequest.Params | null): WriteAmendmentsRequest.Result => {
		const params = given ?? ({ from: '', to: '' } as WriteAmendmentsRequest.Params);
		const w = writeAmendments(String(params.from ?? ''), String(params.to ?? ''), { lang: params.locale ?? 'en', style: params.style ?? 'amendment' });
		return { text: w.text };
	});
}

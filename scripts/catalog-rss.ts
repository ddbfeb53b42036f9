/**
 * `npm run catalog:rss`: the bundled server's memory with the built-in catalogue loaded and one 100 KB draft open
 * (the French reference text repeated), measured from /proc after a hover has decoded a catalogue entry. Prints
 * numbers; asserts nothing. Build first (`npm run build`).
 *
 *   node out/scripts/catalog-rss.js [--no-catalogue-use]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
	createProtocolConnection, DidOpenTextDocumentNotification, HoverRequest, InitializedNotification, InitializeRequest,
	PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './catalog/facts';

const ROOT = repoRoot();
const SAMPLE = path.join(ROOT, '..', 'shared', 'samples', 'fr', 'A-RES-75-10.fr.md');

function grow(base: string, size: number): string {
	const parts: string[] = [];
	for (let length = 0, i = 0; length < size; i++) {
		const copy = base.replace(/\b75\/10\b/g, `75/${10 + i}`);
		parts.push(copy);
		length += copy.length + 2;
	}
	return parts.join('\n\n').slice(0, size);
}

function memory(pid: number): { rss: number; hwm: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
	return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

async function main(): Promise<void> {
	const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
	let published: (() => void) | undefined;
	connection.onNotification(PublishDiagnosticsNotification.type, () => published?.());
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
	connection.listen();
	await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
	await connection.sendNotification(InitializedNotification.type, {});
	const idle = memory(child.pid!);
	const text = grow(readFileSync(SAMPLE, 'utf8'), 100e3);
	const uri = 'file:///draft.unres.md';
	const done = new Promise<void>((resolve) => (published = resolve));
	await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
	await done;
	// Hover on the first 70/1 of the draft: decodes an entry and its title.
	const lines = text.split('\n');
	const line = lines.findIndex((l) => l.includes('70/1'));
	await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: lines[line].indexOf('70/1') + 1 } });
	await new Promise((r) => setTimeout(r, 500));
	const loaded = memory(child.pid!);
	console.log(`server RSS after initialize: ${idle.rss.toFixed(1)} MB`);
	console.log(`server RSS with the catalogue and a 100 KB draft: ${loaded.rss.toFixed(1)} MB (peak ${loaded.hwm.toFixed(1)} MB)`);
	child.kill();
	connection.dispose();
}

void main();

/**
 * The small part of the W3C DOM the AKN reader and writer use, over @xmldom/xmldom (pure JavaScript, no node
 * built-ins, so the core bundles for the browser too).
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

export type { Element, Node };

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_NODE = 4;

export interface XmlParseResult {
	readonly root?: Element;
	readonly problems: readonly string[];
}

/** Parses XML; never throws: a fatal error gives no root and a problem. */
export function parseXml(xml: string): XmlParseResult {
	const problems: string[] = [];
	try {
		const doc = new DOMParser({
			onError: (level, message) => {
				if (level !== 'warning') {
					problems.push(message);
				}
				if (level === 'fatalError') {
					throw new Error(message);
				}
			},
		}).parseFromString(xml, 'text/xml');
		const root = doc.documentElement ?? undefined;
		return { root: root ?? undefined, problems };
	} catch (error) {
		problems.push(error instanceof Error ? error.message : String(error));
		return { problems };
	}
}

export function localName(node: Node): string {
	return (node as Element).localName ?? node.nodeName;
}

export function isElement(node: Node | null | undefined): node is Element {
	return !!node && node.nodeType === ELEMENT_NODE;
}

/** Element children, optionally only those with a local name. */
export function children(el: Element, name?: string): Element[] {
	const out: Element[] = [];
	for (let n = el.firstChild; n; n = n.nextSibling) {
		if (isElement(n) && (name === undefined || localName(n) === name)) {
			out.push(n);
		}
	}
	return out;
}

export function child(el: Element | undefined, name: string): Element | undefined {
	if (!el) {
		return undefined;
	}
	for (let n = el.firstChild; n; n = n.nextSibling) {
		if (isElement(n) && localName(n) === name) {
			return n;
		}
	}
	return undefined;
}

/** Depth-first search for descendants by local name (not descending into a match). */
export function descendants(el: Element, name: string, out: Element[] = []): Element[] {
	for (let n = el.firstChild; n; n = n.nextSibling) {
		if (isElement(n)) {
			if (localName(n) === name) {
				out.push(n);
			} else {
				descendants(n, name, out);
			}
		}
	}
	return out;
}

export function first(el: Element | undefined, name: string): Element | undefined {
	if (!el) {
		return undefined;
	}
	for (let n = el.firstChild; n; n = n.nextSibling) {
		if (isElement(n)) {
			if (localName(n) === name) {
				return n;
			}
			const found = first(n, name);
			if (found) {
				return found;
			}
		}
	}
	return undefined;
}

/** All text below a node, with whitespace runs made one space and ends trimmed. */
export function textOf(node: Node | undefined): string {
	return node ? squash(node.textContent ?? '') : '';
}

/** Whitespace runs (tabs, line breaks, spaces) become one space; no-break spaces are kept: French typography needs them. */
export function squash(s: string): string {
	return s.replace(/[ \t\r\n]+/g, ' ').trim();
}

export function attr(el: Element | undefined, name: string): string | undefined {
	const v = el?.getAttribute(name);
	return v === null || v === undefined ? undefined : v;
}

import { LineMap } from '../parser/lines';

/**
 * A JSON reader that remembers where each object starts, so that a problem in a user's catalogue file can name
 * its line. Same grammar as `JSON.parse`; errors carry the line and column instead of an offset.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export class JsonSyntaxError extends Error {
	constructor(message: string, readonly line: number, readonly column: number) {
		super(message);
	}
}

export interface PositionedJson {
	readonly value: JsonValue;
	/** 1-based line of the first character of an object or array value. */
	lineOf(value: object): number | undefined;
	/** 1-based line of the first character of an array's element, whatever its type. */
	lineOfElement(array: readonly JsonValue[], index: number): number | undefined;
}

/** @throws JsonSyntaxError */
export function parseJsonWithPositions(text: string): PositionedJson {
	const starts = new WeakMap<object, number>();
	const elementStarts = new WeakMap<object, number[]>();
	let i = 0;

	let lines: LineMap | undefined;
	const lineAt = (offset: number): [number, number] => {
		const p = (lines ??= new LineMap(text)).position(offset);
		return [p.line + 1, p.character + 1];
	};
	const fail = (message: string, at = i): never => {
		const [line, column] = lineAt(at);
		throw new JsonSyntaxError(`${message} (line ${line}, column ${column})`, line, column);
	};
	const ws = (): void => {
		while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) {
			i++;
		}
	};
	const str = (): string => {
		const start = i;
		i++;
		let out = '';
		while (i < text.length) {
			const c = text[i];
			if (c === '"') {
				i++;
				return out;
			}
			if (c === '\\') {
				const e = text[i + 1];
				const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
				if (e in simple) {
					out += simple[e];
					i += 2;
				} else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
					out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
					i += 6;
				} else {
					fail('bad escape in string');
				}
			} else if (c < ' ') {
				fail('unescaped control character in string');
			} else {
				out += c;
				i++;
			}
		}
		return fail('unterminated string', start);
	};
	const value = (): JsonValue => {
		ws();
		const c = text[i];
		if (c === '{') {
			const start = i;
			const obj: { [key: string]: JsonValue } = {};
			starts.set(obj, start);
			i++;
			ws();
			if (text[i] === '}') {
				i++;
				return obj;
			}
			for (;;) {
				ws();
				if (text[i] !== '"') {
					fail('expected a property name in double quotes');
				}
				const key = str();
				ws();
				if (text[i] !== ':') {
					fail(`expected ':' after "${key}"`);
				}
				i++;
				obj[key] = value();
				ws();
				if (text[i] === ',') {
					i++;
				} else if (text[i] === '}') {
					i++;
					return obj;
				} else {
					fail("expected ',' or '}'");
				}
			}
		}
		if (c === '[') {
			const start = i;
			const arr: JsonValue[] = [];
			const elements: number[] = [];
			starts.set(arr, start);
			elementStarts.set(arr, elements);
			i++;
			ws();
			if (text[i] === ']') {
				i++;
				return arr;
			}
			for (;;) {
				ws();
				elements.push(i);
				arr.push(value());
				ws();
				if (text[i] === ',') {
					i++;
				} else if (text[i] === ']') {
					i++;
					return arr;
				} else {
					fail("expected ',' or ']'");
				}
			}
		}
		if (c === '"') {
			return str();
		}
		const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
		if (!lit) {
			return fail(i >= text.length ? 'unexpected end of file' : `unexpected character '${c}'`);
		}
		i += lit[0].length;
		return lit[0] === 'true' ? true : lit[0] === 'false' ? false : lit[0] === 'null' ? null : Number(lit[0]);
	};

	const root = value();
	ws();
	if (i < text.length) {
		fail('unexpected text after the end of the JSON value');
	}
	return {
		value: root,
		lineOf: (v) => {
			const at = starts.get(v);
			return at === undefined ? undefined : lineAt(at)[0];
		},
		lineOfElement: (array, index) => {
			const at = elementStarts.get(array)?.[index];
			return at === undefined ? undefined : lineAt(at)[0];
		},
	};
}

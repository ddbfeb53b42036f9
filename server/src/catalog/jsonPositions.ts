import { getLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineMap } from '../parser/lines';

/**
 * JSON read with jsonc-parser's syntax tree, so that a problem in a user's catalogue file can name its line.
 * Strict JSON (no comments, no trailing commas); errors carry the line and column instead of an offset.
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
	const errors: ParseError[] = [];
	const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	let lines: LineMap | undefined;
	const lineAt = (offset: number): [number, number] => {
		const p = (lines ??= new LineMap(text)).position(offset);
		return [p.line + 1, p.character + 1];
	};
	if (errors.length > 0 || !tree) {
		const error = errors[0] ?? { error: 4, offset: text.length, length: 0 };
		const [line, column] = lineAt(error.offset);
		const afterRoot = tree !== undefined && error.offset >= tree.offset + tree.length;
		throw new JsonSyntaxError(`${afterRoot ? 'unexpected text after the end of the JSON value' : describe(text, error)} (line ${line}, column ${column})`, line, column);
	}
	const nodes = new WeakMap<object, Node>();
	const root = valueOf(tree, nodes);
	return {
		value: root,
		lineOf: (v) => {
			const node = nodes.get(v);
			return node === undefined ? undefined : lineAt(node.offset)[0];
		},
		lineOfElement: (array, index) => {
			const node = nodes.get(array)?.children?.[index];
			return node === undefined ? undefined : lineAt(node.offset)[0];
		},
	};
}

/** The value of a node, remembering the node of every object and array. */
function valueOf(node: Node, nodes: WeakMap<object, Node>): JsonValue {
	switch (node.type) {
		case 'object': {
			const obj: { [key: string]: JsonValue } = {};
			for (const property of node.children ?? []) {
				const [key, value] = property.children ?? [];
				if (key && value) {
					// As JSON.parse does: `"__proto__"` is an own property, not the object's prototype.
					Object.defineProperty(obj, key.value as string, { value: valueOf(value, nodes), enumerable: true, writable: true, configurable: true });
				}
			}
			nodes.set(obj, node);
			return obj;
		}
		case 'array': {
			const arr = (node.children ?? []).map((child) => valueOf(child, nodes));
			nodes.set(arr, node);
			return arr;
		}
		default:
			return node.value as JsonValue;
	}
}

/** The error in words, as a person reading the file would look for it. */
function describe(text: string, error: ParseError): string {
	const code = printParseErrorCode(error.error);
	const path = getLocation(text, error.offset).path;
	const inArray = typeof path[path.length - 1] === 'number';
	switch (code) {
		case 'CommaExpected':
			return inArray ? "expected ',' or ']'" : "expected ',' or '}'";
		case 'CloseBracketExpected':
			return "expected ',' or ']'";
		case 'CloseBraceExpected':
			return "expected ',' or '}'";
		case 'PropertyNameExpected':
			return 'expected a property name in double quotes';
		case 'ColonExpected':
			return "expected ':' after a property name";
		case 'ValueExpected':
			return error.offset >= text.length ? 'unexpected end of file' : 'expected a value';
		case 'EndOfFileExpected':
			return 'unexpected text after the end of the JSON value';
		case 'InvalidCommentToken':
			return 'comments are not allowed in JSON';
		case 'UnexpectedEndOfString':
			return 'unterminated string';
		case 'InvalidEscapeCharacter':
		case 'InvalidUnicode':
			return 'bad escape in string';
		case 'InvalidCharacter':
			return 'unescaped control character in string';
		case 'InvalidSymbol':
			return `unexpected character '${text[error.offset] ?? ''}'`;
		default:
			return code;
	}
}

/**
 * A small JSON Schema validator for the keywords our schemas use (draft-07 subset): `$ref` to local
 * definitions, `type`, `properties`, `required`, `additionalProperties`, `patternProperties`, `items`,
 * `minItems`, `enum`, `pattern`, `minLength`, `minimum`, `maximum`, `anyOf`, `oneOf`, `allOf`, `not`,
 * `dependencies`. An unknown keyword is an error, so a schema cannot silently check less than it says.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json } | boolean;

const KNOWN = new Set([
	'$schema', '$id', 'title', 'description', 'default', 'definitions', '$ref', 'type', 'properties', 'required', 'additionalProperties',
	'patternProperties', 'items', 'minItems', 'enum', 'pattern', 'minLength', 'minimum', 'maximum', 'anyOf', 'oneOf', 'allOf', 'not', 'dependencies',
]);

function typeOf(v: Json): string {
	if (v === null) {
		return 'null';
	}
	if (Array.isArray(v)) {
		return 'array';
	}
	if (typeof v === 'number') {
		return Number.isInteger(v) ? 'integer' : 'number';
	}
	return typeof v;
}

function resolve(root: Schema, ref: string): Schema {
	if (!ref.startsWith('#/')) {
		throw new Error(`only local $ref is supported: ${ref}`);
	}
	let node: Json = root as Json;
	for (const part of ref.slice(2).split('/')) {
		node = (node as { [key: string]: Json })[part];
		if (node === undefined) {
			throw new Error(`unresolved $ref ${ref}`);
		}
	}
	return node as Schema;
}

/** The errors of `value` against `schema` (empty: valid), each with the JSON path where it occurs. */
export function validate(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
	if (schema === true) {
		return [];
	}
	if (schema === false) {
		return [`${path}: not allowed`];
	}
	for (const key of Object.keys(schema)) {
		if (!KNOWN.has(key)) {
			throw new Error(`schema keyword ${key} is not supported (at ${path})`);
		}
	}
	const v = value as Json;
	const errors: string[] = [];
	const s = schema as { [key: string]: Json };
	if (typeof s.$ref === 'string') {
		errors.push(...validate(v, resolve(root, s.$ref), root, path));
	}
	if (s.type !== undefined) {
		const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
		const t = typeOf(v);
		if (!types.some((want) => want === t || (want === 'number' && t === 'integer'))) {
			return [...errors, `${path}: expected ${types.join(' or ')}, found ${t}`];
		}
	}
	if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(v))) {
		errors.push(`${path}: ${JSON.stringify(v)} is not one of ${JSON.stringify(s.enum)}`);
	}
	if (typeof v === 'string') {
		if (typeof s.minLength === 'number' && v.length < s.minLength) {
			errors.push(`${path}: shorter than ${s.minLength}`);
		}
		if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) {
			errors.push(`${path}: ${JSON.stringify(v)} does not match ${s.pattern}`);
		}
	}
	if (typeof v === 'number') {
		if (typeof s.minimum === 'number' && v < s.minimum) {
			errors.push(`${path}: less than ${s.minimum}`);
		}
		if (typeof s.maximum === 'number' && v > s.maximum) {
			errors.push(`${path}: more than ${s.maximum}`);
		}
	}
	if (Array.isArray(v)) {
		if (typeof s.minItems === 'number' && v.length < s.minItems) {
			errors.push(`${path}: fewer than ${s.minItems} items`);
		}
		if (s.items !== undefined) {
			v.forEach((item, i) => errors.push(...validate(item, s.items as Schema, root, `${path}[${i}]`)));
		}
	}
	if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
		const props = (s.properties ?? {}) as { [key: string]: Schema };
		const patterns = Object.entries((s.patternProperties ?? {}) as { [key: string]: Schema });
		for (const key of (s.required ?? []) as string[]) {
			if (!(key in v)) {
				errors.push(`${path}: missing ${key}`);
			}
		}
		for (const [key, item] of Object.entries(v)) {
			const at = `${path}.${key}`;
			let matched = false;
			if (key in props) {
				matched = true;
				errors.push(...validate(item, props[key], root, at));
			}
			for (const [re, sub] of patterns) {
				if (new RegExp(re, 'u').test(key)) {
					matched = true;
					errors.push(...validate(item, sub, root, at));
				}
			}
			if (!matched && s.additionalProperties !== undefined) {
				errors.push(...validate(item, s.additionalProperties as Schema, root, at));
			}
		}
		for (const [key, dep] of Object.entries((s.dependencies ?? {}) as { [key: string]: Json })) {
			if (!(key in v)) {
				continue;
			}
			if (Array.isArray(dep)) {
				for (const need of dep as string[]) {
					if (!(need in v)) {
						errors.push(`${path}: ${key} needs ${need}`);
					}
				}
			} else {
				errors.push(...validate(v, dep as Schema, root, path).map((e) => `${e} (${key})`));
			}
		}
	}
	if (Array.isArray(s.allOf)) {
		for (const sub of s.allOf as Schema[]) {
			errors.push(...validate(v, sub, root, path));
		}
	}
	if (Array.isArray(s.anyOf) && !(s.anyOf as Schema[]).some((sub) => validate(v, sub, root, path).length === 0)) {
		errors.push(`${path}: matches none of anyOf`);
	}
	if (Array.isArray(s.oneOf) && (s.oneOf as Schema[]).filter((sub) => validate(v, sub, root, path).length === 0).length !== 1) {
		errors.push(`${path}: does not match exactly one of oneOf`);
	}
	if (s.not !== undefined && validate(v, s.not as Schema, root, path).length === 0) {
		errors.push(`${path}: matches a schema it must not (${JSON.stringify(s.not)})`);
	}
	return errors;
}

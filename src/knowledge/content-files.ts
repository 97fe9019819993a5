import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS, type CollectionName } from '../schemas';

/** A problem in one content file, phrased so an author can fix it without reading code. */
export interface ContentError {
	/** Path relative to the project root. */
	file: string;
	/** Dotted path of the offending field, or "(file)" when the whole file is at fault. */
	field: string;
	/** The offending value, shown as written. */
	value?: unknown;
	/** What is wrong and how to fix it. */
	message: string;
}

/** A content file parsed and validated against its collection's schema. */
export interface RawEntry {
	collection: CollectionName;
	id: string;
	file: string;
	data: Record<string, unknown>;
	body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function valueAt(data: unknown, path: PropertyKey[]): unknown {
	let value: unknown = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** Turns zod issues into author-facing errors with the field path and the value as written. */
export function issuesToErrors(file: string, data: unknown, issues: z.core.$ZodIssue[]): ContentError[] {
	return issues.map((issue) => {
		const field = issue.path.length ? issue.path.map(String).join('.') : '(frontmatter)';
		const value = valueAt(data, issue.path);
		let message = issue.message;
		if (value === undefined && issue.path.length > 0 && issue.code !== 'custom') {
			const expected = issue.code === 'invalid_value' && 'values' in issue ? `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` : issue.message;
			message = `"${field}" is required but missing: add it to the frontmatter (${expected}).`;
		} else if (issue.code === 'unrecognized_keys') {
			message = `Unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove them or check the spelling against src/schemas/.`;
		} else if (issue.code === 'invalid_value' && 'values' in issue) {
			message = `Must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
		}
		return { file, field, value, message };
	});
}

/** Reads and validates every `.mdx` file of every collection under `root/content` (or `contentDir`). */
export function loadContent(projectRoot: string, contentDir = 'content'): { entries: RawEntry[]; errors: ContentError[]; invalid: Set<string> } {
	const entries: RawEntry[] = [];
	// Files that exist but failed to parse: references to them are not reported a second time.
	const invalid = new Set<string>();
	const errors: ContentError[] = [];
	const base = resolve(projectRoot, contentDir);
	for (const collection of COLLECTION_NAMES) {
		const dir = join(base, collection);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).sort()) {
			if (!name.endsWith('.mdx') && !name.endsWith('.md')) continue;
			const path = join(dir, name);
			const file = relative(projectRoot, path);
			const id = name.replace(/\.mdx?$/, '');
			const source = readFileSync(path, 'utf8');
			const match = FRONTMATTER.exec(source);
			if (!match) {
				invalid.add(id);
				errors.push({ file, field: '(file)', message: 'No frontmatter: start the file with a "---" line, the YAML fields, and another "---" line.' });
				continue;
			}
			const doc = parseDocument(match[1]!, { prettyErrors: true });
			if (doc.errors.length > 0) {
				invalid.add(id);
				for (const error of doc.errors) {
					// +1: the frontmatter starts on the line after the opening "---".
					const line = error.linePos ? error.linePos[0].line + 1 : undefined;
					const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
					errors.push({
						file,
						field: '(frontmatter)',
						message: `Broken YAML${line ? ` at line ${line}` : ''}: ${what}. Check indentation, colons and quotes (quote values that contain ": " or start with a special character).`,
					});
				}
				continue;
			}
			const raw = doc.toJS() as unknown;
			const result = COLLECTION_SCHEMAS[collection].safeParse(raw);
			if (!result.success) {
				invalid.add(id);
				errors.push(...issuesToErrors(file, raw, result.error.issues));
				continue;
			}
			entries.push({ collection, id, file, data: result.data as Record<string, unknown>, body: source.slice(match[0].length) });
		}
	}
	return { entries, errors, invalid };
}

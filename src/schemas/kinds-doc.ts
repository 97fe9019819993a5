/**
 * The `kind` values of every collection, read from the zod schemas themselves, as the table
 * content/README.md shows between its "kinds" markers. `npm run docs:content` writes it there;
 * `npm run docs:content -- --check` and tests/unit/schemas/kinds-doc.test.ts fail when the
 * README's copy differs, so the list a newcomer reads cannot drift from what the build accepts.
 */
import type { z } from 'zod';
import { authorSchema } from './article';
import { COLLECTION_SCHEMAS, type CollectionName } from './index';

export const KINDS_START = '<!-- kinds:start — generated from src/schemas/ by `npm run docs:content`; do not edit by hand -->';
export const KINDS_END = '<!-- kinds:end -->';

export interface CollectionKinds {
	collection: CollectionName;
	kinds: string[];
	/** The kind a file gets when it states none; absent when `kind` is required. */
	fallback?: string;
}

/** The enum values (and default) of a schema's `kind` field, through `.default()` / `.optional()`. */
export function kindsOf(schema: z.ZodType): { kinds: string[]; fallback?: string } | undefined {
	const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
	let field = shape?.kind as unknown as { def: { type: string; innerType?: unknown; defaultValue?: unknown; entries?: Record<string, string> } } | undefined;
	let fallback: string | undefined;
	while (field && (field.def.type === 'default' || field.def.type === 'optional')) {
		if (field.def.type === 'default') fallback = String(typeof field.def.defaultValue === 'function' ? field.def.defaultValue() : field.def.defaultValue);
		field = field.def.innerType as typeof field;
	}
	if (!field || field.def.type !== 'enum') return undefined;
	return { kinds: Object.values(field.def.entries!), ...(fallback ? { fallback } : {}) };
}

/** Every collection that has a `kind`, with its values, in the schemas' order. */
export function collectionKinds(schemas: Record<string, z.ZodType> = COLLECTION_SCHEMAS): CollectionKinds[] {
	return Object.entries(schemas).flatMap(([collection, schema]) => {
		const found = kindsOf(schema);
		return found ? [{ collection: collection as CollectionName, ...found }] : [];
	});
}

/** The `kind` of an article's author (manifest and article frontmatter), from its schema. */
export function authorKinds(): string[] {
	return kindsOf(authorSchema)?.kinds ?? [];
}

/** The Markdown block, markers included. */
export function kindsBlock(list: readonly CollectionKinds[] = collectionKinds(), authors: readonly string[] = authorKinds()): string {
	const code = (values: readonly string[]) => values.map((k) => `\`${k}\``).join(', ');
	const rows = list.map(({ collection, kinds, fallback }) => `| \`${collection}/\` | \`kind\` | ${code(kinds)} | ${fallback ? `no (default \`${fallback}\`)` : 'yes'} |`);
	const authorRow = authors.length ? [`| \`articles/\`, manifest | \`authors[].kind\` | ${code(authors)} | no (see "Authors") |`] : [];
	return [KINDS_START, '| where | field | values | required |', '| --- | --- | --- | --- |', ...rows, ...authorRow, KINDS_END].join('\n');
}

/** The README with its block replaced; throws if the markers are missing. */
export function withKindsBlock(readme: string, block: string = kindsBlock()): string {
	// The start marker is found by its opening words, so that a hand-written "<!-- kinds:start -->" works too.
	const start = readme.indexOf('<!-- kinds:start');
	const end = readme.indexOf(KINDS_END);
	if (start < 0 || end < start) throw new Error(`content/README.md has no "<!-- kinds:start -->" … "${KINDS_END}" block: add the two markers where the table belongs.`);
	return `${readme.slice(0, start)}${block}${readme.slice(end + KINDS_END.length)}`;
}

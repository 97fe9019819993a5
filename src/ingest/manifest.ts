/**
 * The schema of content/sources/manifest.yaml: what each raw source file is, which lines of it
 * make which article, what was left out and why, and the repairs specific to one source.
 *
 * Generic cleaning rules live in code (see the other modules of src/ingest/); everything that
 * is true of one source only is declared here as data, so that a reader can audit every
 * decision without reading code, and so that the fidelity test can check the built pages
 * against the raw files using the same declared boundaries but none of the ingest's code.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ARTICLE_KINDS, attributionNoteSchema, authorSchema, publicationSchema } from '../schemas/article';
import { SLUG } from '../schemas/ids';
import { webUrlSchema } from '../schemas/url';
import { PLACEHOLDER_FIX, placeholderFields } from '../schemas/placeholders';

/** `[first, last]`, 1-based and inclusive, as an editor shows line numbers. */
export const lineRangeSchema = z
	.tuple([z.int().positive(), z.int().positive()], {
		error: 'A line range is written [first, last], e.g. [12, 70] (1-based, inclusive).',
	})
	.refine(([first, last]) => first <= last, 'A line range must not end before it starts: write [first, last].');
export type LineRange = z.infer<typeof lineRangeSchema>;

/** Lines left out of every article, with the reason. */
export const omissionSchema = z.strictObject({
	lines: lineRangeSchema,
	/** What the lines are ("site header", "share buttons"). */
	what: z.string().min(1),
	/** Why they are not article text. */
	why: z.string().min(1),
	/**
	 * Distinctive strings from the left-out lines that must not appear on any built article
	 * page (checked by tests/build/article-fidelity.test.ts). Generic words ("Search") would
	 * collide with the site's own chrome, so pick phrases only this cruft contains.
	 */
	probes: z.array(z.string().min(4, 'A probe must be distinctive: at least 4 characters.')).default([]),
	/**
	 * When the lines are a second copy of other lines of the same file: the original range and
	 * the line numbers (in this range) allowed to differ. The ingest verifies the claim.
	 */
	duplicateOf: z
		.strictObject({
			lines: lineRangeSchema,
			differingLines: z.array(z.int().positive()).default([]),
		})
		.optional(),
});
export type Omission = z.infer<typeof omissionSchema>;

/** A line that supplied a frontmatter field (title, byline, date) rather than body text. */
export const metaLineSchema = z.strictObject({
	line: z.int().positive(),
	field: z.string().min(1),
	/** The line as it stands (trimmed): the ingest checks it, so a shifted line number fails loudly. */
	text: z.string().min(1),
});

/** Optional checks that a range still bounds what it was meant to (guards against off-by-one edits). */
const boundsShape = {
	/** The first non-blank line of the range starts with this. */
	first: z.string().min(1).optional(),
	/** The last non-blank line of the range ends with this (both trimmed). */
	last: z.string().min(1).optional(),
};

/** A slice of the source that becomes part of the article, in reading order. */
export const partSchema = z.discriminatedUnion(
	'role',
	[
		z.strictObject({ role: z.literal('body'), lines: lineRangeSchema, ...boundsShape }),
		z.strictObject({
			role: z.literal('bibliography'),
			lines: lineRangeSchema,
			/** The heading line that opens the range ("Works Cited"); one entry per following line. */
			heading: z.string().min(1),
			...boundsShape,
		}),
		z.strictObject({
			role: z.literal('endnotes'),
			lines: lineRangeSchema,
			/** `bracketed`: "[1] Note text"; `numbered`: "1. Note text". One note per line. */
			style: z.enum(['bracketed', 'numbered']),
			...boundsShape,
		}),
		z.strictObject({
			/** A note about the author printed after the article: it belongs to the article. */
			role: z.literal('authorNote'),
			lines: lineRangeSchema,
			...boundsShape,
		}),
	],
	{ error: 'Each part needs a role: body, bibliography, endnotes or authorNote.' },
);
export type Part = z.infer<typeof partSchema>;

/**
 * Where the frontmatter abstract comes from. `lines`: an abstract or standfirst printed
 * apart from the body; it moves to the frontmatter and the page shows it in its own element.
 * `lead`: the article has none, so the first sentences of its first paragraph are quoted;
 * they stay in the body, and the frontmatter says `abstractSource: lead` so the page does
 * not show them a second time above the body (descriptions and listings use them).
 */
export const abstractSchema = z.discriminatedUnion(
	'from',
	[
		z.strictObject({ from: z.literal('lines'), lines: lineRangeSchema, why: z.string().min(1) }),
		z.strictObject({ from: z.literal('lead'), sentences: z.int().positive(), why: z.string().min(1) }),
	],
	{ error: 'abstract.from is "lines" (a printed abstract or standfirst) or "lead" (quote the opening sentences).' },
);
export type AbstractSpec = z.infer<typeof abstractSchema>;

/** Repairs declared for one article; each must apply exactly as declared or the ingest fails. */
export const repairsSchema = z.strictObject({
	/** A drop cap printed apart from its word: "K" then "azakhstan …" → "Kazakhstan …". */
	dropCaps: z
		.array(
			z.strictObject({
				letter: z.string().regex(/^\p{Lu}$/u, 'A drop cap is one capital letter.'),
				/** The start of the line that continues the word ("azakhstan and Russia"). */
				continues: z.string().min(1),
			}),
		)
		.default([]),
	/** Headings in a PDF extract, each as its printed line(s); several lines are re-joined. */
	headings: z
		.array(
			z.strictObject({
				lines: z.array(z.string().min(1)).min(1),
				depth: z.union([z.literal(2), z.literal(3)]).default(2),
			}),
		)
		.default([]),
	/** Lists whose bullets were lost: the opening words of each item, in order. */
	lists: z
		.array(
			z.strictObject({
				items: z.array(z.string().min(1)).min(2, 'A list has at least two items.'),
				ordered: z.boolean().default(false),
			}),
		)
		.default([]),
	/** Exact text replacements, applied to re-flowed paragraphs. */
	replacements: z
		.array(
			z.strictObject({
				find: z.string().min(1),
				replace: z.string(),
				why: z.string().min(1),
				/** How many times `find` must occur in the article (default once). */
				count: z.int().positive().default(1),
			}),
		)
		.default([]),
	/** Overrides for the line-end hyphenation rule (src/ingest/dehyphenate.ts). */
	hyphenation: z
		.strictObject({
			/** Hyphenated forms to keep although the rule would join them ("cross-border"). */
			keep: z.array(z.string().regex(/-/, 'A kept form contains its hyphen.')).default([]),
			/** Joined forms to use although the rule would keep the hyphen. */
			join: z.array(z.string().regex(/^[^-]+$/, 'A joined form has no hyphen.')).default([]),
		})
		.default({ keep: [], join: [] }),
});
export type Repairs = z.infer<typeof repairsSchema>;

/** The frontmatter fields that are not derived from the text (abstract, source.file and repairs are). */
export const declaredFrontmatterSchema = z.strictObject({
	title: z.string().min(1),
	authors: z.array(authorSchema).min(1),
	publication: publicationSchema,
	/** What kind of work it is: decides its item type in citation files (src/schemas/article.ts); a web article if omitted. */
	kind: z.enum(ARTICLE_KINDS).optional(),
	/** YYYY, YYYY-MM or YYYY-MM-DD at the precision the text establishes, or `undated`. */
	published: z
		.string({ error: "Write the date as a quoted string, e.g. '2010', '2010-07' or '2010-07-06' (unquoted, YAML reads 2010 as a number), or `undated` when the source gives none." })
		.regex(
			/^(?:\d{4}(-\d{2}(-\d{2})?)?|undated)$/,
			'Write the date as a quoted YYYY, YYYY-MM or YYYY-MM-DD string (e.g. \'2010-07\'), or `undated` when the source gives none: never invent a day or month.',
		),
	/** Original web address of this article, where known. */
	url: webUrlSchema.optional(),
	language: z.string().min(2).default('en'),
	truncated: z.strictObject({ note: z.string().min(1) }).optional(),
	topics: z.array(z.string().regex(/^[^A-Z]+$/, 'Topics are lower case.')).default([]),
	attribution: z.array(attributionNoteSchema).default([]),
});

export const articleEntrySchema = z.strictObject({
	id: z.string().regex(SLUG, 'An article id is lower-case words joined by hyphens, e.g. "kukeyeva-strategic-partnership".'),
	/** Lines that supplied frontmatter (title, byline, date). */
	meta: z.array(metaLineSchema).default([]),
	/** Lines inside the article's span that are not its text (section labels, an "Abstract" label). */
	omit: z.array(omissionSchema).default([]),
	abstract: abstractSchema,
	parts: z.array(partSchema).min(1),
	repairs: repairsSchema.default({ dropCaps: [], headings: [], lists: [], replacements: [], hyphenation: { keep: [], join: [] } }),
	frontmatter: declaredFrontmatterSchema,
	/**
	 * Names not to link in one paragraph, where the linking rule gets them wrong: a known name
	 * used inside an unknown one that the rule cannot see. The ingest checks that the paragraph
	 * exists and contains each name, and writes the list into the article's frontmatter.
	 */
	noLink: z
		.array(
			z.strictObject({
				paragraph: z.string().regex(/^p-[a-z0-9-]+$/, 'A paragraph is its anchor, e.g. "p-in-november-2013-the-two-presidents": run `npm run paragraphs -- <article-id>`.'),
				names: z.array(z.string().trim().min(1, 'A name to leave unlinked cannot be blank.')).min(1, 'List at least one name, as written in the paragraph.'),
				why: z.string().min(1, 'Say why the name must not link here.'),
			}),
		)
		.default([]),
	/** Anything a reader of the article's provenance should know (doubts, source oddities kept as written). */
	notes: z.array(z.string().min(1)).default([]),
});
export type ArticleEntry = z.infer<typeof articleEntrySchema>;

export const sourceEntrySchema = z.strictObject({
	/** File name under content/sources/. */
	file: z.string().regex(/^[\w.-]+\.txt$/, 'A source file is a .txt name in content/sources/, without a folder.'),
	/** How the text was obtained; decides which generic rules apply (PDF re-flow, de-hyphenation). */
	obtained: z.enum(['web extract', 'PDF extract']),
	/** What the file is. */
	what: z.string().min(1),
	/** Where it was found, when known. */
	url: webUrlSchema.optional(),
	/** Lines that belong to no article, with the reason. */
	omit: z.array(omissionSchema).default([]),
	articles: z.array(articleEntrySchema).min(1),
	notes: z.array(z.string().min(1)).default([]),
});
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** Keys whose values are source text as it stands (repairs, probes), not metadata: placeholders are not looked for there. */
const SOURCE_TEXT_KEYS = new Set(['find', 'replace', 'text', 'probes', 'keep', 'join', 'letter', 'first', 'differingLines', 'names']);

export const manifestSchema = z
	.strictObject({
		version: z.literal(1),
		sources: z.array(sourceEntrySchema).min(1),
	})
	.superRefine((manifest, ctx) => {
		const ids = new Map<string, string>();
		const files = new Set<string>();
		manifest.sources.forEach((source, s) => {
			// A draft from `ingest --new` is valid only once every TODO in it is filled in.
			for (const p of placeholderFields(source, '', SOURCE_TEXT_KEYS)) {
				ctx.addIssue({ code: 'custom', path: ['sources', s, ...p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))], message: `${JSON.stringify(p.value)} is ${p.kind}: ${PLACEHOLDER_FIX}.` });
			}
			if (files.has(source.file)) {
				ctx.addIssue({ code: 'custom', path: ['sources', s, 'file'], message: `${source.file} is listed twice.` });
			}
			files.add(source.file);
			source.articles.forEach((article, a) => {
				const seen = ids.get(article.id);
				if (seen) {
					ctx.addIssue({
						code: 'custom',
						path: ['sources', s, 'articles', a, 'id'],
						message: `Article id "${article.id}" is already used in ${seen}.`,
					});
				}
				ids.set(article.id, source.file);
			});
		});
	});
export type Manifest = z.infer<typeof manifestSchema>;

/** Thrown for an unreadable or invalid manifest; the message lists every problem with its path. */
export class ManifestError extends Error {
	override name = 'ManifestError';
}

function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
		.join('');
}

/** The value at `path` in the parsed YAML, to tell a missing field from a wrong one. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/**
 * The issue's message, turned into a fix where zod's own words only state the problem:
 * a missing field says to add it, an unknown one to remove it or fix its spelling, a wrong
 * choice lists the choices. Messages written in this file's schema already name the fix.
 */
function withFix(issue: z.core.$ZodIssue, data: unknown): string {
	const field = String(issue.path.at(-1) ?? '');
	const docs = 'content/README.md ("The manifest") describes every field';
	if (issue.code === 'unrecognized_keys') {
		const quoting = commaInFlowMapping(valueAt(data, issue.path), issue.keys);
		if (quoting) return quoting;
		return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove them or correct the spelling (${docs}).`;
	}
	if (issue.code === 'invalid_value' && 'values' in issue) {
		return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}: write one of them.`;
	}
	if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined && issue.path.length > 0) {
		return `"${field}" is required but missing: add it (${docs}).`;
	}
	if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
		return `${issue.message.replace(/^Invalid input: /, '')}: write it as the schema expects (${docs}).`;
	}
	return issue.message;
}

/**
 * An unquoted comma inside a `{ … }` entry ends the value, and YAML reads the words after it
 * as a key with no value: `{ what: Site header, menu, why: … }` has a field "menu". When every
 * unknown key is such an empty key, the fix is to quote the value before it, not to rename it.
 */
function commaInFlowMapping(object: unknown, keys: readonly string[]): string | undefined {
	if (!object || typeof object !== 'object') return undefined;
	const record = object as Record<string, unknown>;
	if (!keys.every((k) => record[k] === null)) return undefined;
	const names = Object.keys(record);
	const examples = keys.map((k) => {
		const before = names[names.indexOf(k) - 1];
		return before && typeof record[before] === 'string' ? `${before}: '${record[before]}, ${k}'` : `'…, ${k}'`;
	});
	return `unknown field(s) ${keys.map((k) => `"${k}"`).join(', ')}: probably a value with a comma inside { … }, where an unquoted comma ends the value. Quote the whole value: ${examples.join('; ')}.`;
}

/** A YAML syntax error, with the usual fix when its line has a value holding `, : { }`. */
function yamlErrorMessage(error: Error, text: string): string {
	const at = (error as Error & { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
	const line = at ? (text.split(/\r?\n/)[at - 1] ?? '') : '';
	const hint = /[{},]|:\s.*:\s/.test(line)
		? `\nA value that contains a comma, a colon followed by a space, or braces must be quoted, above all inside { … }: write what: 'Site header, menu' or why: 'Note: …'.`
		: '';
	return `${error.message}${hint}`;
}

/** One line per issue, `path: message and fix`, so an editor of the YAML can find and fix each problem. */
export function formatManifestIssues(error: z.ZodError, data?: unknown): string {
	return error.issues.map((issue) => `  - ${formatPath(issue.path) || '(top level)'}: ${withFix(issue, data)}`).join('\n');
}

/** Parses and validates manifest.yaml text; throws ManifestError with friendly messages. */
export function parseManifest(text: string, fileName = 'content/sources/manifest.yaml'): Manifest {
	let data: unknown;
	try {
		data = parseYaml(text, { prettyErrors: true });
	} catch (error) {
		throw new ManifestError(`${fileName} is not valid YAML: ${yamlErrorMessage(error as Error, text)}`);
	}
	const result = manifestSchema.safeParse(data);
	if (!result.success) {
		throw new ManifestError(`${fileName} does not match the manifest schema:\n${formatManifestIssues(result.error, data)}`);
	}
	return result.data;
}

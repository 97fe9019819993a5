import { z } from 'zod';
import { optionalPartialDateSchema } from './date';
import { entityRefSchema, nameText } from './ids';
import { webUrlSchema } from './url';

/**
 * Who an author is, which decides how every citation format writes the name
 * (src/citations/authors.ts is the one place that reads it):
 * - `person` (the default): "Given Family", the surname being the last word; cited
 *   "Family, Given" in reference managers.
 * - `institution`: a corporate author ("Caspian Institute for Strategic Studies"), kept whole
 *   in every format, never split into given and family names. An author that links an
 *   `organization` page and no `actor` is an institution unless stated.
 * - `unknown`: the source names nobody; `name` is what the page shows ("Unnamed student"),
 *   and citations treat the work as anonymous (no author in any citation file).
 */
export const AUTHOR_KINDS = ['person', 'institution', 'unknown'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

/** One author as the source states them. */
export const authorSchema = z
	.strictObject({
	/** Full name as printed; for an unknown author, the words the page shows ("Unnamed student"). */
	name: z.string().min(1),
	/** A person, an institution (a corporate author) or unknown (AUTHOR_KINDS); see above. */
	kind: z.enum(AUTHOR_KINDS).optional(),
	/** Location or affiliation exactly as the source states it ("Almaty", "Contributor"). */
	affiliation: z.string().optional(),
	/** Id of the author's actor page, when the author is a person with a page. */
	actor: entityRefSchema.optional(),
	/** Id of the organization page, when the author is an institution. */
	organization: entityRefSchema.optional(),
	})
	.superRefine((author, ctx) => {
		// A name that only says nobody is named must say so in `kind`, so that no formatter
		// has to guess from the words (the one rule for every format: src/citations/authors.ts).
		if (author.kind !== 'unknown' && /^(unnamed|anonymous|unknown|n\.\s?n\.)(\s|$)/i.test(author.name.trim())) {
			ctx.addIssue({ code: 'custom', path: ['kind'], message: `"${author.name}" names nobody: write { name: ${author.name}, kind: unknown } so that citations treat the work as anonymous.` });
		}
		if (author.kind === 'institution' && author.actor) {
			ctx.addIssue({ code: 'custom', path: ['actor'], message: 'An institution links its page with `organization`, not `actor` (actors are people, states and groups).' });
		}
	});

/** Where the article appeared. */
export const publicationSchema = z.strictObject({
	/** Name of the journal, site or publisher. */
	name: z.string().min(1),
	/** Issue or series, as stated ("No. 83"). */
	issue: z.string().optional(),
	/** The publication's home page or the issue's page. */
	url: webUrlSchema.optional(),
	/** Id of the venue's organization page. */
	organization: entityRefSchema.optional(),
});

/**
 * What kind of work an article is. It decides the item type in citation files and the
 * reference-manager tags (a journal or bulletin article, a web article, a think-tank report,
 * a student dissertation posted on a website); see src/citations/csl.ts.
 */
export const ARTICLE_KINDS = ['journal-article', 'magazine-article', 'newspaper-article', 'blog-post', 'web-article', 'report', 'dissertation'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Provenance: the raw file this article was ingested from and what was done to it. */
export const articleSourceSchema = z.strictObject({
	/** File name under content/sources/. */
	file: z.string().min(1),
	/** Original web address of the article, where known. */
	url: webUrlSchema.optional(),
	/** Every repair applied beyond the generic cleaning rules, in words. */
	repairs: z.array(z.string()).default([]),
});

/** A statement of where an attribution field came from when the article itself does not say. */
export const attributionNoteSchema = z.strictObject({
	/** The field the note explains, e.g. "published" or "publication.issue". */
	field: z.string().min(1),
	/** How the value was established, e.g. "from the Works Cited of another article". */
	note: z.string().min(1),
});

/**
 * Names the entity linker must leave alone in one paragraph: cases the rule in
 * src/knowledge/alias-matcher.ts cannot see (a known name used as part of an unknown one).
 */
export const noLinkSchema = z.strictObject({
	/** The paragraph's citation key anchor, `p-…` (`npm run paragraphs -- <article-id>` lists them). */
	paragraph: z.string().regex(/^p-[a-z0-9-]+$/, 'A paragraph is its anchor, e.g. "p-in-november-2013-the-two-presidents" (npm run paragraphs lists them).'),
	/** The names as they stand in the paragraph's text. */
	names: z.array(z.string().trim().min(1)).min(1),
});

/** An article: a source document, every word of its body kept, with its attribution. */
export const articleSchema = z.strictObject({
	/** Title as published. */
	title: nameText('title'),
	/** Authors in the order printed. */
	authors: z.array(authorSchema).min(1),
	/** Venue. */
	publication: publicationSchema,
	/** What kind of work it is (ARTICLE_KINDS); a page of a website unless stated. */
	kind: z.enum(ARTICLE_KINDS).default('web-article'),
	/** Publication date, at the precision the texts establish, or `undated` when they establish none. */
	published: optionalPartialDateSchema,
	/** Raw source and repairs. */
	source: articleSourceSchema,
	/** The article's own abstract or standfirst, or its opening sentences where it has none. */
	abstract: z.string().min(1),
	/**
	 * Where `abstract` comes from: `printed`, an abstract or standfirst printed apart from the
	 * body (the page shows it above the body); `lead`, the body's own opening sentences quoted
	 * (used for descriptions and listings, never shown above the body, which would repeat them).
	 */
	abstractSource: z.enum(['printed', 'lead']).default('printed'),
	/** BCP 47 language tag of the text. */
	language: z.string().default('en'),
	/** Set when the source breaks off before the article ends; `note` says where and why. */
	truncated: z.strictObject({ note: z.string().min(1) }).optional(),
	/** Subjects the article covers, lower case. */
	topics: z.array(z.string()).default([]),
	/** Attribution established from elsewhere (another article's bibliography, the site). */
	attribution: z.array(attributionNoteSchema).default([]),
	/** Names not to link in one paragraph, where the linking rule gets a name wrong (from the manifest). */
	noLink: z.array(noLinkSchema).default([]),
});

export type ArticleData = z.output<typeof articleSchema>;

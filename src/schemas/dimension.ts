import { z } from 'zod';
import { entityRefSchema, nameText } from './ids';

/**
 * An article topic as the articles' frontmatter writes it: lower case, words joined by spaces or
 * hyphens ("csto", "multi-vector foreign policy", "russian-speaking population"). A dimension
 * declares the topics it covers in exactly this form, so that the topic → dimension table matches.
 */
export const topicSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:[ -][a-z0-9]+)*$/, 'Write a topic in lower case, exactly as the articles\' frontmatter has it (e.g. "csto", "multi-vector foreign policy"): `npm run check:content` lists the articles\' topics.');

/** Text in our own words that carries no citation mark: previews, meta descriptions, search results. */
const uncitedText = (max: number) =>
	z
		.string()
		.min(1)
		.max(max)
		.refine((text) => !text.includes('[@'), { message: 'A description carries no citation: keep it to one sentence in our own words and cite in `lead` and the body instead.' });

/**
 * One dimension of the Russia–Kazakhstan relationship (security, energy, space, people…), at
 * /dimensions/<id>/. Its file name is its id. The page is our own summary, every paragraph cited
 * `[@article-id#p-anchor]`; it declares which article topics and which entities belong to it, and
 * the site derives the rest (its paragraphs, timeline slice, contested figures) from those.
 */
export const dimensionSchema = z.strictObject({
	/** The page's heading: "Security and military cooperation". */
	title: nameText('title'),
	/** The name on cards, in lists and as the search label: "Security" (at most 28 characters). */
	shortTitle: nameText('short title').max(28, 'A short title has at most 28 characters: it labels cards and search results.'),
	/** Position on the overview and the list of dimensions, from 1. */
	order: z.number().int('`order` is a whole number: 1 for the first dimension, 2 for the next…').positive(),
	/** One sentence in our own words, without citation: previews, meta description and search. */
	description: uncitedText(200),
	/**
	 * Two or three sentences in our own words for the overview page, each followed by its
	 * citation `[@article-id#p-anchor]` (several as `[@a#p-x; @b#p-y]`).
	 */
	lead: z.string().min(1).refine((text) => text.includes('[@'), { message: 'The lead needs citations: end each sentence with [@article-id#p-anchor] (npm run paragraphs lists them).' }),
	/**
	 * The articles' `topics` this dimension covers, lower case, exactly as in the articles'
	 * frontmatter. Together they make the topic → dimension table; `npm run check:content` lists
	 * article topics that no dimension claims.
	 */
	topics: z.array(topicSchema).min(1, 'Name at least one article topic this dimension covers.'),
	/** Entities central to this dimension, by id (any entity collection, events included). */
	entities: z.array(entityRefSchema).min(1, 'Name at least one entity central to this dimension.'),
	/** Figures this dimension discusses, by their `figures[].topic` on an entity (see /contested-figures/). */
	contested: z.array(z.string().min(1)).default([]),
	/** Other names readers may search for: "defence", "military". */
	aliases: z.array(nameText('alias')).default([]),
});

export type DimensionData = z.output<typeof dimensionSchema>;

import { z } from 'zod';
import { nameText } from './ids';

/**
 * The overview of the relationship (content/overview/russia-kazakhstan.mdx, the only file of its
 * collection): a title, a description for previews and meta tags, and a body of one to three
 * paragraphs in our own words, each cited `[@article-id#p-anchor]`.
 */
export const overviewSchema = z.strictObject({
	/** The overview's heading. */
	title: nameText('title'),
	/** One sentence in our own words, without citation, for previews and the meta description. */
	description: z
		.string()
		.min(1)
		.max(200)
		.refine((text) => !text.includes('[@'), { message: 'A description carries no citation: cite in the body instead.' }),
});

export type OverviewData = z.output<typeof overviewSchema>;

import { z } from 'zod';

/**
 * `article-id#paragraph-anchor`: the paragraph of an article that a fact rests on. Paragraph
 * anchors are derived from each paragraph's opening words (src/utils/paragraph-anchor.ts),
 * so they survive re-ingest and insertions elsewhere in the article.
 */
export const CITATION = /^([a-z0-9]+(?:-[a-z0-9]+)*)#(p-[a-z0-9]+(?:-[a-z0-9]+)*)$/;

export interface Citation {
	article: string;
	anchor: string;
}

export function parseCitation(text: string): Citation | undefined {
	const match = CITATION.exec(text);
	return match ? { article: match[1]!, anchor: match[2]! } : undefined;
}

/** One citation, written `article-id#p-anchor`. */
export const citationSchema = z
	.string()
	.regex(CITATION, 'A citation is written "article-id#p-paragraph-anchor", e.g. "kukeyeva-strategic-partnership#p-kazakhstan-and-russia-both-refer".')
	.transform((text) => parseCitation(text)!);

/** At least one citation: a fact without a source does not go on a page. */
export const citationsSchema = z.array(citationSchema).min(1, 'Give at least one citation for this fact.');

/** Citation as it appears in frontmatter, for error messages and tests. */
export function formatCitation(citation: Citation): string {
	return `${citation.article}#${citation.anchor}`;
}

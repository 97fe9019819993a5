import type { ArticleData } from '../schemas/article';

/**
 * Short author–year label for a source: "Kukeyeva 2010". A person (an author linked to an
 * actor page) is named by surname; an institution by its full name; an unnamed author by the
 * venue ("UKDiss.com 2019"). An undated source reads "n.d.", as author–date styles write it.
 */
export function citationLabel(article: { data: Pick<ArticleData, 'authors' | 'published' | 'publication'> }): string {
	const first = article.data.authors[0];
	let who = first?.name ?? article.data.publication.name;
	if (!first || /^(unnamed|anonymous)\b/i.test(first.name)) who = article.data.publication.name;
	else if (first.actor) who = first.name.trim().split(/\s+/).at(-1)!;
	const more = article.data.authors.length > 1 ? ' et al.' : '';
	return `${who}${more} ${article.data.published?.year ?? 'n.d.'}`;
}
